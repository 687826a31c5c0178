/** site.yaml: who runs the site and how it behaves. */
import { z } from 'astro/zod';
import { DEFAULT_THRESHOLDS } from '../../domain/alert-level.ts';
import { DEFAULT_VARIANTS, words } from '../../domain/search-terms.ts';
import { localDateTime, localTime, phone, SOURCE_LIMIT, text, webUrl, flag } from './fields.ts';

const basePath = () =>
  z.string({ error: 'cần đường dẫn gốc, ví dụ / hoặc /covid/' }).trim().transform((v, ctx) => {
    const trimmed = v.replace(/^\/+|\/+$/g, '');
    if (trimmed !== '' && !/^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/.test(trimmed)) {
      ctx.addIssue({ code: 'custom', input: v, message: 'cần đường dẫn gốc gồm chữ không dấu, số, dấu gạch ngang, ví dụ /covid/' });
      return z.NEVER;
    }
    return trimmed === '' ? '/' : `/${trimmed}/`;
  });

/** Where the notice leads: a path of this site (/tin-tuc/…/) or a web address. */
const noticeLink = () =>
  z.string({ error: 'cần đường dẫn trong trang (/tin-tuc/…/) hoặc địa chỉ web https://…' }).trim().refine((v) => (v.startsWith('/') && !v.startsWith('//')) || (/^https?:\/\//i.test(v) && URL.canParse(v)), {
    error: 'cần đường dẫn trong trang bắt đầu bằng / (ví dụ /tin-tuc/tam-dung-cho/) hoặc địa chỉ web bắt đầu bằng https://',
  });

const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `cần ${values.join(' hoặc ')}` });
const level = z.enum(['1', '2', '3', '4', '5'], { error: 'cấp độ phải từ 1 đến 5' });

export const siteSchema = z.object({
  /** The site's full name, in the header and page titles. */
  name: text(),
  /** A short name for small screens and social cards. Default: name. */
  shortName: text().optional(),
  /** The agency that runs the site (cơ quan chủ quản). */
  agency: text(),
  /** The province. */
  province: text(),
  /** Absolute address of the site, for feeds, sitemap and canonical links. */
  url: webUrl().transform((v) => v.replace(/\/+$/, '')),
  /** Path prefix when served below the domain root. Default "/". */
  base: basePath().default('/'),
  /** One sentence about the site, for search engines and the home page. */
  description: text().optional(),
  /** Usual time of the daily bulletin. Default "15:00". */
  bulletinTime: localTime().default('15:00'),
  /** Default source of bulletins (usually the Department of Health). */
  bulletinSource: text(SOURCE_LIMIT).optional(),
  /** Cases under treatment from which levels 2, 3, 4 and 5 start. Default [1, 20, 80, 400]. */
  alertThresholds: z
    .tuple([z.number().int().min(0), z.number().int().min(0), z.number().int().min(0), z.number().int().min(0)], {
      error: 'cần 4 số nguyên tăng dần, ví dụ [1, 20, 80, 400]',
    })
    .refine((t) => t[0] < t[1] && t[1] < t[2] && t[2] < t[3], { error: 'cần 4 số nguyên tăng dần, ví dụ [1, 20, 80, 400]' })
    .default([...DEFAULT_THRESHOLDS]),
  /** What is communicated at each level, replacing the built-in text for that level. */
  alertGuidance: z
    .partialRecord(
      z.preprocess((k) => String(k), level),
      text({ length: 300, why: 'điều người dân cần làm ở cấp độ này, in trên tờ bản tin một trang A4' }),
      { error: 'cần các cấp độ 1 đến 5, mỗi cấp một đoạn văn' },
    )
    .default({}),
  /** How to reach the agency. */
  contact: z
    .object({ email: z.email({ error: 'cần địa chỉ email, ví dụ stttt@langson.gov.vn' }).optional(), phone: phone().optional(), address: text().optional() })
    .optional(),
  /** Licence of the open data. Default CC BY 4.0. */
  license: z
    .object({ name: text(), url: webUrl() })
    .default({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }),
  /** The only hosts an <iframe> in Markdown may load from. Default: none. */
  embedHosts: z.array(z.string().trim().regex(/^[a-z0-9.-]+$/i, { error: 'cần tên máy chủ, ví dụ www.youtube.com' })).default([]),
  /**
   * Spellings search treats as one term, one group a line ("vắc xin, vaccine"), added to the
   * default groups (src/domain/search-terms.ts); a group that shares a spelling with another joins it.
   */
  searchVariants: z
    .array(text())
    .default([])
    .transform((groups) => groups.map((g) => g.split(',').map((s) => s.trim())))
    .superRefine((groups, ctx) => {
      const known: string[][] = DEFAULT_VARIANTS.map((g) => [...g]);
      const key = (s: string) => words(s).join(' ');
      groups.forEach((group, i) => {
        const joined = known.filter((g) => g.some((s) => group.some((t) => key(s) === key(t))));
        if (joined.length > 1)
          ctx.addIssue({
            code: 'custom',
            path: [i],
            input: group.join(', '),
            message: `nhóm này gộp hai nhóm khác nhau (${joined.map((g) => g[0]).join(' và ')}); mỗi nhóm chỉ gồm cách viết của một từ`,
          });
        known.push(group);
        if (group.length < 2 || group.some((s) => !/[\p{L}\p{N}]/u.test(s)))
          ctx.addIssue({
            code: 'custom',
            path: [i],
            input: group.join(', '),
            message: 'cần ít nhất hai cách viết của cùng một từ, cách nhau bằng dấu phẩy, ví dụ: vắc xin, vaccine',
          });
      });
    }),
  /** How the radio script reads numbers aloud: the province's own way (src/domain/vn-speech.ts). */
  speech: z
    .object({
      thousand: choice(['nghìn', 'ngàn'] as const).default('nghìn'),
      odd: choice(['linh', 'lẻ'] as const).default('linh'),
      four: choice(['tư', 'bốn'] as const).default('tư'),
      five: choice(['lăm', 'nhăm'] as const).default('lăm'),
    })
    .default({ thousand: 'nghìn', odd: 'linh', four: 'tư', five: 'lăm' }),
  /** The sender's short name in the text message; default from bulletinSource ("Sở Y tế tỉnh Lạng Sơn" → "SYT Lạng Sơn"). */
  smsSender: text()
    .refine((v) => [...v].length <= 30, { error: 'tên người gửi tin nhắn tối đa 30 ký tự, ví dụ SYT Lạng Sơn' })
    .optional(),
  /** A site-wide urgent notice on every page. */
  notice: z.object({ text: text(), link: noticeLink().optional(), until: localDateTime().optional() }).optional(),
  /** true shows a visible demo-data notice on every page. */
  demo: flag().default(false),
  /** The browser editor at /admin/ (docs/huong-dan-bien-tap.md): where it saves. */
  editor: z
    .object({
      /** `owner/name` on GitHub. Default: the workflow's GITHUB_REPOSITORY. */
      repository: z
        .string({ error: 'cần tên kho dạng chủ-sở-hữu/tên-kho, ví dụ stttt-langson/sukien' })
        .trim()
        .regex(/^[\w.-]+\/[\w.-]+$/, { error: 'cần tên kho dạng chủ-sở-hữu/tên-kho, ví dụ stttt-langson/sukien' })
        .optional(),
      /** The content folder inside that repository. Default content. */
      folder: z
        .string({ error: 'cần đường dẫn thư mục trong kho mã, ví dụ content' })
        .trim()
        .regex(/^[\w.-]+(\/[\w.-]+)*$/, { error: 'cần đường dẫn thư mục trong kho mã, ví dụ content hoặc noi-dung/lang-son' })
        .refine((v) => !v.split('/').some((s) => s === '..' || s === '.'), { error: 'không được có . hoặc .. trong đường dẫn' })
        .default('content'),
      /** The branch it saves to. Default main. */
      branch: text().default('main'),
      /** true: saving opens a pull request to review before publishing. Default false. */
      review: flag().default(false),
      /** A province's own OAuth server (Sveltia CMS Authenticator); without it staff sign in with a token. */
      authEndpoint: webUrl().optional(),
    })
    .default({ folder: 'content', branch: 'main', review: false }),
});

export type Site = z.output<typeof siteSchema>;
