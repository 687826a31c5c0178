/**
 * Field types shared by the content schemas. Each one accepts what staff actually type
 * (quoted or not, 9:30 or 09:30) and outputs one normalised form, so pages never re-check.
 * Outputs are valid inputs again: the build writes normalised files and Astro parses them
 * with the same schemas.
 */
import { z } from 'astro/zod';
import { parseLocalDate, parseLocalDateTime, parseLocalTime, instantToIsoVN } from '../../domain/vn-time.ts';

const fromYamlDate = (value: Date) => value.toISOString().slice(0, 10);

/**
 * What a field holds, for the browser editor's form (src/editor/config.ts): kept as zod
 * metadata, because the checks inside transforms cannot be read back from the schema.
 */
export type FieldType =
  | { type: 'text'; max?: number }
  | { type: 'date' | 'time' | 'datetime' | 'phone' | 'file' | 'url' | 'path' }
  | { type: 'number'; min: number; max: number };

const typed = <T extends z.ZodType>(schema: T, field: FieldType): T => schema.meta({ field });

/** The field type of a schema made by one of the builders here, if it is one. */
export const fieldType = (schema: z.ZodType): FieldType | undefined =>
  (z.globalRegistry.get(schema) as { field?: FieldType } | undefined)?.field;

/** A character that shows: neither a space nor one of those drawn as nothing. */
const VISIBLE = /[^\s\p{Cf}\p{Default_Ignorable_Code_Point}\u115F\u1160\u3164\uFFA0]/u;

/**
 * Non-empty text; a number typed where text belongs (title: 2020) is taken as text. `max`
 * bounds a text that must fit a fixed space (the one-page print sheets) and says why.
 */
export const text = (max?: { length: number; why: string }) => {
  const nonEmpty = z
    .string({ error: 'cần văn bản' })
    .trim()
    .min(1, { error: 'không được để trống' })
    // Characters with no glyph (a soft hyphen, a direction mark, a Hangul filler) alone would be an empty title or link.
    .refine((v) => VISIBLE.test(v), { error: 'không được để trống: chỉ có ký tự không nhìn thấy' });
  return typed(
    z.preprocess(
      (v) => (typeof v === 'number' ? String(v) : v),
      max ? nonEmpty.max(max.length, { error: `tối đa ${max.length} ký tự: ${max.why}` }) : nonEmpty,
    ),
    max ? { type: 'text', max: max.length } : { type: 'text' },
  );
};

/** Who issued something, printed on the one-page print sheets. */
export const SOURCE_LIMIT = { length: 120, why: 'tên cơ quan đưa tin, in trên tờ in một trang A4, ví dụ Sở Y tế tỉnh Lạng Sơn' };

/** A day: `YYYY-MM-DD`. */
export const localDate = () =>
  typed(
    z.union([z.string(), z.date()], { error: 'cần ngày dạng YYYY-MM-DD, ví dụ 2020-02-05' }).transform((v, ctx) => {
      const parsed = v instanceof Date ? fromYamlDate(v) : parseLocalDate(v);
      if (!parsed) {
        ctx.addIssue({ code: 'custom', input: v, message: 'cần ngày có thật, dạng YYYY-MM-DD, ví dụ 2020-02-05' });
        return z.NEVER;
      }
      return parsed;
    }),
    { type: 'date' },
  );

/** A time: `HH:MM` (quoted or not; 9:30 is read as 09:30). */
export const localTime = () =>
  typed(
    z.string({ error: 'cần giờ dạng HH:MM, ví dụ "15:00"' }).transform((v, ctx) => {
      const parsed = parseLocalTime(v);
      if (!parsed) {
        ctx.addIssue({ code: 'custom', input: v, message: 'cần giờ dạng HH:MM từ 00:00 đến 23:59, ví dụ "15:00"' });
        return z.NEVER;
      }
      return parsed;
    }),
    { type: 'time' },
  );

/** A moment in Vietnam time: `YYYY-MM-DDTHH:MM` (or a day alone: its midnight). Output: ISO 8601 with +07:00. */
export const localDateTime = () =>
  typed(
    z
      .union([z.string(), z.date()], { error: 'cần thời điểm dạng YYYY-MM-DDTHH:MM, ví dụ 2020-02-05T15:00' })
      .transform((v, ctx) => {
        const instant = v instanceof Date ? v : parseLocalDateTime(v);
        if (!instant) {
          ctx.addIssue({ code: 'custom', input: v, message: 'cần thời điểm dạng YYYY-MM-DDTHH:MM (giờ Việt Nam), ví dụ 2020-02-05T15:00' });
          return z.NEVER;
        }
        return instantToIsoVN(instant);
      }),
    { type: 'datetime' },
  );

/** The largest count a bulletin may give: a typo of a few extra digits must not reach the charts. */
const MAX_COUNT = 1_000_000_000;

/** A whole number from `min` to `max`, each mistake with one message that says what was expected. */
export const wholeNumber = (min: number, max: number, messages: { type: string; below: string; above: string }) =>
  typed(
    z
      .number({ error: (iss) => (typeof iss.input === 'string' && /^\d{1,3}([.,]\d{3})+$/.test(iss.input) ? 'cần số nguyên viết liền, không có dấu chấm hay dấu phẩy ngăn cách hàng nghìn (ví dụ 1234)' : messages.type) })
      .superRefine((v, ctx) => {
        if (v < min) ctx.addIssue({ code: 'custom', input: v, message: messages.below });
        else if (v > max) ctx.addIssue({ code: 'custom', input: v, message: messages.above });
        else if (!Number.isInteger(v)) ctx.addIssue({ code: 'custom', input: v, message: 'cần số nguyên (không có phần thập phân)' });
      }),
    { type: 'number', min, max },
  );

/** A count of people or samples: a whole number from 0 to MAX_COUNT, written without separators. */
export const count = () =>
  wholeNumber(0, MAX_COUNT, {
    type: 'cần số nguyên không âm (0, 1, 2 …)',
    below: 'không được là số âm',
    above: 'số quá lớn: không được vượt 1.000.000.000 (có thể gõ thừa chữ số)',
  });

/** A phone number as dialled. It must be quoted: unquoted, YAML reads it as a number and drops the leading 0. */
export const phone = () =>
  typed(
    z
      .unknown()
      .transform((v, ctx) => {
        if (typeof v === 'number') {
          ctx.addIssue({
            code: 'custom',
            input: v,
            message: `số điện thoại phải đặt trong dấu ngoặc kép, nếu không số 0 ở đầu bị mất; hãy viết phone: "0${v}" (hoặc số đúng, trong ngoặc kép)`,
          });
          return z.NEVER;
        }
        if (typeof v !== 'string' || !/^\+?[0-9][0-9 .()-]{1,18}[0-9]$/.test(v.trim())) {
          ctx.addIssue({ code: 'custom', input: v, message: 'cần số điện thoại trong dấu ngoặc kép, chỉ gồm chữ số (có thể có dấu cách, dấu chấm), ví dụ "0205 3812 345"' });
          return z.NEVER;
        }
        return v.trim();
      }),
    { type: 'phone' },
  );

/**
 * A file next to the content file, by relative path (`./5k.png`). Whether it stays inside the
 * content folder and exists is checked where the file's own location is known.
 */
export const contentPath = () =>
  typed(
    z.string({ error: 'cần đường dẫn tương đối tới tệp, ví dụ ./anh.png' }).trim().superRefine((v, ctx) => {
      if (/^[a-z][a-z0-9+.-]*:/i.test(v) || v.startsWith('//')) {
        ctx.addIssue({ code: 'custom', input: v, message: 'không được là địa chỉ web; hãy để tệp cạnh tệp nội dung và ghi đường dẫn tương đối, ví dụ ./anh.png' });
      } else if (v.startsWith('/') || /^[a-z]:\\/i.test(v)) {
        ctx.addIssue({ code: 'custom', input: v, message: 'không được là đường dẫn tuyệt đối; hãy ghi đường dẫn tương đối tới tệp nội dung, ví dụ ./anh.png' });
      }
    }),
    { type: 'file' },
  );

/** A web address (http or https). */
export const webUrl = () =>
  typed(
    z.string({ error: 'cần địa chỉ web bắt đầu bằng https://' }).trim().refine((v) => /^https?:\/\/[^\s/]+/i.test(v) && !/\s/.test(v) && URL.canParse(v), {
      error: 'cần địa chỉ web đầy đủ bắt đầu bằng https:// hoặc http://',
    }),
    { type: 'url' },
  );

/** An old path of the site that must keep working: `/ban-tin/cu/`. */
export const sitePath = () =>
  typed(
    z.string({ error: 'cần đường dẫn bắt đầu bằng /, ví dụ /ban-tin/cu/' }).trim().transform((v, ctx) => {
      if (v.includes('%')) {
        // Astro looks such a path up decoded and would stop the build: no redirect can be made for it yet.
        ctx.addIssue({
          code: 'custom',
          input: v,
          message: 'đường dẫn có ký tự mã hóa (%…), loại đường dẫn chưa chuyển hướng được; hãy dùng đường dẫn chỉ gồm chữ không dấu, số, dấu gạch ngang, ví dụ /ban-tin/cu/',
        });
        return z.NEVER;
      }
      if (!/^\/(?:[A-Za-z0-9._~-]+\/?)+$/.test(v) || v.split('/').some((s) => s === '..' || s === '.')) {
        ctx.addIssue({ code: 'custom', input: v, message: 'cần đường dẫn trong trang bắt đầu bằng /, chỉ gồm chữ không dấu, số, dấu gạch ngang, ví dụ /ban-tin/cu/' });
        return z.NEVER;
      }
      return v.endsWith('/') ? v : `${v}/`;
    }),
    { type: 'path' },
  );

export const flag = () => z.boolean({ error: 'cần true hoặc false' });

/** Fields every kind of content has: drafts, scheduling and old paths. */
export const publishing = {
  /** true: never published (checked on its own). Default false. */
  draft: flag().default(false),
  /** Not published before this moment (Vietnam time). */
  publishAt: localDateTime().optional(),
  /** Old paths that must keep working: they redirect here. */
  aliases: z.array(sitePath(), { error: 'cần danh sách đường dẫn, ví dụ [/ban-tin/cu/]' }).default([]),
};

export const tags = () => z.array(text(), { error: 'cần danh sách, ví dụ [5K, khẩu trang]' }).default([]);
