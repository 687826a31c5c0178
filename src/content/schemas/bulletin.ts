/** bulletins/*.md: the Department of Health's daily bulletin (bản tin). */
import { z } from 'astro/zod';
import { STAT_KEYS, districtKey } from '../../domain/figures.ts';
import { formatDateTime } from '../../domain/vn-time.ts';
import { count, localDate, localTime, publishing, SOURCE_LIMIT, text, wholeNumber } from './fields.ts';
import type { Site } from './site.ts';

const stats = z
  .strictObject(
    Object.fromEntries(STAT_KEYS.map((key) => [key, count().optional()])) as Record<
      (typeof STAT_KEYS)[number],
      z.ZodOptional<ReturnType<typeof count>>
    >,
    { error: (iss) => (iss.code === 'unrecognized_keys' ? `không có số liệu tên này; các số liệu được dùng: ${STAT_KEYS.join(', ')}` : 'cần nhóm số liệu, mỗi dòng "tên: số"') },
  )
  .default({});

const district = z.object({
  /** District name as usually written (Cao Lộc, TP Lạng Sơn). */
  name: text({ length: 40, why: 'tên huyện, thành phố như thường viết (in trên tờ bản tin một trang A4), ví dụ TP Lạng Sơn' }),
  /** Cumulative confirmed cases in the district. */
  confirmed: count(),
});

const defaultBulletinTitle = (date: string, time: string) =>
  `Cập nhật tình hình dịch bệnh đến ${formatDateTime(date, time)}`;

export function bulletinSchema(site: Pick<Site, 'bulletinTime' | 'bulletinSource'>) {
  return z
    .object({
      /** The bulletin's day. */
      date: localDate(),
      /** Time of the figures. Default: site.bulletinTime (15:00). */
      time: localTime().default(site.bulletinTime),
      /** Default: "Cập nhật tình hình dịch bệnh đến 15h00 ngày 05/02/2020". */
      title: text().optional(),
      /** Who issued the figures. Default: site.bulletinSource. */
      source: text(SOURCE_LIMIT).optional(),
      /** Officially declared alert level 1–5; holds until a later bulletin declares another. */
      alertLevel: wholeNumber(1, 5, {
        type: 'cấp độ dịch phải là số từ 1 đến 5',
        below: 'cấp độ dịch phải từ 1 đến 5',
        above: 'cấp độ dịch phải từ 1 đến 5',
      }).optional(),
      /** The day's figures; every one optional, a figure left out is unknown, not zero. */
      stats,
      /** Cumulative confirmed cases per district. */
      districts: z
        .array(district, { error: 'cần danh sách huyện, mỗi dòng - { name: Cao Lộc, confirmed: 2 }' })
        .superRefine((list, ctx) => {
          const seen = new Set<string>();
          list.forEach((d, i) => {
            const key = districtKey(d.name);
            if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'name'], input: d.name, message: 'huyện này đã có ở dòng trước; mỗi huyện chỉ ghi một lần' });
            seen.add(key);
          });
        })
        .optional(),
      /** Why a cumulative figure went down; shown on the page, in the data and on the poster. */
      correction: text({ length: 300, why: 'lý do đính chính in trên tờ bản tin một trang A4; chi tiết viết trong nội dung bản tin' }).optional(),
      ...publishing,
    })
    .transform((b) => ({
      ...b,
      title: b.title ?? defaultBulletinTitle(b.date, b.time),
      source: b.source ?? site.bulletinSource,
    }));
}

export type Bulletin = z.output<ReturnType<typeof bulletinSchema>>;
