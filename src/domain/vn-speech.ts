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

/** A phone number as announcers read it, group by group: "0205 3 870 115" → "không hai không năm, ba, tám bảy không, một một năm". */
export function readPhone(phone: string, style: SpeechStyle = DEFAULT_SPEECH): string {
  // Written without spaces: 1900 numbers in fours, a mobile number 4-3-3.
  const spaced = /^1[89]00\d{4}$/.test(phone)
    ? `${phone.slice(0, 4)} ${phone.slice(4)}`
    : /^0\d{9}$/.test(phone)
      ? `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`
      : phone;
  return spaced
    .split(/[\s.-]+/)
    .filter((g) => /\d/.test(g))
    .map((g) => digits(g, style))
    .join(', ');
}

/** "ngày mười tháng năm năm hai nghìn không trăm hai mươi". */
export function readDate(date: string, style: SpeechStyle = DEFAULT_SPEECH): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `ngày ${readNumber(d, style)} tháng ${readNumber(m, style)} năm ${readNumber(y, style)}`;
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
  [word('TP'), 'thành phố'],
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
  const m = /^(\d+)(?:\/(\d{4}))?\/(\p{L}+)(?:-(\p{L}+))?/u.exec(number.trim());
  if (!m) return number;
  const [, n, year, first, second] = m;
  const issuerFirst = !KINDS[first!] && ISSUERS[first!] !== undefined;
  const kind = written ?? (issuerFirst ? 'Công văn' : (KINDS[first!] ?? 'Văn bản'));
  const issuer = issuerFirst ? ISSUERS[first!] : second && (ISSUERS[second] ?? second);
  const of = withIssuer && issuer ? ` của ${issuer}` : '';
  return `${kind} số ${readNumber(n!, style)}${year ? ` năm ${readNumber(year, style)}` : ''}${of}`;
}

const KIND_WORDS = Object.values(KINDS).join('|');
const NUMBER = String.raw`\d+(?:\/\d{4})?\/\p{L}+(?:-\p{L}+)?`;
/** The forms readAloud reads, in its order. */
const FORMS = {
  document: new RegExp(`(?:(${KIND_WORDS}) )?(?:số )?(${NUMBER})`, 'gu'),
  phone: word(String.raw`(?:0\d{2,3}(?:[ .]\d{1,4}){1,4}|1[89]00[ .]?\d{3,4}|0\d{9})`),
  date: word(String.raw`(\d{1,2})\/(\d{1,2})\/(\d{4})`),
  roundTheClock: word(String.raw`24\/(24|7)`),
  dayMonth: word(String.raw`(\d{1,2})\/(\d{1,2})`),
  time: word(String.raw`(\d{1,2})h(\d{2})?`),
  percent: /(?<![\p{L}\p{N}])(\d+(?:,\d+)?) ?%/gu,
  range: word(String.raw`(\d+) ?[–-] ?(\d+)`),
  km: word(String.raw`(\d+(?:,\d+)?) ?km`),
};

/** A text written for the eye, in words for the ear: every number, date, time, unit and abbreviation. */
export function readAloud(text: string, style: SpeechStyle = DEFAULT_SPEECH): string {
  const n = (t: string) => readNumber(t, style);
  let out = text
    // Document numbers first, before their digits are read as numbers: "Nghị định số 09/2017/NĐ-CP".
    .replace(FORMS.document, (found: string, kind: string | undefined, number: string, at: number, all: string) =>
      readDocumentNumber(number, style, { kind, issuer: !all.startsWith(' của', at + found.length) }),
    )
    // Phone numbers, group by group: "0205 3 870 115", "1900 9095".
    .replace(FORMS.phone, (p) => readPhone(p, style))
    .replace(FORMS.date, (_, d: string, m: string, y: string) => `${n(d)} tháng ${n(m)} năm ${n(y)}`)
    .replace(FORMS.roundTheClock, (_, b: string) => `hai mươi tư trên ${n(b)}`)
    .replace(FORMS.dayMonth, (_, d: string, m: string) => `${n(d)} tháng ${n(m)}`)
    .replace(FORMS.time, (_, h: string, min?: string) => readTime(`${h}:${min ?? '00'}`, style))
    .replace(FORMS.percent, (_, x: string) => `${readWritten(x, style)} phần trăm`)
    .replace(FORMS.range, (_, a: string, b: string) => `${n(a)} đến ${n(b)}`)
    .replace(FORMS.km, (_, x: string) => `${readWritten(x, style)} ki-lô-mét`);
  for (const [re, words] of ABBREVIATIONS) out = out.replace(re, words);
  // A number written onto a letter is said apart from it: "Quốc lộ 1A" is "một A".
  return out.replace(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g, (x, at: number, all: string) =>
    /\p{L}/u.test(all[at + x.length] ?? '') ? `${readWritten(x, style)} ` : readWritten(x, style),
  );
}
