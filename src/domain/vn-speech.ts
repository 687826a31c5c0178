/**
 * Vietnamese to be read aloud by a commune announcer: numbers, dates, times, percentages,
 * ranges, phone numbers, document numbers and abbreviations written out in words.
 *
 * Numbers are read by `read-vietnamese-number`, which reads the hard cases right (mốt, tư,
 * lăm, linh/lẻ, "không trăm", nghìn/triệu/tỷ: tests/unit/vn-speech.test.ts holds the table);
 * the regional style (nghìn or ngàn, linh or lẻ, tư or bốn, lăm or nhăm) is the site's choice.
 */
import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';

export interface SpeechStyle {
  thousand: 'nghìn' | 'ngàn';
  odd: 'linh' | 'lẻ';
  four: 'tư' | 'bốn';
  five: 'lăm' | 'nhăm';
}

/** The style of the North and of official broadcasts. */
export const DEFAULT_SPEECH: SpeechStyle = { thousand: 'nghìn', odd: 'linh', four: 'tư', five: 'lăm' };

const configs = new Map<string, ReadingConfig>();
function config(style: SpeechStyle): ReadingConfig {
  const key = `${style.thousand} ${style.odd} ${style.four} ${style.five}`;
  const known = configs.get(key);
  if (known) return known;
  const c = new ReadingConfig();
  configs.set(key, c);
  c.unit = [];
  c.units = [[], [style.thousand], ['triệu'], ['tỷ']];
  c.oddText = style.odd;
  c.fourToneText = style.four;
  c.fiveToneText = style.five;
  return c;
}

/** A whole number in words: 1005 → "một nghìn không trăm linh năm". */
export function readNumber(n: number | bigint | string, style: SpeechStyle = DEFAULT_SPEECH): string {
  return doReadNumber(typeof n === 'number' ? String(Math.trunc(n)) : n, config(style));
}

/** A number written the Vietnamese way ("1.336", "3,5"): its words, the decimal comma read "phẩy". */
function readWritten(text: string, style: SpeechStyle): string {
  const [whole, fraction] = text.replace(/\./g, '').split(',');
  const words = readNumber(whole!, style);
  if (fraction === undefined) return words;
  // "3,05" is "ba phẩy không năm": a fraction with a leading zero is read digit by digit.
  const tail = fraction.startsWith('0') ? digits(fraction, style) : readNumber(fraction, style);
  return `${words} phẩy ${tail}`;
}

/** Digit by digit: "0205" → "không hai không năm". */
export function digits(text: string, style: SpeechStyle = DEFAULT_SPEECH): string {
  return [...text.replace(/\D/g, '')].map((d) => readNumber(d, style)).join(' ');
}

/**
 * A phone number as announcers read it, group by group: "0205 3 870 115" → "không hai không
 * năm, ba, tám bảy không, một một năm". Written without spaces it is grouped the usual way
 * (1900 9095, 0912 345 678, 0205 387 0115); +84 is read as the 0 it stands for.
 */
export function readPhone(phone: string, style: SpeechStyle = DEFAULT_SPEECH): string {
  const plain = phone.replace(/^\+84[\s.-]*/, '0').replace(/[()]/g, ' ');
  const digitsOnly = plain.replace(/\D/g, '');
  const grouped = /^\d+$/.test(plain.trim())
    ? /^1[89]00/.test(digitsOnly)
      ? [digitsOnly.slice(0, 4), digitsOnly.slice(4)]
      : [digitsOnly.slice(0, 4), digitsOnly.slice(4, 7), digitsOnly.slice(7)]
    : plain.split(/[\s.-]+/);
  return grouped
    .filter((g) => /\d/.test(g))
    .map((g) => digits(g, style))
    .join(', ');
}

/** A month's name: "tư" for April, whatever the style of the other numbers. */
const month = (m: number, style: SpeechStyle) => (m === 4 ? 'tư' : readNumber(m, style));

/** "ngày mười tháng năm năm hai nghìn không trăm hai mươi". */
export function readDate(date: string, style: SpeechStyle = DEFAULT_SPEECH): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `ngày ${readNumber(d, style)} tháng ${month(m, style)} năm ${readNumber(y, style)}`;
}

/** "15:00" → "mười lăm giờ"; "15:30" → "mười lăm giờ ba mươi phút". */
export function readTime(time: string, style: SpeechStyle = DEFAULT_SPEECH): string {
  const [h, min] = time.split(':').map(Number) as [number, number];
  return min === 0 ? `${readNumber(h, style)} giờ` : `${readNumber(h, style)} giờ ${readNumber(min, style)} phút`;
}

/** Issuers of documents as their codes are written in a number, and their spoken names (docs/content-format.md). */
export const ISSUERS: Readonly<Record<string, string>> = {
  UBND: 'Ủy ban nhân dân',
  BYT: 'Bộ Y tế',
  TTg: 'Thủ tướng Chính phủ',
  CP: 'Chính phủ',
  BCĐ: 'Ban Chỉ đạo',
  STTTT: 'Sở Thông tin và Truyền thông',
  SYT: 'Sở Y tế',
  BTTTT: 'Bộ Thông tin và Truyền thông',
  HĐND: 'Hội đồng nhân dân',
  TU: 'Tỉnh ủy',
};

/** Kinds of documents as their codes are written in a number. */
export const KINDS: Readonly<Record<string, string>> = {
  CV: 'Công văn',
  CT: 'Chỉ thị',
  QĐ: 'Quyết định',
  NĐ: 'Nghị định',
  TB: 'Thông báo',
  KH: 'Kế hoạch',
  CĐ: 'Công điện',
  HD: 'Hướng dẫn',
  NQ: 'Nghị quyết',
  TT: 'Thông tư',
};

/** A whole word of `source` (JavaScript's \b knows no Vietnamese letter). */
const word = (source: string, flags = 'gu') => new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, flags);

/** Abbreviations written out. */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [word('UBND'), 'Ủy ban nhân dân'],
  [word('HĐND'), 'Hội đồng nhân dân'],
  [word('BCĐ'), 'Ban Chỉ đạo'],
  [word(String.raw`TP\.? ?HCM`), 'Thành phố Hồ Chí Minh'],
  [word(String.raw`TP\.?`), 'thành phố'],
  [word('TTYT'), 'Trung tâm Y tế'],
  [word('CDC'), 'Trung tâm Kiểm soát bệnh tật'],
  [word('SYT'), 'Sở Y tế'],
  [word('BYT'), 'Bộ Y tế'],
  [word('WHO'), 'Tổ chức Y tế Thế giới'],
  [word('COVID-19', 'giu'), 'Cô-vít mười chín'],
  [word('nCoV', 'giu'), 'en-cô-vi'],
];

/**
 * A document number as an announcer reads it: "03/CT-UBND" → "Chỉ thị số ba của Ủy ban nhân
 * dân", "09/2017/NĐ-CP" → "Nghị định số chín năm hai nghìn không trăm mười bảy của Chính phủ".
 * A công văn's number opens with its issuer ("1102/SYT-NVY": Sở Y tế, its office NVY), which
 * is read and the office left out. `kind` is the kind as the text writes it, if it does;
 * `issuer: false` leaves the issuer out (the text names it next: "… của UBND tỉnh").
 */
export function readDocumentNumber(
  number: string,
  style: SpeechStyle = DEFAULT_SPEECH,
  { kind: written, issuer: withIssuer = true }: { kind?: string; issuer?: boolean } = {},
): string {
  const m = /^(\d+)(?:\/(\d{4}))?\/(\p{L}[\p{L}\d]*)(?:-(\p{L}[\p{L}\d]*))?/u.exec(number.trim());
  if (!m) return number;
  const [, n, year, first, second] = m;
  const issuerFirst = !KINDS[first!] && ISSUERS[first!] !== undefined;
  const kind = written ?? (issuerFirst ? 'Công văn' : (KINDS[first!] ?? 'Văn bản'));
  // "30/2021/QH15" under "Nghị quyết số": the code after the year is its issuer.
  const issuer = issuerFirst ? ISSUERS[first!] : second ? (ISSUERS[second] ?? second) : written && !KINDS[first!] ? first : undefined;
  const of = withIssuer && issuer ? ` của ${issuer}` : '';
  return `${kind} số ${readNumber(n!, style)}${year ? ` năm ${readNumber(year, style)}` : ''}${of}`;
}

const KIND_WORDS = Object.values(KINDS).join('|');
const CODE = String.raw`\p{L}[\p{L}\d]*`;
const NUMBER = String.raw`\d+(?:\/\d{4})?\/${CODE}(?:-${CODE})*`;
/** Words after which "24/3" is a date; elsewhere "2/3 số ca" is a fraction. */
const DATE_WORDS = 'ngày|từ|đến|hôm|nay|sáng|trưa|chiều|tối|đêm|mùng|trước|sau';
/** Ordinals: "thứ 4" is "thứ tư", "lần thứ 1" is "lần thứ nhất". */
const ORDINALS: Readonly<Record<string, string>> = { '1': 'nhất', '4': 'tư' };
/** The forms readAloud reads, in its order. */
const FORMS = {
  document: new RegExp(`(?<![\\p{L}\\p{N}./])(?:(${KIND_WORDS}) )?(số )?(${NUMBER})`, 'giu'),
  grouped: /(?<![\p{L}\p{N}.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\p{N}])/gu,
  phone:
    /(?<![\p{L}\p{N}.,/])(?:\+84[ .-]?\d{2,3}|\(?0\d{2,3}\)?)(?:[ .-]?\d{1,4}){1,4}(?![\p{N}/])|(?<![\p{L}\p{N}.,/])1[89]00[ .-]?\d{3,4}(?:[ .-]?\d{3})?(?![\p{N}/])/gu,
  date: word(String.raw`(\d{1,2})\/(\d{1,2})\/(\d{4})`),
  isoDate: word(String.raw`(\d{4})-(\d{2})-(\d{2})`),
  // Not "tháng 4-5", a range of months, read by `range`.
  month: word(String.raw`tháng (\d{1,2})(?:\/(\d{4}))?(?! ?[–-] ?\d)`),
  roundTheClock: word(String.raw`24\/(24|7)h?`),
  dayMonth: word(String.raw`(\d{1,2})\/(\d{1,2})`),
  timeRange: word(String.raw`(\d{1,2})h(\d{2})? ?[–-] ?(\d{1,2})h(\d{2})?`),
  time: word(String.raw`(\d{1,2})h(\d{2})?`),
  clock: word(String.raw`([01]?\d|2[0-3]):([0-5]\d)`),
  ordinal: word(String.raw`thứ (\d{1,2})`),
  percent: /(?<![\p{L}\p{N}])(\d+(?:,\d+)?) ?%/gu,
  range: word(String.raw`(\d+) ?[–-] ?(\d+)`),
  km: word(String.raw`(\d+(?:,\d+)?) ?km`),
};

/** A text written for the eye, in words for the ear: every number, date, time, unit and abbreviation. */
export function readAloud(text: string, style: SpeechStyle = DEFAULT_SPEECH): string {
  const n = (t: string) => readNumber(t, style);
  const time = (h: string, min?: string) => readTime(`${h}:${min ?? '00'}`, style);
  // "từ 1/4" is said "từ ngày một tháng tư"; after "ngày" or "mùng", the date alone.
  const day = (all: string, at: number) => (/(?:ngày|mùng) $/iu.test(all.slice(Math.max(0, at - 5), at)) ? '' : 'ngày ');
  let out = text
    .replace(/&nbsp;|\u00a0/g, ' ')
    // Document numbers first, before their digits are read as numbers: "Nghị định số 09/2017/NĐ-CP".
    // A kind the writer put before "số" is kept as written ("Văn bản số …" stays so).
    .replace(FORMS.document, (found: string, kind: string | undefined, so: string | undefined, number: string, at: number, all: string) => {
      // "35/CT-UBND ngày 20/3/2020 của UBND tỉnh": the issuer is named after the date, so once.
      const issuer = !/^(?: ngày \d{1,2}\/\d{1,2}(?:\/\d{4})?)?,? của/u.test(all.slice(at + found.length));
      const spoken = readDocumentNumber(number, style, { kind, issuer });
      return kind || !so ? spoken : spoken.replace(/^.*? số /u, 'số ');
    })
    // Numbers in thousands ("1.000.000") before phone numbers, which they would look like.
    .replace(FORMS.grouped, (x) => readWritten(x, style))
    // Phone numbers, group by group: "0205 3 870 115", "1900 9095", "(0205) 3 812 000".
    .replace(FORMS.phone, (p) => {
      const count = p.replace(/\D/g, '').length;
      return count >= 8 && count <= 12 ? readPhone(p, style) : p;
    })
    .replace(
      FORMS.date,
      (_, d: string, m: string, y: string, at: number, all: string) =>
        `${day(all, at)}${n(d)} tháng ${month(Number(m), style)} năm ${n(y)}`,
    )
    .replace(FORMS.isoDate, (x: string, y: string, m: string, d: string) =>
      Number(m) >= 1 && Number(m) <= 12 && Number(d) >= 1 && Number(d) <= 31
        ? `ngày ${n(d)} tháng ${month(Number(m), style)} năm ${n(y)}`
        : x,
    )
    // "tháng 4/2020" is "tháng tư năm hai nghìn không trăm hai mươi".
    .replace(FORMS.month, (x: string, m: string, y: string | undefined) =>
      Number(m) >= 1 && Number(m) <= 12 ? `tháng ${month(Number(m), style)}${y ? ` năm ${n(y)}` : ''}` : x,
    )
    .replace(FORMS.roundTheClock, (_, b: string) => `hai mươi tư trên ${n(b)}`)
    .replace(FORMS.dayMonth, (_: string, d: string, m: string, at: number, all: string) => {
      const isDate =
        Number(d) >= 1 &&
        Number(d) <= 31 &&
        Number(m) >= 1 &&
        Number(m) <= 12 &&
        new RegExp(`(?:${DATE_WORDS}) $`, 'iu').test(all.slice(Math.max(0, at - 6), at));
      return isDate ? `${day(all, at)}${n(d)} tháng ${month(Number(m), style)}` : `${n(d)} trên ${n(m)}`;
    })
    .replace(
      FORMS.timeRange,
      (_, h1: string, m1: string | undefined, h2: string, m2: string | undefined) => `${time(h1, m1)} đến ${time(h2, m2)}`,
    )
    .replace(FORMS.time, (_, h: string, min?: string) => time(h, min))
    .replace(FORMS.clock, (_, h: string, min: string) => time(h, min))
    .replace(FORMS.ordinal, (_, x: string) => `thứ ${ORDINALS[x] ?? n(x)}`)
    .replace(FORMS.percent, (_, x: string) => `${readWritten(x, style)} phần trăm`)
    .replace(FORMS.range, (_, a: string, b: string) => `${n(a)} đến ${n(b)}`)
    .replace(FORMS.km, (_, x: string) => `${readWritten(x, style)} ki-lô-mét`)
    // "80.000 đồng/người/ngày": "một người, một ngày" as said.
    .replace(/(?<=[\p{L}\p{N}]) ?\/ ?(?=\p{L})/gu, ' một ');
  for (const [re, words] of ABBREVIATIONS) out = out.replace(re, words);
  // A number written onto a letter is said apart from it: "Quốc lộ 1A" is "một A", "F0" is "F không".
  return out.replace(/\d+(?:,\d+)?/g, (x, at: number, all: string) => {
    const before = /\p{L}/u.test(all[at - 1] ?? '') ? ' ' : '';
    const after = /\p{L}/u.test(all[at + x.length] ?? '') ? ' ' : '';
    return `${before}${readWritten(x, style)}${after}`;
  });
}
