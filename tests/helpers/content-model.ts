/**
 * A small content folder as data, for the differential rebuild test: steps change the data
 * (an entry added, edited, removed or renamed, a setting changed, the clock moved), and the
 * folder is written from it, so that every step leaves valid content the way staff would.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const DAY = 86_400;
const VN = 7 * 3600;

/** A seeded random number generator (mulberry32): the same seed, the same sequence of steps. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    shuffle: <T>(list: readonly T[]): T[] => {
      const out = [...list];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}
export type Random = ReturnType<typeof random>;

/** Vietnam's date of an instant (seconds since 1970). */
export const vnDate = (epoch: number) => new Date((epoch + VN) * 1000).toISOString().slice(0, 10);
/** The instant of a Vietnam date and time. */
export const vnEpoch = (date: string, time = '00:00') => Date.parse(`${date}T${time}:00+07:00`) / 1000;
export const addDays = (date: string, days: number) => vnDate(vnEpoch(date, '12:00') + days * DAY);
const vnMoment = (epoch: number) => new Date((epoch + VN) * 1000).toISOString().slice(0, 16);

export interface Bulletin {
  stats: { confirmed: number; recovered: number; suspected: number };
  districts: { name: string; confirmed: number }[];
  alertLevel?: number;
  correction?: string;
  publishAt?: string;
  body: string;
}
export interface Directive {
  number: string;
  title: string;
  issued: string;
  effective?: string;
  expires?: string;
  replaces: string[];
  amends: string[];
  /** The attachment's name and a version of its content. */
  attachment?: { file: string; version: number };
  body: string;
}
export interface Picture {
  file: string;
  /** PNG or SVG, and a colour: a new colour is new content under the same name. */
  kind: 'png' | 'svg';
  colour: number;
}
export interface Infographic {
  title: string;
  date: string;
  image: Picture;
  body: string;
}
export interface News {
  title: string;
  date: string;
  publishAt?: string;
  image?: Picture;
  /** A file linked from the body, published beside the page. */
  link?: { file: string; version: number };
  body: string;
}
export interface Factcheck {
  title: string;
  date: string;
  claim: string;
  verdict: 'sai-su-that' | 'gay-hieu-lam';
  body: string;
}
export interface StandingPage {
  title: string;
  order: number;
  body: string;
}

export interface Model {
  /** The build clock, seconds since 1970. */
  clock: number;
  site: {
    name: string;
    description: string;
    notice?: { text: string; until?: string };
    searchVariants?: string[];
    speech?: { thousand: string; five: string };
  };
  hotlines: { name: string; phone: string }[];
  bulletins: Map<string, Bulletin>;
  directives: Map<string, Directive>;
  infographics: Map<string, Infographic>;
  news: Map<string, News>;
  factchecks: Map<string, Factcheck>;
  pages: Map<string, StandingPage>;
  /** A counter for new names and numbers. */
  serial: number;
}

const COLOURS = ['#0b3a6e', '#c0392b', '#27ae60', '#f39c12', '#8e44ad', '#16a085'];
const pngs = new Map<number, Buffer>();

/** PNG pictures of each colour, made once (sharp is asynchronous, writing the folder is not). */
export async function preparePictures(): Promise<void> {
  for (const [i, background] of COLOURS.entries()) {
    pngs.set(
      i,
      await sharp({ create: { width: 48, height: 32, channels: 3, background } })
        .png()
        .toBuffer(),
    );
  }
}

function picture(p: Picture): Buffer | string {
  if (p.kind === 'png') return pngs.get(p.colour % COLOURS.length)!;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="32" viewBox="0 0 48 32"><rect width="48" height="32" fill="${COLOURS[p.colour % COLOURS.length]}"/></svg>\n`;
}

const yamlText = (s: string) => JSON.stringify(s);
const md = (lines: (string | false | undefined)[], body: string) => `---\n${lines.filter(Boolean).join('\n')}\n---\n${body}\n`;

/** Every file of the folder the model describes. */
export function files(m: Model): Map<string, string | Buffer> {
  const out = new Map<string, string | Buffer>();
  const notice = m.site.notice
    ? `notice:\n  text: ${yamlText(m.site.notice.text)}\n  link: /tin-tuc/\n${m.site.notice.until ? `  until: ${m.site.notice.until}\n` : ''}`
    : '';
  out.set(
    'site.yaml',
    `name: ${yamlText(m.site.name)}\nagency: Sở Thông tin và Truyền thông tỉnh Thử Nghiệm\nprovince: Thử Nghiệm\nurl: https://sukien.example.org\nbulletinSource: Sở Y tế tỉnh Thử Nghiệm\ndescription: ${yamlText(m.site.description)}\n${notice}${
      m.site.searchVariants ? `searchVariants:\n${m.site.searchVariants.map((g) => `  - ${yamlText(g)}\n`).join('')}` : ''
    }${m.site.speech ? `speech:\n  thousand: ${m.site.speech.thousand}\n  five: ${m.site.speech.five}\n` : ''}`,
  );
  out.set('hotlines.yaml', m.hotlines.map((h) => `- name: ${yamlText(h.name)}\n  phone: "${h.phone}"\n`).join(''));
  for (const [date, b] of m.bulletins) {
    out.set(
      `bulletins/${date}.md`,
      md(
        [
          `date: ${date}`,
          b.publishAt && `publishAt: ${b.publishAt}`,
          b.alertLevel !== undefined && `alertLevel: ${b.alertLevel}`,
          `stats: { confirmed: ${b.stats.confirmed}, recovered: ${b.stats.recovered}, suspected: ${b.stats.suspected} }`,
          `districts:\n${b.districts.map((d) => `  - { name: ${d.name}, confirmed: ${d.confirmed} }`).join('\n')}`,
          b.correction && `correction: ${yamlText(b.correction)}`,
        ],
        b.body,
      ),
    );
  }
  for (const [slug, d] of m.directives) {
    out.set(
      `directives/${slug}.md`,
      md(
        [
          `number: ${d.number}`,
          'kind: chi-thi',
          `title: ${yamlText(d.title)}`,
          'issuer: UBND tỉnh Thử Nghiệm',
          `issued: ${d.issued}`,
          d.effective && `effective: ${d.effective}`,
          d.expires && `expires: ${d.expires}`,
          d.replaces.length > 0 && `replaces: [${d.replaces.join(', ')}]`,
          d.amends.length > 0 && `amends: [${d.amends.join(', ')}]`,
          d.attachment && `attachments:\n  - { file: ./${d.attachment.file}, label: Bản scan }`,
        ],
        d.body,
      ),
    );
    if (d.attachment) out.set(`directives/${d.attachment.file}`, `%PDF-1.4\n% ${slug} v${d.attachment.version}\n%%EOF\n`);
  }
  for (const [slug, g] of m.infographics) {
    out.set(
      `infographics/${slug}.md`,
      md([`title: ${yamlText(g.title)}`, `date: ${g.date}`, `image: ./${g.image.file}`, `alt: ${yamlText(`Hình: ${g.title}`)}`], g.body),
    );
    out.set(`infographics/${g.image.file}`, picture(g.image));
  }
  for (const [slug, n] of m.news) {
    const link = n.link ? `\n\n[Tải kế hoạch](./${n.link.file})` : '';
    out.set(
      `news/${slug}.md`,
      md(
        [
          `title: ${yamlText(n.title)}`,
          `date: ${n.date}`,
          n.publishAt && `publishAt: ${n.publishAt}`,
          n.image && `image: ./${n.image.file}`,
          n.image && 'imageAlt: Ảnh minh họa',
        ],
        `${n.body}${link}`,
      ),
    );
    if (n.image) out.set(`news/${n.image.file}`, picture(n.image));
    if (n.link) out.set(`news/${n.link.file}`, `%PDF-1.4\n% ${slug} v${n.link.version}\n%%EOF\n`);
  }
  for (const [slug, f] of m.factchecks) {
    out.set(
      `factchecks/${slug}.md`,
      md([`title: ${yamlText(f.title)}`, `date: ${f.date}`, `claim: ${yamlText(f.claim)}`, `verdict: ${f.verdict}`], f.body),
    );
  }
  for (const [slug, p] of m.pages) out.set(`pages/${slug}.md`, md([`title: ${yamlText(p.title)}`, `order: ${p.order}`], p.body));
  return out;
}

/** Make the folder hold exactly the model's files: changed ones rewritten, the others left untouched, removed ones deleted. */
export function writeModel(m: Model, dir: string): void {
  const wanted = files(m);
  const present = existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()) : [];
  for (const f of present) {
    const rel = path.relative(dir, path.join(f.parentPath, f.name)).split(path.sep).join('/');
    if (!wanted.has(rel)) rmSync(path.join(dir, rel));
  }
  for (const [rel, content] of wanted) {
    const abs = path.join(dir, rel);
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    if (existsSync(abs) && readFileSync(abs).equals(bytes)) continue;
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, bytes);
  }
}

/** 6 March 2020, 17:00 in Vietnam: after the day's bulletin. */
export const START = vnEpoch('2020-03-06', '17:00');

const DISTRICTS = ['Cao Lộc', 'TP Lạng Sơn', 'Hữu Lũng'];

/** The folder the test starts from: five bulletins, directives with dates coming due, news, an infographic of each kind, a fact-check and two standing pages. */
export function initialModel(): Model {
  const bulletins = new Map<string, Bulletin>();
  for (let i = 0; i < 5; i++) {
    const date = addDays('2020-03-01', i);
    bulletins.set(date, {
      stats: { confirmed: 2 + i, recovered: i > 2 ? 1 : 0, suspected: 10 + i },
      districts: [
        { name: DISTRICTS[0]!, confirmed: 1 + i },
        { name: DISTRICTS[1]!, confirmed: 1 },
      ],
      ...(i === 2 && { alertLevel: 2 }),
      body: i === 3 ? 'Thực hiện Chỉ thị số 01/CT-UBND ngày 01/03/2020, các huyện kiểm soát chặt chẽ.' : `Diễn biến ngày ${i + 1}.`,
    });
  }
  const directive = (n: number, extra: Partial<Directive>): Directive => ({
    number: `${String(n).padStart(2, '0')}/CT-UBND`,
    title: `Về việc phòng, chống dịch, đợt ${n}`,
    issued: '2020-03-01',
    replaces: [],
    amends: [],
    body: `Nội dung chỉ thị số ${n}.`,
    ...extra,
  });
  return {
    clock: START,
    site: {
      name: 'Thông tin dịch bệnh tỉnh Thử Nghiệm',
      description: 'Kênh thông tin chính thống.',
      notice: { text: 'Tạm dừng chợ phiên đến hết ngày 07/03/2020', until: '2020-03-08T00:00' },
    },
    hotlines: [
      { name: 'Đường dây nóng Bộ Y tế', phone: '19009095' },
      { name: 'Sở Y tế', phone: '0205 3870 000' },
      { name: 'Trung tâm Kiểm soát bệnh tật', phone: '0205 3870 111' },
    ],
    bulletins,
    directives: new Map([
      ['01-ct-ubnd', directive(1, { expires: '2020-03-09', attachment: { file: '01-ct-ubnd.pdf', version: 1 } })],
      ['02-ct-ubnd', directive(2, { issued: '2020-03-05', effective: '2020-03-08' })],
      [
        '03-ct-ubnd',
        directive(3, { issued: '2020-03-05', expires: '2020-03-12', body: 'Thực hiện Chỉ thị số 01/CT-UBND ngày 01/03/2020.' }),
      ],
      // Of the year before last: in the search index's archive (src/domain/search-parts.ts).
      ['99-ct-ubnd', directive(99, { issued: '2018-12-30', body: 'Chỉ thị của năm trước.' })],
    ]),
    infographics: new Map([
      ['5k', { title: 'Khuyến cáo 5K', date: '2020-03-02', image: { file: '5k.png', kind: 'png', colour: 0 }, body: 'Năm điều cần làm.' }],
      ['rua-tay', { title: 'Rửa tay đúng cách', date: '2020-03-03', image: { file: 'rua-tay.svg', kind: 'svg', colour: 1 }, body: '' }],
    ]),
    news: new Map([
      [
        'chot-kiem-dich',
        {
          title: 'Lập chốt kiểm dịch',
          date: '2020-03-04',
          image: { file: 'chot.png', kind: 'png', colour: 2 },
          body: 'Tỉnh lập chốt kiểm dịch.',
        },
      ],
      [
        'ke-hoach',
        { title: 'Kế hoạch tiêm chủng', date: '2020-03-05', link: { file: 'ke-hoach.pdf', version: 1 }, body: 'Kế hoạch kèm theo.' },
      ],
      ['hen-gio', { title: 'Tin hẹn giờ', date: '2020-03-07', publishAt: '2020-03-07T08:00', body: 'Tin đăng lúc 8 giờ sáng.' }],
      ['tin-nam-truoc', { title: 'Tin của năm trước', date: '2018-12-31', body: 'Tổng kết năm.' }],
    ]),
    factchecks: new Map([
      [
        'tin-gia',
        {
          title: 'Không có chuyện phong tỏa toàn tỉnh',
          date: '2020-03-04',
          claim: 'Tỉnh phong tỏa toàn bộ',
          verdict: 'sai-su-that',
          body: 'Thông tin chính thức.',
        },
      ],
    ]),
    pages: new Map([
      ['can-biet', { title: 'Thông tin cần biết', order: 1, body: 'Những điều cần biết.' }],
      ['khai-bao', { title: 'Khai báo y tế', order: 2, body: 'Khai báo tại tokhaiyte.vn.' }],
    ]),
    serial: 10,
  };
}

/** Moments still to come that change what pages show without any file changing. */
export function dueMoments(m: Model): { kind: 'expires' | 'effective' | 'publishAt' | 'until' | 'new year'; at: number }[] {
  const out: { kind: 'expires' | 'effective' | 'publishAt' | 'until' | 'new year'; at: number }[] = [];
  // An entry out now dated in a later year: the search index's parts move on New Year's Day.
  const year = Number(vnDate(m.clock).slice(0, 4));
  const isOut = (e: { publishAt?: string }) => !e.publishAt || Date.parse(`${e.publishAt}:00+07:00`) / 1000 <= m.clock;
  const dates = [
    ...[...m.bulletins].filter(([, b]) => isOut(b)).map(([date]) => date),
    ...[...m.news.values()].filter(isOut).map((n) => n.date),
    ...[...m.directives.values()].map((d) => d.issued),
    ...[...m.infographics.values(), ...m.factchecks.values()].map((e) => e.date),
  ];
  if (dates.some((d) => Number(d.slice(0, 4)) > year)) out.push({ kind: 'new year', at: vnEpoch(`${year + 1}-01-01`) });
  // A directive is past `expires` from the day after it, in force from `effective`.
  for (const d of m.directives.values()) {
    if (d.expires) out.push({ kind: 'expires', at: vnEpoch(addDays(d.expires, 1)) });
    if (d.effective) out.push({ kind: 'effective', at: vnEpoch(d.effective) });
  }
  for (const e of [...m.news.values(), ...m.bulletins.values()]) {
    if (e.publishAt) out.push({ kind: 'publishAt', at: Date.parse(`${e.publishAt}:00+07:00`) / 1000 });
  }
  if (m.site.notice?.until) out.push({ kind: 'until', at: Date.parse(`${m.site.notice.until}:00+07:00`) / 1000 });
  return out.filter((d) => d.at > m.clock).sort((a, b) => a.at - b.at);
}

export const moment = vnMoment;
