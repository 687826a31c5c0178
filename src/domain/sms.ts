/**
 * The day's bulletin as one text message (SMS) and as the same text with tone marks, for LED
 * screens: at most 160 characters each.
 *
 * Vietnamese text messages are sent without tone marks: one character outside the GSM 7-bit
 * alphabet makes the whole message UCS-2, 70 characters a part. So the message is GSM-7 only:
 * tone marks and đ go, and the characters outside the alphabet are replaced (an en dash by "-",
 * curly quotes by straight ones), never dropped. The alphabet's extension characters
 * (`[ ] { } ~ ^ | \ €`) take two of the 160.
 *
 * When the message would run over, parts are dropped in this order, never cut inside a word
 * or a number: the figures that did not change, then the figures that did, then "Chi tiet:",
 * then the sender's words from the end (down to one), and the address last.
 */
import { foldVietnamese } from './vn-fold.ts';

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '^{}\\[~]|€\f';

/** Characters outside GSM-7 and what stands for them. */
const REPLACE: Readonly<Record<string, string>> = {
  '–': '-',
  '—': '-',
  '‑': '-',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '…': '...',
  '·': '-',
  '•': '-',
  '\u00a0': ' ',
  '×': 'x',
};

/** How many of the 160 the text takes in GSM-7, or undefined when it cannot be sent in it. */
export function gsmLength(text: string): number | undefined {
  let n = 0;
  for (const c of text) {
    if (GSM_BASIC.includes(c)) n += 1;
    else if (GSM_EXTENSION.includes(c)) n += 2;
    else return undefined;
  }
  return n;
}

const gsmOf = new Map<string, string>();

/** The text in GSM-7: tone marks and đ gone, capitals kept, other characters replaced. */
export function toGsm(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => {
      const known = gsmOf.get(c);
      if (known !== undefined) return known;
      const out = gsmChar(c);
      gsmOf.set(c, out);
      return out;
    })
    .join('');
}

function gsmChar(c: string): string {
  if (REPLACE[c] !== undefined) return REPLACE[c];
  // Vietnamese letters lose their marks even where GSM has the letter (à, è, ì, ò, ù, é).
  const folded = foldVietnamese(c);
  const plain = c === c.toLowerCase() ? folded : folded.toUpperCase();
  if (gsmLength(plain) !== undefined) return plain;
  return gsmLength(c) !== undefined ? c : '?';
}

export interface MessageFacts {
  /** The sender's short name: "SYT Lạng Sơn" (site.yaml `smsSender`). */
  sender: string;
  date: string;
  time: string;
  confirmed?: number | undefined;
  /** New cases of the day; negative when a correction lowered the cumulative figure. */
  confirmedNew?: number | undefined;
  recovered?: number | undefined;
  recoveredChange?: number | undefined;
  deaths?: number | undefined;
  deathsChange?: number | undefined;
  level?: number | undefined;
  /** The level is estimated from the cases, not declared: the message says "uoc tinh", as the page does. */
  levelEstimated?: boolean | undefined;
  /** The site's address without https://. */
  address: string;
  demo: boolean;
  /** A corrected bulletin: the message says "Dinh chinh". */
  corrected: boolean;
}

/** "SYT Lạng Sơn", from "Sở Y tế tỉnh Lạng Sơn": the default sender when site.yaml has no `smsSender`. */
export function defaultSender(source: string): string {
  return source
    .normalize('NFC')
    .replace(/^Sở Y tế(?=\s|$)/iu, 'SYT')
    .replace(/\s+(tỉnh|thành phố)\s+/iu, ' ')
    .trim();
}

const count = (n: number) => String(n);
const signed = (n: number) => (n >= 0 ? `+${n}` : String(n));

/** The message, at most `limit` characters (GSM-7 unless `toned`). */
export function bulletinMessage(facts: MessageFacts, { toned = false, limit = 160 } = {}): string {
  const [y, m, d] = facts.date.split('-');
  const [hh, mm] = facts.time.split(':');
  const hour = `${Number(hh)}h${mm === '00' ? '' : mm}`;
  const w = toned
    ? {
        cases: 'ca mắc',
        newCases: 'ca mắc mới',
        recovered: 'khỏi',
        deaths: 'tử vong',
        level: 'Cấp độ',
        estimated: 'ước tính',
        more: 'Chi tiết:',
        demo: 'Dữ liệu minh họa',
        fix: 'Đính chính',
      }
    : {
        cases: 'ca mac',
        newCases: 'ca mac moi',
        recovered: 'khoi',
        deaths: 'tu vong',
        level: 'Cap do',
        estimated: 'uoc tinh',
        more: 'Chi tiet:',
        demo: 'du lieu minh hoa',
        fix: 'Dinh chinh',
      };
  // Parts in reading order; `drop` is the order they go in when the text runs over (lower first).
  const figures: { text: string; drop: number }[] = [];
  if (facts.confirmed !== undefined)
    figures.push({
      text: `${count(facts.confirmed)} ${w.cases}${facts.confirmedNew !== undefined ? ` (${signed(facts.confirmedNew)})` : ''}`,
      drop: 99,
    });
  // Without the cumulative figure, the day's new cases alone.
  else if (facts.confirmedNew !== undefined) figures.push({ text: `${count(facts.confirmedNew)} ${w.newCases}`, drop: 99 });
  if (facts.recovered !== undefined)
    figures.push({ text: `${count(facts.recovered)} ${w.recovered}`, drop: facts.recoveredChange ? 2 : 1 });
  if (facts.deaths !== undefined) figures.push({ text: `${count(facts.deaths)} ${w.deaths}`, drop: facts.deathsChange ? 2 : 1 });
  // Never dropped: demo data and a correction say so.
  const prefix = `${facts.demo ? `[${w.demo}] ` : ''}${facts.corrected ? `${w.fix}: ` : ''}`;
  let kept = figures;
  let more = true;
  let address = true;
  let sender = facts.sender.split(' ');
  const text = () => {
    const head = `${prefix}${sender.join(' ')} ${hour} ${d}/${m}/${y}:`;
    const body = kept.map((f) => f.text).join(', ');
    const level = facts.level !== undefined ? ` ${w.level}${facts.levelEstimated ? ` ${w.estimated}` : ''} ${facts.level}.` : '';
    const tail = address ? ` ${more ? `${w.more} ` : ''}${facts.address}` : '';
    const out = `${head} ${body}.${level}${tail}`.replace(/ {2,}/g, ' ');
    return toned ? out.normalize('NFC') : toGsm(out);
  };
  const length = (t: string) => (toned ? [...t].length : (gsmLength(t) ?? Infinity));
  const fits = () => length(text()) <= limit;
  for (const step of [
    () => (kept = kept.filter((f) => f.drop !== 1)),
    () => (kept = kept.filter((f) => f.drop !== 2)),
    () => (more = false),
  ]) {
    if (fits()) return text();
    step();
  }
  // The sender's words from the end, keeping the address; failing that, without the address, the whole sender again.
  const full = sender;
  for (const withAddress of [true, false]) {
    address = withAddress;
    for (sender = full; ; sender = sender.slice(0, -1)) {
      if (fits()) return text();
      if (sender.length === 1) break;
    }
  }
  return text();
}
