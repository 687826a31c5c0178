/**
 * npm run new -- <kind> [--field value …]: writes a new content file, with a Vietnamese
 * comment on every field, so today's bulletin takes one command and a few numbers.
 *
 * Kinds: bulletin (bản tin), directive (văn bản), infographic, news (tin), factcheck (cải chính).
 * At a terminal it asks, in Vietnamese, for what the flags did not give (defaults in
 * brackets: Enter keeps them). Without a terminal it asks nothing and uses the flags and the
 * defaults (a bulletin: today in Vietnam, site.bulletinTime, the last bulletin's cumulative
 * figures). It never overwrites a file; it checks the new file with the same validator as the
 * build, and removes it again if it has an error.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/content-folder/load.ts';
import { resolvePaths } from '../src/content-folder/paths.ts';
import { DIRECTIVE_KINDS } from '../src/content/schemas/directive.ts';
import { VERDICTS } from '../src/content/schemas/factcheck.ts';
import { alertStates, LEVEL_NAMES } from '../src/domain/alert-level.ts';
import { buildSeries, CUMULATIVE_KEYS, STAT_KEYS, STAT_LABELS, type StatKey } from '../src/domain/figures.ts';
import { formatFinding } from '../src/domain/findings.ts';
import { slugify } from '../src/domain/vn-slug.ts';
import { buildClock, toLocal } from '../src/domain/vn-time.ts';

type Kind = 'bulletins' | 'directives' | 'infographics' | 'news' | 'factchecks';
const KIND_NAMES: Record<string, Kind> = {
  bulletin: 'bulletins',
  'ban-tin': 'bulletins',
  directive: 'directives',
  'van-ban': 'directives',
  infographic: 'infographics',
  news: 'news',
  'tin-tuc': 'news',
  factcheck: 'factchecks',
  'cai-chinh': 'factchecks',
};

/** The figures a bulletin asks for, in the order the Department of Health reports them. */
const BULLETIN_STATS: StatKey[] = STAT_KEYS.filter((k) => k !== 'confirmedNew');

const FLAGS = [
  'date',
  'time',
  'title',
  'source',
  'alertLevel',
  'correction',
  'body',
  ...BULLETIN_STATS,
  'confirmedNew',
  'number',
  'kind',
  'issuer',
  'issued',
  'signer',
  'urgent',
  'effective',
  'expires',
  'attachment',
  'label',
  'image',
  'alt',
  'video',
  'tags',
  'summary',
  'imageAlt',
  'sourceName',
  'sourceUrl',
  'claim',
  'verdict',
  'claimSource',
  'action',
  'slug',
] as const;

function fail(message: string): never {
  console.error(`Lỗi: ${message}`);
  process.exit(1);
}

const args = parseArgs({
  allowPositionals: true,
  options: {
    ...Object.fromEntries(FLAGS.map((f) => [f, { type: 'string' as const }])),
    interactive: { type: 'boolean', default: false },
  },
});
const kindName = args.positionals[0];
const kind = kindName ? KIND_NAMES[kindName] : undefined;
if (!kind)
  fail(
    `cần loại nội dung: ${Object.keys(KIND_NAMES)
      .filter((k) => !k.includes('-'))
      .join(' | ')}, ví dụ: npm run new -- bulletin`,
  );
const flags = args.values as Partial<Record<(typeof FLAGS)[number], string>>;
const interactive = args.values.interactive === true || (process.stdin.isTTY === true && process.stdout.isTTY === true);

const paths = resolvePaths();
const now = buildClock();
const content = await loadContent(paths.contentDir, now);
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
// Answers are read as a stream of lines, so answers typed (or piped) ahead are kept.
const answers = rl?.[Symbol.asyncIterator]();

/** The flag, else (at a terminal) the answer, else the default. */
async function ask(flag: (typeof FLAGS)[number], label: string, fallback = ''): Promise<string> {
  const given = flags[flag];
  if (given !== undefined) return given.trim();
  if (!rl || !answers) return fallback;
  rl.setPrompt(`${label}${fallback ? ` [${fallback}]` : ''}: `);
  rl.prompt();
  const next = await answers.next();
  const answer = next.done ? '' : String(next.value).trim();
  if (!process.stdin.isTTY) process.stdout.write(`${answer}\n`);
  return answer === '' ? fallback : answer;
}

/** A value as YAML: dates plain (as staff write them), other text quoted, numbers and booleans as they are. */
function yamlValue(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : JSON.stringify(value);
}

/** A YAML line with its comment for staff, comments lined up. */
function line(key: string, value: string | number | boolean | undefined, comment: string, indent = ''): string {
  if (value === undefined || value === '') return '';
  const code = `${indent}${key}: ${yamlValue(value)}`;
  return `${code.padEnd(30)} # ${comment}\n`;
}

/** "(tích lũy)" after a figure's name, unless the name says so already. */
const cumulativeNote = (key: StatKey) =>
  (CUMULATIVE_KEYS as readonly string[]).includes(key) && !STAT_LABELS[key].includes('tích lũy') ? ' (tích lũy)' : '';

const today = toLocal(now).date;
const comment = '<!-- Viết nội dung ở dưới dòng này. Dòng ghi chú này không hiện trên trang. -->';

async function bulletin(): Promise<{ file: string; text: string }> {
  const series = buildSeries(
    content.entries
      .filter((e) => e.kind === 'bulletins' && e.published)
      .map(
        (e) => e.data as { date: string; time: string; stats: Record<string, number>; districts?: { name: string; confirmed: number }[] },
      ),
  );
  const last = series.at(-1);
  const date = await ask('date', 'Ngày của bản tin (YYYY-MM-DD)', today);
  const file = `bulletins/${date}.md`;
  if (existsSync(path.join(paths.contentDir, file))) fail(`ngày ${date} đã có bản tin (${file}); không ghi đè. Hãy sửa tệp đó.`);
  const time = await ask('time', 'Giờ chốt số liệu (HH:MM)', content.site.bulletinTime);
  const stats: Partial<Record<StatKey, string>> = {};
  const lastConfirmed = last?.known.confirmed;
  const newCases =
    flags.confirmedNew ?? (rl && flags.confirmed === undefined ? await ask('confirmedNew', `${STAT_LABELS.confirmedNew}`, '0') : undefined);
  for (const key of BULLETIN_STATS) {
    const carried = (CUMULATIVE_KEYS as readonly string[]).includes(key) ? last?.known[key] : undefined;
    const fallback =
      key === 'confirmed' && newCases !== undefined && lastConfirmed !== undefined && /^\d+$/.test(newCases)
        ? String(lastConfirmed + Number(newCases))
        : carried === undefined
          ? ''
          : String(carried);
    stats[key] = await ask(key, `${STAT_LABELS[key]}${cumulativeNote(key)}`, fallback);
  }
  const districts = last?.bulletin.districts ?? [];
  const districtValues: { name: string; confirmed: string }[] = [];
  for (const d of districts)
    districtValues.push({
      name: d.name,
      confirmed: rl ? await ask('slug', `  Ca mắc tích lũy tại ${d.name}`, String(d.confirmed)) : String(d.confirmed),
    });
  const alertLevel = await ask('alertLevel', 'Cấp độ dịch được công bố (1-5, để trống nếu không có)');
  const correction = await ask('correction', 'Lý do đính chính, nếu có số tích lũy giảm (để trống nếu không có)');
  const body = await ask('body', 'Diễn biến trong ngày (một đoạn, có thể viết sau)');
  const num = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : v);
  let yaml = '---\n';
  yaml += line('date', date, 'ngày của bản tin');
  yaml += line('time', time, 'giờ chốt số liệu (giờ Việt Nam)');
  if (flags.title) yaml += line('title', flags.title, 'tiêu đề; bỏ dòng này để dùng tiêu đề chuẩn');
  if (flags.source) yaml += line('source', flags.source, 'cơ quan công bố số liệu');
  if (alertLevel) yaml += line('alertLevel', num(alertLevel), 'cấp độ dịch được công bố chính thức (1-5)');
  yaml += `${'stats:'.padEnd(30)} # số liệu; bỏ dòng nào không có số\n`;
  if (newCases !== undefined && newCases !== '' && flags.confirmedNew !== undefined)
    yaml += line('confirmedNew', num(newCases), STAT_LABELS.confirmedNew.toLowerCase(), '  ');
  for (const key of BULLETIN_STATS) yaml += line(key, num(stats[key]), `${STAT_LABELS[key].toLowerCase()}${cumulativeNote(key)}`, '  ');
  if (districtValues.length > 0) {
    yaml += `${'districts:'.padEnd(30)} # ca mắc tích lũy theo huyện, thành phố\n`;
    for (const d of districtValues) yaml += `  - { name: ${JSON.stringify(d.name)}, confirmed: ${num(d.confirmed)} }\n`;
  }
  if (correction) yaml += line('correction', correction, 'lý do đính chính số liệu');
  yaml += '---\n';
  return { file, text: `${yaml}${body ? `${body}\n` : `${comment}\n`}` };
}

async function other(k: Exclude<Kind, 'bulletins'>): Promise<{ file: string; text: string; copies: [string, string][] }> {
  const copies: [string, string][] = [];
  let yaml = '---\n';
  let slugSource: string;
  const required = async (flag: (typeof FLAGS)[number], label: string, fallback = '') => {
    const v = await ask(flag, label, fallback);
    if (!v) fail(`thiếu ${label.toLowerCase()} (--${flag})`);
    return v;
  };
  /** Copies a file given by path next to the new entry and returns the path to write. */
  const attach = (given: string) => {
    const source = path.resolve(process.cwd(), given);
    if (!existsSync(source)) fail(`không tìm thấy tệp ${given}`);
    const target = path.join(k, path.basename(source));
    if (path.resolve(paths.contentDir, target) !== source) copies.push([source, target]);
    return `./${path.basename(source)}`;
  };
  if (k === 'directives') {
    const number = await required('number', 'Số hiệu văn bản (ví dụ 03/CT-UBND)');
    const kinds = Object.keys(DIRECTIVE_KINDS);
    const docKind = await required('kind', `Loại văn bản (${kinds.join(', ')})`, 'cong-van');
    yaml += line('number', number, 'số hiệu như in trên văn bản');
    yaml += line('kind', docKind, `loại: ${kinds.join(' | ')}`);
    yaml += line('title', await required('title', 'Trích yếu (văn bản về việc gì)'), 'trích yếu');
    yaml += line('issuer', await required('issuer', 'Cơ quan ban hành', `UBND tỉnh ${content.site.province}`), 'cơ quan ban hành');
    yaml += line('issued', await required('issued', 'Ngày ban hành (YYYY-MM-DD)', today), 'ngày ban hành');
    yaml += line('signer', await ask('signer', 'Người ký (để trống nếu không ghi)'), 'người ký');
    const urgent = await ask('urgent', 'Văn bản khẩn? (c/k)', 'k');
    if (/^(c|có|co|true|y|yes)$/i.test(urgent)) yaml += line('urgent', true, 'văn bản khẩn');
    yaml += line('effective', await ask('effective', 'Ngày có hiệu lực (YYYY-MM-DD, để trống nếu như ngày ban hành)'), 'ngày có hiệu lực');
    yaml += line(
      'expires',
      await ask('expires', 'Ngày hết hiệu lực (YYYY-MM-DD, để trống nếu không có)'),
      'sau ngày này văn bản hết hiệu lực',
    );
    const attachment = await ask('attachment', 'Đường dẫn tệp PDF/DOCX đính kèm (để trống nếu không có)');
    if (attachment) {
      yaml += `${'attachments:'.padEnd(30)} # tệp đính kèm, đặt cạnh tệp này\n`;
      yaml += `  - { file: ${JSON.stringify(attach(attachment))}, label: ${JSON.stringify(flags.label ?? 'Bản scan văn bản')} }\n`;
    }
    slugSource = number;
  } else {
    const title = await required('title', 'Tiêu đề');
    yaml += line('title', title, 'tiêu đề');
    yaml += line('date', await required('date', 'Ngày (YYYY-MM-DD)', today), 'ngày đăng');
    slugSource = title;
    if (k === 'infographics') {
      yaml += line('image', attach(await required('image', 'Đường dẫn tệp ảnh (PNG, JPG, WebP, SVG)')), 'ảnh, đặt cạnh tệp này');
      yaml += line('alt', await required('alt', 'Mô tả nội dung ảnh cho người không nhìn thấy'), 'mô tả ảnh (bắt buộc)');
      const video = await ask('video', 'Đường dẫn tệp video MP4 (để trống nếu không có)');
      if (video) yaml += line('video', attach(video), 'video, đặt cạnh tệp này');
      yaml += line('source', await ask('source', 'Nguồn (ví dụ Bộ Y tế)'), 'nguồn');
    } else if (k === 'news') {
      yaml += line('summary', await ask('summary', 'Tóm tắt một câu'), 'tóm tắt');
      const sourceName = await ask('sourceName', 'Đăng lại từ báo nào (để trống nếu là tin của trang)');
      if (sourceName) {
        yaml += `${'source:'.padEnd(30)} # bài đăng lại: ghi nguồn và liên kết\n`;
        yaml += line('name', sourceName, 'tên cơ quan báo chí', '  ');
        yaml += line('url', await ask('sourceUrl', 'Địa chỉ bài gốc (https://…)'), 'địa chỉ bài gốc', '  ');
      }
    } else {
      const verdicts = Object.keys(VERDICTS);
      yaml += line('claim', await required('claim', 'Thông tin sai đang lan truyền'), 'nội dung thông tin sai');
      yaml += line(
        'verdict',
        await required('verdict', `Kết luận (${verdicts.join(', ')})`, 'sai-su-that'),
        `kết luận: ${verdicts.join(' | ')}`,
      );
      yaml += line('claimSource', await ask('claimSource', 'Lan truyền ở đâu (Facebook, Zalo…)'), 'nơi lan truyền');
      yaml += line('action', await ask('action', 'Đã xử lý thế nào (để trống nếu chưa)'), 'hình thức xử lý');
    }
  }
  yaml += '---\n';
  const body = await ask('body', 'Nội dung (một đoạn, có thể viết sau)');
  const slug = flags.slug ?? slugify(slugSource);
  return { file: `${k}/${slug}.md`, text: `${yaml}${body ? `${body}\n` : `${comment}\n`}`, copies };
}

const made = kind === 'bulletins' ? { ...(await bulletin()), copies: [] as [string, string][] } : await other(kind);
rl?.close();
const target = path.join(paths.contentDir, made.file);
if (existsSync(target)) fail(`tệp ${made.file} đã có; không ghi đè. Hãy chọn tên khác (--slug) hoặc sửa tệp đó.`);
mkdirSync(path.dirname(target), { recursive: true });
const copied: string[] = [];
for (const [from, to] of made.copies) {
  const abs = path.join(paths.contentDir, to);
  if (!existsSync(abs)) {
    copyFileSync(from, abs);
    copied.push(abs);
  }
}
writeFileSync(target, made.text);

// The same validator as the build: the new file must pass before it stays.
const after = await loadContent(paths.contentDir, now);
const mine = after.findings.filter((f) => f.file === made.file);
for (const f of mine) console.log(formatFinding(f));
if (mine.some((f) => f.severity === 'error')) {
  rmSync(target);
  for (const abs of copied) rmSync(abs);
  fail(`chưa ghi ${made.file} vì có lỗi ở trên. Hãy chạy lại lệnh với số liệu đã sửa.`);
}
console.log(`Đã tạo ${made.file}`);
if (kind === 'bulletins') {
  const bulletins = after.entries
    .filter((e) => e.kind === 'bulletins' && e.published)
    .map((e) => ({ ...(e.data as { date: string; time: string; stats: Record<string, number>; alertLevel?: number }), file: e.file }));
  const points = buildSeries(bulletins);
  const states = alertStates(
    points.map((p) => ({ declared: p.bulletin.alertLevel, underTreatment: p.underTreatment })),
    after.site.alertThresholds,
  );
  const i = points.findIndex((p) => p.bulletin.file === made.file);
  if (i >= 0) {
    const p = points[i]!;
    const s = states[i]!;
    console.log(`Ca mắc mới trong ngày: ${p.confirmedNew ?? 'chưa rõ'}; đang điều trị: ${p.underTreatment}.`);
    console.log(`Cấp độ dịch: ${s.level} (${LEVEL_NAMES[s.level]}), ${s.declared ? 'đã công bố' : 'ước tính theo số ca đang điều trị'}.`);
  }
}
