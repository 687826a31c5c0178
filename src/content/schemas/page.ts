/** pages/*.md: standing pages ("Thông tin cần biết", guidance, about). */
import { z } from 'astro/zod';
import { publishing, text } from './fields.ts';

export const pageSchema = z.object({
  title: text(),
  /** Position in the menu (smaller first); pages without it come after, by title. */
  order: z.number({ error: 'cần số thứ tự, ví dụ 1' }).int({ error: 'cần số nguyên' }).optional(),
  summary: text().optional(),
  ...publishing,
});

export type Page = z.output<typeof pageSchema>;
