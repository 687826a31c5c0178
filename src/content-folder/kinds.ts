/**
 * The kinds of Markdown content: their folder, schema and public path. One table, read by
 * the validator, the staging step and the collections.
 */
import type { z } from 'astro/zod';
import { bulletinSchema } from '../content/schemas/bulletin.ts';
import { directiveSchema } from '../content/schemas/directive.ts';
import { factcheckSchema } from '../content/schemas/factcheck.ts';
import { IMAGE_EXTENSIONS, VIDEO_EXTENSIONS, infographicSchema } from '../content/schemas/infographic.ts';
import { newsSchema } from '../content/schemas/news.ts';
import { pageSchema } from '../content/schemas/page.ts';
import type { Site } from '../content/schemas/site.ts';
import { entryPath } from '../domain/routes.ts';

export type KindName = 'bulletins' | 'directives' | 'infographics' | 'news' | 'factchecks' | 'pages';

interface FileField {
  /** Where the path sits in the data: ['image'], ['attachments', '*', 'file']. */
  path: readonly string[];
  extensions?: readonly string[];
  label: string;
  /** Published as committed under the entry's page, for download (src/lib/downloads.ts). */
  download?: true;
}

export interface Kind {
  name: KindName;
  /** Vietnamese name of the folder's content, for messages. */
  label: string;
  schema: (site: Site) => z.ZodType;
  /** Public path of an entry, below site.base. */
  route: (slug: string, data: Record<string, unknown>) => string;
  files: readonly FileField[];
}

export const KINDS: readonly Kind[] = [
  {
    name: 'bulletins',
    label: 'bản tin',
    schema: (site) => bulletinSchema(site),
    route: (slug, data) => entryPath('bulletins', { id: slug, date: String(data.date) }),
    files: [],
  },
  {
    name: 'directives',
    label: 'văn bản chỉ đạo',
    schema: () => directiveSchema,
    route: (slug) => entryPath('directives', { id: slug }),
    files: [{ path: ['attachments', '*', 'file'], label: 'tệp đính kèm', download: true }],
  },
  {
    name: 'infographics',
    label: 'infographic',
    schema: () => infographicSchema(),
    route: (slug) => entryPath('infographics', { id: slug }),
    files: [
      { path: ['image'], extensions: IMAGE_EXTENSIONS, label: 'ảnh', download: true },
      { path: ['video'], extensions: VIDEO_EXTENSIONS, label: 'video', download: true },
    ],
  },
  {
    name: 'news',
    label: 'tin tức',
    schema: () => newsSchema(),
    route: (slug) => entryPath('news', { id: slug }),
    files: [{ path: ['image'], extensions: IMAGE_EXTENSIONS.filter((e) => e !== '.svg'), label: 'ảnh' }],
  },
  {
    name: 'factchecks',
    label: 'cải chính',
    schema: () => factcheckSchema,
    route: (slug) => entryPath('factchecks', { id: slug }),
    files: [],
  },
  {
    name: 'pages',
    label: 'trang thông tin',
    schema: () => pageSchema,
    route: (slug) => entryPath('pages', { id: slug }),
    files: [],
  },
];
