/**
 * Reads and validates a whole content folder: every file against its schema, the files it
 * points at, then the rules across files. Every problem is collected; nothing stops at the
 * first. The build and `npm run check` both call `loadContent`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import type { Finding } from '../domain/findings.ts';
import { checkBulletinSeries, checkDirectiveRegister, checkRouteClaims, type RouteClaim } from '../domain/rules.ts';
import { formatInstant } from '../domain/vn-time.ts';
import { hotlinesSchema, type Hotline } from '../content/schemas/hotline.ts';
import { siteSchema, type Site } from '../content/schemas/site.ts';
import { checkReferencedFile } from './files.ts';
import { FIXED_ROUTES, KINDS, type Kind, type KindName } from './kinds.ts';
import { locateField } from './locate.ts';
import { isYamlError, normaliseText, parseYaml, splitFrontmatter } from './text.ts';
import { fieldPath, parseWithFindings } from './zod-findings.ts';

export interface Entry {
  kind: KindName;
  /** File name without .md: the last part of the entry's public path. */
  slug: string;
  /** Path relative to the content folder. */
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** Content-relative paths of the files this entry points at. */
  media: string[];
  /** The files its Markdown body points at: the relative path as written, and the content-relative path. */
  bodyFiles: { written: string; rel: string }[];
  published: boolean;
  /** Line of the file where the Markdown body starts, to turn body lines into file lines. */
  bodyLine: number;
}

export interface LoadedContent {
  contentDir: string;
  site: Site;
  hotlines: Hotline[];
  entries: Entry[];
  findings: Finding[];
}

/** Falls back to these when site.yaml is broken, so the other files are still checked. */
const FALLBACK_SITE = siteSchema.parse({ name: '-', agency: '-', province: '-', url: 'https://example.invalid' });

const SLUG_RE = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

function readYamlFile(contentDir: string, file: string, findings: Finding[]): { data: unknown; text: string } | undefined {
  const abs = path.join(contentDir, file);
  if (!existsSync(abs)) return undefined;
  const text = normaliseText(readFileSync(abs, 'utf8'));
  try {
    return { data: parseYaml(text), text };
  } catch (error) {
    findings.push(yamlFinding(file, error, 1));
    return undefined;
  }
}

function yamlFinding(file: string, error: unknown, firstLine: number): Finding {
  const line = isYamlError(error) ? error.mark.line + firstLine : undefined;
  const reason = isYamlError(error) ? error.reason : String(error);
  return {
    severity: 'error',
    file,
    line,
    message: `không đọc được YAML (${reason}). Kiểm tra dấu hai chấm, thụt lề bằng dấu cách và dấu ngoặc kép quanh văn bản có ký tự đặc biệt.`,
  };
}

/**
 * Settings the environment may override without editing site.yaml: SITE_URL and SITE_BASE,
 * for a preview or staging copy served from another address (and for the tests).
 */
export interface SiteOverrides {
  url?: string | undefined;
  base?: string | undefined;
}

function loadSite(contentDir: string, findings: Finding[], overrides: SiteOverrides): Site {
  const file = 'site.yaml';
  const read = readYamlFile(contentDir, file, findings);
  if (!read) {
    if (!existsSync(path.join(contentDir, file))) {
      findings.push({
        severity: 'error',
        file,
        message: `thiếu tệp site.yaml trong thư mục nội dung ${contentDir}; tệp này khai báo tên trang, cơ quan chủ quản, tỉnh và địa chỉ trang.`,
      });
    }
    return FALLBACK_SITE;
  }
  const data = { ...(read.data as object), ...(overrides.url && { url: overrides.url }), ...(overrides.base && { base: overrides.base }) };
  const parsed = parseWithFindings(siteSchema, data, { file, yamlText: read.text, firstLine: 1 });
  findings.push(...parsed.findings);
  return parsed.data ?? FALLBACK_SITE;
}

function loadHotlines(contentDir: string, findings: Finding[]): Hotline[] {
  const file = 'hotlines.yaml';
  const read = readYamlFile(contentDir, file, findings);
  if (!read) {
    if (!existsSync(path.join(contentDir, file))) {
      findings.push({ severity: 'warning', file, message: 'chưa có tệp hotlines.yaml: trang Đường dây nóng sẽ trống.' });
    }
    return [];
  }
  const parsed = parseWithFindings(hotlinesSchema, read.data ?? [], { file, yamlText: read.text, firstLine: 1 });
  findings.push(...parsed.findings);
  return parsed.data ?? [];
}

/** Values at a path with '*' for every list item, with their concrete paths. */
function valuesAt(
  data: unknown,
  pattern: readonly string[],
  prefix: (string | number)[] = [],
): { path: (string | number)[]; value: unknown }[] {
  if (pattern.length === 0) return data === undefined ? [] : [{ path: prefix, value: data }];
  const [head, ...rest] = pattern;
  if (head === '*') {
    return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, [...prefix, i])) : [];
  }
  if (data && typeof data === 'object') return valuesAt((data as Record<string, unknown>)[head!], rest, [...prefix, head!]);
  return [];
}

function loadEntry(contentDir: string, kind: Kind, schema: z.ZodType, name: string, now: Date, findings: Finding[]): Entry | undefined {
  const file = `${kind.name}/${name}`;
  const slug = name.replace(/\.md$/i, '').normalize('NFC');
  const text = normaliseText(readFileSync(path.join(contentDir, file), 'utf8'));
  const split = splitFrontmatter(text);
  if (split.frontmatter === undefined) {
    findings.push({
      severity: 'error',
      file,
      line: 1,
      message: 'thiếu phần khai báo ở đầu tệp: tệp phải bắt đầu bằng một dòng ---, các trường (title: …), rồi một dòng --- nữa.',
    });
    return undefined;
  }
  if (kind.name !== 'bulletins' && !SLUG_RE.test(slug)) {
    findings.push({
      severity: 'error',
      file,
      value: name,
      message: `tên tệp là một phần địa chỉ trang nên chỉ được gồm chữ, số và dấu gạch ngang, không có dấu cách; ví dụ: ${slug
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '')}.md`,
    });
  }
  let raw: unknown;
  try {
    raw = parseYaml(split.frontmatter) ?? {};
  } catch (error) {
    findings.push(yamlFinding(file, error, split.frontmatterLine));
    return undefined;
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    findings.push({
      severity: 'error',
      file,
      line: split.frontmatterLine,
      message: 'phần khai báo đầu tệp phải là các dòng "tên: giá trị".',
    });
    return undefined;
  }
  const ctx = { file, yamlText: split.frontmatter, firstLine: split.frontmatterLine };
  const parsed = parseWithFindings(schema, raw, ctx);
  findings.push(...parsed.findings);
  findings.push(...unknownFields(schema, raw as Record<string, unknown>, ctx));

  const media: string[] = [];
  for (const field of kind.files) {
    for (const { path: at, value } of valuesAt(raw, field.path)) {
      if (typeof value !== 'string' || parsed.findings.some((f) => f.field === fieldPath(at))) continue;
      const checked = checkReferencedFile({
        contentDir,
        file,
        field: fieldPath(at),
        written: value.trim(),
        line: locateField(split.frontmatter, at, split.frontmatterLine),
        extensions: field.extensions,
        label: field.label,
      });
      findings.push(...checked.findings);
      if (checked.rel) media.push(checked.rel);
    }
  }
  const bodyStart = text.split('\n').length - split.body.split('\n').length + 1;
  const bodyFiles: Entry['bodyFiles'] = [];
  for (const ref of bodyFileRefs(split.body)) {
    const checked = checkReferencedFile({
      contentDir,
      file,
      field: '(nội dung)',
      written: ref.path,
      line: bodyStart + ref.line,
      label: 'tệp được dẫn trong bài',
    });
    findings.push(...checked.findings);
    if (checked.rel) {
      media.push(checked.rel);
      bodyFiles.push({ written: ref.path, rel: checked.rel });
    }
  }
  if (!parsed.data) return undefined;
  const data = parsed.data as Record<string, unknown>;
  const publishAt = data.publishAt as string | undefined;
  const published = data.draft !== true && (publishAt === undefined || new Date(publishAt) <= now);
  if (data.draft !== true && publishAt !== undefined && !published) {
    findings.push({
      severity: 'note',
      file,
      field: 'publishAt',
      message: `đã hẹn giờ, sẽ đăng lúc ${formatInstant(new Date(publishAt))}.`,
    });
  }
  sources.set(file, ctx);
  return { kind: kind.name, slug, file, data, body: split.body, media, bodyFiles, published, bodyLine: bodyStart };
}

/** The YAML of each file read, to find the line of a field named by a rule across files. */
const sources = new Map<string, { yamlText: string; firstLine: number }>();

function addLine(f: Finding): Finding {
  const src = sources.get(f.file);
  if (f.line !== undefined || !f.field || !src) return f;
  const pathParts = f.field
    .split(/\.|\[(\d+)\]/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return { ...f, line: locateField(src.yamlText, pathParts, src.firstLine) };
}

/**
 * Files the Markdown body points at by a relative path (`![ảnh](./anh.png)`,
 * `[tải về](./van-ban.pdf)`, `<img src="./anh.png">`): they are published with the entry.
 */
function bodyFileRefs(body: string): { path: string; line: number }[] {
  const refs: { path: string; line: number }[] = [];
  body.split('\n').forEach((lineText, i) => {
    for (const m of lineText.matchAll(/\]\((\.{1,2}\/[^)\s]+)|\bsrc=["'](\.{1,2}\/[^"']+)["']/g)) {
      refs.push({ path: decodeURI((m[1] ?? m[2])!), line: i });
    }
  });
  return refs;
}

/** Top-level keys of an object schema, through transforms and refinements. */
export function shapeKeys(schema: unknown): string[] {
  const node = schema as { shape?: Record<string, unknown>; def?: { in?: unknown; innerType?: unknown } };
  if (node.shape) return Object.keys(node.shape);
  if (node.def?.in) return shapeKeys(node.def.in);
  if (node.def?.innerType) return shapeKeys(node.def.innerType);
  return [];
}

/** A field the format does not have is probably a typo: warn, with the nearest real name. */
function unknownFields(
  schema: unknown,
  raw: Record<string, unknown>,
  ctx: { file: string; yamlText: string; firstLine: number },
): Finding[] {
  const known = shapeKeys(schema);
  if (known.length === 0) return [];
  return Object.keys(raw)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const guess = closest(key, known);
      return {
        severity: 'warning' as const,
        file: ctx.file,
        field: key,
        line: locateField(ctx.yamlText, [key], ctx.firstLine),
        message: `trường này không có trong định dạng nên bị bỏ qua${guess ? `; có phải bạn định viết "${guess}"?` : '.'}`,
      };
    });
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const tmp = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
        prev = tmp;
      }
    }
    return row[b.length]!;
  };
  const best = candidates.map((c) => ({ c, d: distance(word, c) })).sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.c : undefined;
}

function listMarkdown(contentDir: string, folder: string): string[] {
  const dir = path.join(contentDir, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && /\.md$/i.test(d.name) && !d.name.startsWith('.') && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort();
}

export function loadContent(contentDir: string, now: Date, overrides: SiteOverrides = {}): LoadedContent {
  const findings: Finding[] = [];
  if (!existsSync(contentDir)) {
    findings.push({
      severity: 'error',
      file: '.',
      message: `không tìm thấy thư mục nội dung ${contentDir} (biến CONTENT_DIR hoặc thư mục content/).`,
    });
    return { contentDir, site: FALLBACK_SITE, hotlines: [], entries: [], findings };
  }
  const site = loadSite(contentDir, findings, overrides);
  const hotlines = loadHotlines(contentDir, findings);
  const entries: Entry[] = [];
  for (const kind of KINDS) {
    // One schema per kind and build: building a zod schema costs far more than using it.
    const schema = kind.schema(site);
    for (const name of listMarkdown(contentDir, kind.name)) {
      const entry = loadEntry(contentDir, kind, schema, name, now, findings);
      if (entry) entries.push(entry);
    }
  }
  findings.push(...checkAcrossFiles(entries).map(addLine));
  sources.clear();
  return { contentDir, site, hotlines, entries, findings };
}

function checkAcrossFiles(entries: readonly Entry[]): Finding[] {
  const published = entries.filter((e) => e.published);
  const of = (kind: KindName) => published.filter((e) => e.kind === kind);
  const claims: RouteClaim[] = FIXED_ROUTES.map((p) => ({ file: '(trang có sẵn của hệ thống)', field: '', path: p }));
  for (const e of published) {
    const kind = KINDS.find((k) => k.name === e.kind)!;
    claims.push({ file: e.file, field: e.kind === 'bulletins' ? 'date' : '', path: kind.route(e.slug, e.data) });
  }
  for (const e of published) {
    (e.data.aliases as string[]).forEach((alias, i) => claims.push({ file: e.file, field: `aliases[${i}]`, path: alias }));
  }
  return [
    ...checkBulletinSeries(
      of('bulletins').map((e) => ({ file: e.file, ...(e.data as Omit<Parameters<typeof checkBulletinSeries>[0][number], 'file'>) })),
    ),
    ...checkDirectiveRegister(
      of('directives').map((e) => ({ file: e.file, number: String(e.data.number), issued: String(e.data.issued) })),
    ),
    ...checkRouteClaims(claims).filter((f) => f.file !== '(trang có sẵn của hệ thống)'),
  ];
}
