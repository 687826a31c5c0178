/** infographics/*.md: infographics and videos for download and re-broadcast. */
import { z } from 'astro/zod';
import { contentPath, localDate, publishing, SOURCE_LIMIT, tags, text } from './fields.ts';

export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.svg'];
export const VIDEO_EXTENSIONS = ['.mp4', '.webm'];

/** `image` is a path here; Astro's collection swaps in its `image()` so the picture is optimised. */
export function infographicSchema<I extends z.ZodType = ReturnType<typeof contentPath>>(image?: I) {
  return z.object({
    title: text(),
    date: localDate(),
    /** The picture, next to this file (PNG, JPG, WebP, SVG). */
    image: (image ?? contentPath()) as I,
    /** Text alternative for people who cannot see the picture. */
    alt: text(),
    /** A video file next to this file (MP4, WebM). */
    video: contentPath().optional(),
    source: text(SOURCE_LIMIT).optional(),
    tags: tags(),
    ...publishing,
  });
}

export type Infographic = z.output<ReturnType<typeof infographicSchema>>;
