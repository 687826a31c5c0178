/** news/*.md: news, including articles republished from the press (credited). */
import { z } from 'astro/zod';
import { contentPath, localDate, publishing, tags, text, webUrl } from './fields.ts';

export function newsSchema<I extends z.ZodType = ReturnType<typeof contentPath>>(image?: I) {
  return z
    .object({
      title: text(),
      date: localDate(),
      summary: text().optional(),
      /** A photo next to this file; imageAlt is then required. */
      image: ((image ?? contentPath()) as I).optional(),
      imageAlt: text().optional(),
      /** The press outlet it is republished from: credited and linked. */
      source: z.object({ name: text(), url: webUrl().optional() }, { error: 'cần nguồn dạng { name: Báo Lạng Sơn, url: https://… }' }).optional(),
      tags: tags(),
      ...publishing,
    })
    .superRefine((n, ctx) => {
      if (n.image !== undefined && !n.imageAlt) {
        ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'bắt buộc khi có ảnh (image): mô tả ngắn nội dung ảnh cho người không nhìn thấy' });
      }
    });
}

export type News = z.output<ReturnType<typeof newsSchema>>;
