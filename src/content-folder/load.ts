/**
 * Reads and validates a whole content folder: every file against its schema, the files it
 * points at, then the rules across files. Every problem is collected; nothing stops at the
 * first. The build and `npm run check` both call `loadContent`.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import type { Finding } from '../domain/findings.ts';
import { checkBulletinSeries, checkDirectiveRegister, checkRouteClaims, type RouteClaim } from '../domain/rules.ts';
import { formatDate, formatInstant, toLocal } from '../domain/vn-time.ts';
import { hotlinesSchema, type Hotline } from '../content/schemas/hotline.ts';
import { siteSchema, type Site } from '../content/schemas/site.ts';
import { characterName, cleanValues, stripFrontmatter, stripUnsafe, type Removed } from './clean-text.ts';
import { bodyFileRefs } from './body-links.ts';
import { checkReferencedFile, isInside, type CheckedFile } from './files.ts';
import { ENTRY_FILES, FIXED_ROUTES, isGrowingRoute } from '../domain/routes.ts';
import { KINDS, type Kind, type KindName } from './kinds.ts';
import { locateField } from './locate.ts';
import { unknownFields } from './schema-fields.ts';
import { normaliseText, parseYaml, splitFrontmatter } from './text.ts';
import { yamlFinding } from './yaml-errors.ts';
import { fieldPath, parseWithFindings, type ParseContext } from './zod-findings.ts';

export interface Entry {
  kind: KindName;
  /** File name without .md: the last part of the entry's public path. */
  slug: string;
  /** Path relative to the content folder. */
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** The files this entry points at, each checked to be inside the content folder. */
  media: CheckedFile[];
  /** The files its Markdown body points at: the relative path as written, and the real path. */
  bodyFiles: { written: string; real: string }[];
  /** Real paths of the files its front matter names, by the path as written (`./5k.png`). */
  files: Record<string, string>;
  /** The files it offers for download, published under its page by their file name. */
  downloads: { field: string; name: string; real: string }[];
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

/** What one load keeps while it reads: the findings, and each file's YAML to locate fields named by later rules. */
interface Reading {
  contentDir: string;
  /** The content folder's real path: every file read must lie inside it. */
  realRoot: string;
  now: Date;
  findings: Finding[];
  sources: Map<string, ParseContext>;
}

/**
 * The text of a file of the folder, read by its real path: a symbolic link that leads out of
 * the folder, or anything but a regular file, is an error and is not read.
 */
function readSource(r: Reading, file: string): string | undefined {
  const abs = path.join(r.contentDir, file);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    r.findings.push({
      severity: 'error',
      file,
      message: 'là một liên kết (symlink) hỏng, không trỏ tới tệp nào; hãy thay bằng chính tệp đó.',
    });
    return undefined;
  }
  if (!isInside(r.realRoot, real)) {
    r.findings.push({
      severity: 'error',
      file,
      message:
        'là một liên kết (symlink) trỏ ra ngoài thư mục nội dung; chỉ tệp nằm trong thư mục nội dung mới được đọc. Hãy chép chính tệp đó vào đây.',
    });
    return undefined;
  }
  if (!statSync(real).isFile()) {
    r.findings.push({ severity: 'error', file, message: 'không phải là một tệp thông thường.' });
    return undefined;
  }
  return normaliseText(readFileSync(real, 'utf8'));
}

/** Warnings for characters stripped from a file's text (`removed` lines are 0-based, from `firstLine`). */
function strippedFindings(file: string, removed: readonly Removed[], firstLine: number): Finding[] {
  return removed.map((r) => ({
    severity: 'warning' as const,
    file,
    line: r.line + firstLine,
    message: `đã bỏ ${r.chars.map(characterName).join(', ')}: ký tự không nhìn thấy, thường có khi dán từ phần mềm soạn thảo, làm hỏng nguồn tin RSS. Hãy xem lại đoạn văn bản này.`,
  }));
}

/** YAML parsed, with characters that YAML escapes produced ("\e") stripped and warned about. */
function parseYamlText(r: Reading, ctx: ParseContext): { ok: true; data: unknown } | { ok: false } {
  let parsed: unknown;
  try {
    parsed = parseYaml(ctx.yamlText);
  } catch (error) {
    r.findings.push(yamlFinding(ctx.file, error, ctx.yamlText, ctx.firstLine));
    return { ok: false };
  }
  const cleaned = cleanValues(parsed);
  for (const f of cleaned.fields) {
    r.findings.push({
      severity: 'warning',
      file: ctx.file,
      field: fieldPath(f.path) || undefined,
      line: locateField(ctx.yamlText, f.path, ctx.firstLine),
      message: `đã bỏ ${f.chars.map(characterName).join(', ')} (ký tự không nhìn thấy, làm hỏng nguồn tin RSS) khỏi giá trị của trường này.`,
    });
  }
  return { ok: true, data: cleaned.data };
}

/** A field the format does not have is probably a typo: warn, with the nearest real name. */
function unknownFieldFindings(schema: unknown, raw: unknown, ctx: ParseContext): Finding[] {
  return unknownFields(schema, raw).map(({ path: at, guess }) => ({
    severity: 'warning' as const,
    file: ctx.file,
    field: fieldPath(at),
    line: locateField(ctx.yamlText, at, ctx.firstLine),
    message: `trường này không có trong định dạng nên bị bỏ qua${guess ? `; có phải bạn định viết "${guess}"?` : '.'}`,
  }));
}

/** A YAML file at the top of the folder (site.yaml, hotlines.yaml), parsed and checked against its schema. */
function loadYamlFile<S extends z.ZodType>(r: Reading, file: string, schema: S, overrides: object = {}): z.output<S> | undefined {
  const raw = readSource(r, file);
  if (raw === undefined) return undefined;
  const stripped = stripFrontmatter(raw);
  r.findings.push(...strippedFindings(file, stripped.removed, 1));
  const ctx = { file, yamlText: stripped.text, firstLine: 1 };
  const parsed = parseYamlText(r, ctx);
  if (!parsed.ok) return undefined;
  const value = parsed.data ?? [];
  const data = typeof value === 'object' && !Array.isArray(value) ? { ...value, ...overrides } : value;
  r.findings.push(...unknownFieldFindings(schema, data, ctx));
  const result = parseWithFindings(schema, data, ctx);
  r.findings.push(...result.findings);
  return result.data;
}

/**
 * Settings the environment may override without editing site.yaml: SITE_URL and SITE_BASE,
 * for a preview or staging copy served from another address (and for the tests).
 */
export interface SiteOverrides {
  url?: string | undefined;
  base?: string | undefined;
}

function loadSite(r: Reading, overrides: SiteOverrides): Site {
  const file = 'site.yaml';
  if (!lstatExists(path.join(r.contentDir, file))) {
    r.findings.push({
      severity: 'error',
      file,
      message: `thiếu tệp site.yaml trong thư mục nội dung ${r.contentDir}; tệp này khai báo tên trang, cơ quan chủ quản, tỉnh và địa chỉ trang.`,
    });
    return FALLBACK_SITE;
  }
  const given = { ...(overrides.url && { url: overrides.url }), ...(overrides.base && { base: overrides.base }) };
  return loadYamlFile(r, file, siteSchema, given) ?? FALLBACK_SITE;
}

function loadHotlines(r: Reading): Hotline[] {
  const file = 'hotlines.yaml';
  if (!lstatExists(path.join(r.contentDir, file))) {
    r.findings.push({ severity: 'warning', file, message: 'chưa có tệp hotlines.yaml: trang Đường dây nóng sẽ trống.' });
    return [];
  }
  return loadYamlFile(r, file, hotlinesSchema) ?? [];
}

/** Whether a path exists, a broken symbolic link included (it is then reported, not ignored). */
function lstatExists(abs: string): boolean {
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
  }
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

const DAY = 24 * 60 * 60 * 1000;

/**
 * Dates ahead of the build's clock: a bulletin of a day still to come is an error unless it
 * is scheduled with `publishAt`; any `date`, `issued` or `publishAt` more than a year ahead is
 * probably a typo of the year. A far `expires` is normal.
 */
function futureFindings(r: Reading, kind: KindName, data: Record<string, unknown>, ctx: ParseContext): Finding[] {
  const today = toLocal(r.now).date;
  const yearAhead = toLocal(new Date(r.now.getTime() + 366 * DAY)).date;
  const found: Finding[] = [];
  const at = (field: string) => ({ file: ctx.file, field, line: locateField(ctx.yamlText, [field], ctx.firstLine) });
  const date = typeof data.date === 'string' ? data.date : undefined;
  if (kind === 'bulletins' && date && date > today && data.publishAt === undefined && data.draft !== true) {
    found.push({
      severity: 'error',
      ...at('date'),
      value: date,
      message: `bản tin ghi ngày ${formatDate(date)}, sau hôm nay (${formatDate(today)}, giờ Việt Nam). Nếu đúng là bản tin của ngày đó và muốn hẹn giờ đăng, thêm dòng publishAt: ${date}T15:00; nếu không, hãy sửa lại ngày.`,
    });
  }
  // Scheduled before its own day, a bulletin would give that day's figures days early.
  if (
    kind === 'bulletins' &&
    date &&
    data.draft !== true &&
    typeof data.publishAt === 'string' &&
    toLocal(new Date(data.publishAt)).date < date
  ) {
    found.push({
      severity: 'error',
      ...at('publishAt'),
      value: data.publishAt,
      message: `hẹn đăng lúc ${formatInstant(new Date(data.publishAt))}, trước ngày của bản tin (${formatDate(date)}): bản tin chỉ đăng từ ngày của nó. Hãy sửa publishAt (thường là ${date}T15:00) hoặc sửa lại ngày.`,
    });
  }
  for (const field of ['date', 'issued'] as const) {
    const value = data[field];
    if (typeof value === 'string' && value > yearAhead && !found.some((f) => f.field === field)) {
      found.push({
        severity: 'warning',
        ...at(field),
        value,
        message: `ngày ${formatDate(value)} cách hôm nay hơn một năm; hãy kiểm tra lại năm.`,
      });
    }
  }
  if (typeof data.publishAt === 'string' && new Date(data.publishAt).getTime() > r.now.getTime() + 366 * DAY) {
    found.push({
      severity: 'warning',
      ...at('publishAt'),
      value: data.publishAt,
      message: `hẹn đăng lúc ${formatInstant(new Date(data.publishAt))}, cách hôm nay hơn một năm; hãy kiểm tra lại năm.`,
    });
  }
  return found;
}

async function loadEntry(r: Reading, kind: Kind, schema: z.ZodType, name: string): Promise<Entry | undefined> {
  const file = `${kind.name}/${name}`;
  const slug = name.replace(/\.md$/i, '').normalize('NFC');
  const source = readSource(r, file);
  if (source === undefined) return undefined;
  const unsafe = stripUnsafe(source);
  r.findings.push(...strippedFindings(file, unsafe.removed, 1));
  const text = unsafe.text;
  const split = splitFrontmatter(text);
  if (split.frontmatter === undefined) {
    r.findings.push({
      severity: 'error',
      file,
      line: 1,
      message: 'thiếu phần khai báo ở đầu tệp: tệp phải bắt đầu bằng một dòng ---, các trường (title: …), rồi một dòng --- nữa.',
    });
    return undefined;
  }
  if (kind.name !== 'bulletins' && !SLUG_RE.test(slug)) {
    r.findings.push({
      severity: 'error',
      file,
      value: name,
      message: `tên tệp là một phần địa chỉ trang nên chỉ được gồm chữ, số và dấu gạch ngang, không có dấu cách; ví dụ: ${slug
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '')}.md`,
    });
  }
  if (kind.name !== 'pages' && /^trang-\d+$/.test(slug)) {
    r.findings.push({
      severity: 'error',
      file,
      value: name,
      message: `tên tệp ${slug} trùng với địa chỉ một trang danh sách (${kind.route(slug, {})}); hãy đặt tên khác, ví dụ ${slug.replace('trang', 'bai')}.md`,
    });
  }
  const frontmatter = stripFrontmatter(split.frontmatter);
  r.findings.push(...strippedFindings(file, frontmatter.removed, split.frontmatterLine));
  const ctx = { file, yamlText: frontmatter.text, firstLine: split.frontmatterLine };
  const parsedYaml = parseYamlText(r, ctx);
  if (!parsedYaml.ok) return undefined;
  const raw = parsedYaml.data ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    r.findings.push({
      severity: 'error',
      file,
      line: split.frontmatterLine,
      message: 'phần khai báo đầu tệp phải là các dòng "tên: giá trị".',
    });
    return undefined;
  }
  const parsed = parseWithFindings(schema, raw, ctx);
  r.findings.push(...parsed.findings);
  r.findings.push(...unknownFieldFindings(schema, raw, ctx));

  const media: CheckedFile[] = [];
  const files: Record<string, string> = {};
  const downloads: Entry['downloads'] = [];
  for (const field of kind.files) {
    for (const { path: at, value } of valuesAt(raw, field.path)) {
      if (typeof value !== 'string' || parsed.findings.some((f) => f.field === fieldPath(at))) continue;
      const checked = await checkReferencedFile({
        contentDir: r.contentDir,
        realRoot: r.realRoot,
        file,
        field: fieldPath(at),
        written: value.trim(),
        line: locateField(ctx.yamlText, at, ctx.firstLine),
        extensions: field.extensions,
        label: field.label,
        published: field.download,
      });
      r.findings.push(...checked.findings);
      if (checked.file) {
        media.push(checked.file);
        files[value.trim()] = checked.file.real;
        if (field.download) downloads.push({ field: fieldPath(at), name: path.posix.basename(value.trim()), real: checked.file.real });
      }
    }
  }
  const bodyStart = text.split('\n').length - split.body.split('\n').length + 1;
  const bodyFiles: Entry['bodyFiles'] = [];
  for (const ref of bodyFileRefs(split.body)) {
    if (ref.problem) {
      r.findings.push({
        severity: 'error',
        file,
        field: '(nội dung)',
        line: bodyStart + ref.line,
        value: ref.path,
        message: `${ref.problem}.`,
      });
      continue;
    }
    const checked = await checkReferencedFile({
      contentDir: r.contentDir,
      realRoot: r.realRoot,
      file,
      field: '(nội dung)',
      written: ref.path,
      line: bodyStart + ref.line,
      label: ref.picture ? 'ảnh trong bài' : 'tệp được dẫn trong bài',
      published: !ref.picture,
    });
    r.findings.push(...checked.findings);
    if (checked.file) {
      media.push(checked.file);
      // A Markdown picture is published optimised, from /_astro/; every other file as committed, where its link leads.
      if (!ref.picture) bodyFiles.push({ written: ref.path, real: checked.file.real });
    }
  }
  if (!parsed.data) return undefined;
  const data = parsed.data as Record<string, unknown>;
  r.findings.push(...futureFindings(r, kind.name, data, ctx));
  const publishAt = data.publishAt as string | undefined;
  const published = data.draft !== true && (publishAt === undefined || new Date(publishAt) <= r.now);
  if (data.draft !== true && publishAt !== undefined && !published) {
    r.findings.push({
      severity: 'note',
      file,
      field: 'publishAt',
      message: `đã hẹn giờ, sẽ đăng lúc ${formatInstant(new Date(publishAt))}.`,
    });
  }
  r.sources.set(file, ctx);
  return { kind: kind.name, slug, file, data, body: split.body, media, bodyFiles, files, downloads, published, bodyLine: bodyStart };
}

/** The line of a field named by a rule across files, from the YAML of its file. */
function addLine(r: Reading, f: Finding): Finding {
  const src = r.sources.get(f.file);
  if (f.line !== undefined || !f.field || !src) return f;
  const pathParts = f.field
    .split(/\.|\[(\d+)\]/)
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return { ...f, line: locateField(src.yamlText, pathParts, src.firstLine) };
}

/** The Markdown files of a kind's folder; the folder itself must lie inside the content folder. */
function listMarkdown(r: Reading, folder: string): string[] {
  const dir = path.join(r.contentDir, folder);
  if (!existsSync(dir)) return [];
  if (!isInside(r.realRoot, realpathSync(dir))) {
    r.findings.push({
      severity: 'error',
      file: folder,
      message: 'thư mục này là một liên kết (symlink) trỏ ra ngoài thư mục nội dung; hãy thay bằng thư mục thật.',
    });
    return [];
  }
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => (d.isFile() || d.isSymbolicLink()) && /\.md$/i.test(d.name) && !d.name.startsWith('.') && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort();
}

export async function loadContent(contentDir: string, now: Date, overrides: SiteOverrides = {}): Promise<LoadedContent> {
  if (!existsSync(contentDir)) {
    const findings: Finding[] = [
      { severity: 'error', file: '.', message: `không tìm thấy thư mục nội dung ${contentDir} (biến CONTENT_DIR hoặc thư mục content/).` },
    ];
    return { contentDir, site: FALLBACK_SITE, hotlines: [], entries: [], findings };
  }
  const r: Reading = { contentDir, realRoot: realpathSync(contentDir), now, findings: [], sources: new Map() };
  const site = loadSite(r, overrides);
  const hotlines = loadHotlines(r);
  // Every file at once: reading a picture's header waits on the disk. Each file's findings
  // are its own, joined in the folder's order, so the report is the same from run to run.
  const loaded = await Promise.all(
    KINDS.flatMap((kind) => {
      // One schema per kind and build: building a zod schema costs far more than using it.
      const schema = kind.schema(site);
      return listMarkdown(r, kind.name).map(async (name) => {
        const own: Reading = { ...r, findings: [] };
        return { entry: await loadEntry(own, kind, schema, name), findings: own.findings };
      });
    }),
  );
  const entries: Entry[] = [];
  for (const { entry, findings } of loaded) {
    r.findings.push(...findings);
    if (entry) entries.push(entry);
  }
  const findings = [...r.findings, ...checkAcrossFiles(entries).map((f) => addLine(r, f))];
  // The same rules over what will be published once every scheduled entry is: a scheduled
  // bulletin whose figures break the series would otherwise stop the unattended build at its
  // publishAt, and with it everything due after. It is caught now, while staff are at work.
  const eventually = entries.map((e) => (e.published || e.data.draft === true ? e : { ...e, published: true }));
  if (eventually.some((e, i) => e !== entries[i])) {
    const already = new Set(findings.map(findingKey));
    for (const f of checkAcrossFiles(eventually).map((f) => addLine(r, f)))
      if (!already.has(findingKey(f))) findings.push({ ...f, message: `khi nội dung hẹn giờ được đăng: ${f.message}` });
  }
  return { contentDir, site, hotlines, entries, findings };
}

/**
 * The files an entry publishes as committed, under its page at `route`: those its body links
 * to, where the link leads, and those it offers for download, by their file name.
 */
export function publishedFiles(e: Entry, route: string): { field: string; from: string; to: string }[] {
  const all = [
    ...e.bodyFiles.map((f) => ({ field: '(nội dung)', from: f.real, to: path.posix.join(route, f.written) })),
    ...e.downloads.map((f) => ({ field: f.field, from: f.real, to: path.posix.join(route, f.name) })),
  ];
  // One file named twice (a body that links to an attachment) is published once; two files
  // on one path are the validator's error (checkRouteClaims).
  return all.filter((f, i) => all.findIndex((g) => g.to === f.to && g.from === f.from) === i);
}

const findingKey = (f: Finding) => `${f.file}\n${f.field ?? ''}\n${f.message}`;

/** Who holds the paths the generator builds itself, in a finding's message. */
const SYSTEM = '(trang, tệp có sẵn của hệ thống)';

function checkAcrossFiles(entries: readonly Entry[]): Finding[] {
  const published = entries.filter((e) => e.published);
  const of = (kind: KindName) => published.filter((e) => e.kind === kind);
  const route = (e: Entry) => KINDS.find((k) => k.name === e.kind)!.route(e.slug, e.data);
  // The system's paths come first: an alias or a body file that takes one is the entry's error.
  const claims: RouteClaim[] = [
    ...FIXED_ROUTES,
    ...published.flatMap((e) => (ENTRY_FILES[e.kind] ?? []).map((name) => path.posix.join(route(e), name))),
  ].map((p) => ({ file: SYSTEM, field: '', path: p }));
  for (const e of published) claims.push({ file: e.file, field: e.kind === 'bulletins' ? 'date' : '', path: route(e) });
  const growing: Finding[] = [];
  for (const e of published) {
    (e.data.aliases as string[]).forEach((alias, i) => {
      if (isGrowingRoute(alias))
        growing.push({
          severity: 'error',
          file: e.file,
          field: `aliases[${i}]`,
          value: alias,
          message: `đường dẫn ${alias} thuộc phần trang web tự tạo thêm khi nội dung tăng (trang danh sách, trang lọc văn bản); đến ngày một trang thật chiếm chỗ, lối chuyển hướng này sẽ mất. Hãy chọn đường dẫn khác.`,
        });
      else claims.push({ file: e.file, field: `aliases[${i}]`, path: alias });
    });
    for (const f of publishedFiles(e, route(e))) claims.push({ file: e.file, field: f.field, path: f.to, isFile: true });
  }
  return [
    ...checkBulletinSeries(
      of('bulletins').map((e) => ({ file: e.file, ...(e.data as Omit<Parameters<typeof checkBulletinSeries>[0][number], 'file'>) })),
    ),
    ...checkDirectiveRegister(
      entries
        .filter((e) => e.kind === 'directives')
        .map((e) => ({
          file: e.file,
          id: e.slug,
          published: e.published,
          number: String(e.data.number),
          issued: String(e.data.issued),
          replaces: e.data.replaces as string[],
          amends: e.data.amends as string[],
        })),
    ),
    ...checkRouteClaims(claims).filter((f) => f.file !== SYSTEM),
    ...growing,
  ];
}
