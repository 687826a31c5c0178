/** hotlines.yaml: the hotline directory, one entry a number. */
import { z } from 'astro/zod';
import { phone, text } from './fields.ts';

export const hotlineSchema = z.object({
  /** Who answers (Đường dây nóng Sở Y tế). */
  name: text({ length: 80, why: 'tên đường dây nóng, in trên tờ bản tin một trang A4' }),
  /** The number as dialled, quoted. */
  phone: phone(),
  /** Where it serves (Toàn quốc, TP Lạng Sơn). */
  area: text().optional(),
  /** When it answers (24/7). */
  hours: text().optional(),
  /** Anything else (Miễn phí cước). */
  note: text().optional(),
});

export const hotlinesSchema = z.array(hotlineSchema, { error: 'cần danh sách đường dây nóng, mỗi mục bắt đầu bằng "- name: …"' });

export type Hotline = z.output<typeof hotlineSchema>;
