/**
 * Characters that XML, feeds or readers cannot take, stripped wherever they come from (the
 * file's own text, or a YAML escape such as "\e"), each with a warning that names the file
 * and line. Stopping the 15:00 bulletin for an invisible character would be hostile; letting
 * it through would make a feed malformed, and feed readers drop a malformed feed whole.
 */

/**
 * C0 and C1 controls other than tab and newline, U+FFFE and U+FFFF, lone surrogates, and the
 * line and paragraph separators (which break scripts and JSON readers).
 */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF\u2028\u2029\uD800-\uDFFF]/gu;

const UNSAFE_CHARACTER = new RegExp(`^${UNSAFE.source}$`, 'u');

/**
 * Zero-width characters, stripped from front matter (titles, names, numbers) only: in a body
 * a zero-width joiner may hold an emoji together, so one followed by an emoji stays.
 */
const ZERO_WIDTH = /[\u200B\u200C\u2060\uFEFF\u180E]|\u200D(?!\p{Extended_Pictographic})/gu;

const NAMES: Record<string, string> = {
  '\u2028': 'ký tự ngắt dòng U+2028',
  '\u2029': 'ký tự ngắt đoạn U+2029',
  '\u200B': 'ký tự khoảng trắng độ rộng 0 U+200B',
  '\u200C': 'ký tự độ rộng 0 U+200C',
  '\u200D': 'ký tự nối độ rộng 0 U+200D',
  '\u2060': 'ký tự độ rộng 0 U+2060',
  '\uFEFF': 'ký tự độ rộng 0 U+FEFF',
  '\u180E': 'ký tự độ rộng 0 U+180E',
};

const code = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** "ký tự điều khiển U+000B", the way the warning names a character. */
export const characterName = (ch: string): string =>
  ch.startsWith('&#')
    ? `mã ký tự ${ch}`
    : (NAMES[ch] ?? (/[\p{Cc}]/u.test(ch) ? `ký tự điều khiển ${code(ch)}` : `ký tự không hợp lệ ${code(ch)}`));

export interface Removed {
  /** 0-based line of the text where characters were removed. */
  line: number;
  /** The characters removed on that line, each once. */
  chars: string[];
}

function strip(text: string, pattern: RegExp): { text: string; removed: Removed[] } {
  if (text.search(pattern) === -1) return { text, removed: [] };
  const removed: Removed[] = [];
  const lines = text.split('\n').map((line, i) => {
    const found = line.match(pattern);
    if (!found) return line;
    removed.push({ line: i, chars: [...new Set(found)] });
    return line.replace(pattern, '');
  });
  return { text: lines.join('\n'), removed };
}

/**
 * A character reference (`&#11;`, `&#x0B;`): Markdown and HTML decode it into the page, so one
 * to an unsafe character is stripped too. Written as an HTML parser reads it: any number of
 * digits (`&#0000011;`), and the `;` may be missing (`&#x1b`).
 */
const REFERENCE = /&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?/g;

const isUnsafeReference = (ref: string): boolean => {
  const m = /&#(?:[xX]([0-9a-fA-F]+)|([0-9]+))/.exec(ref)!;
  const point = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
  return point <= 0xffff && UNSAFE_CHARACTER.test(String.fromCharCode(point));
};

/** The text without the characters no page or feed may carry (or references to them), and where they were. */
export const stripUnsafe = (text: string) => {
  const unsafe = strip(text, UNSAFE);
  if (unsafe.text.search(REFERENCE) === -1) return unsafe;
  const removed = [...unsafe.removed];
  const lines = unsafe.text.split('\n').map((line, i) => {
    const found = (line.match(REFERENCE) ?? []).filter(isUnsafeReference);
    if (found.length === 0) return line;
    removed.push({ line: i, chars: [...new Set(found)] });
    return line.replace(REFERENCE, (ref) => (isUnsafeReference(ref) ? '' : ref));
  });
  return { text: lines.join('\n'), removed };
};

/** Front matter also loses its zero-width characters. */
export const stripFrontmatter = (text: string) => {
  const unsafe = strip(text, UNSAFE);
  const zero = strip(unsafe.text, ZERO_WIDTH);
  return { text: zero.text, removed: [...unsafe.removed, ...zero.removed] };
};

/**
 * The same cleaning for values a YAML escape produced ("\e", "\u200B"): every string in the
 * parsed data, by field path. Returns the cleaned data and the fields that changed.
 */
export function cleanValues(
  data: unknown,
  at: (string | number)[] = [],
): { data: unknown; fields: { path: (string | number)[]; chars: string[] }[] } {
  if (typeof data === 'string') {
    const chars = [...new Set([...(data.match(UNSAFE) ?? []), ...(data.match(ZERO_WIDTH) ?? [])])];
    return chars.length === 0
      ? { data, fields: [] }
      : { data: data.replace(UNSAFE, '').replace(ZERO_WIDTH, ''), fields: [{ path: at, chars }] };
  }
  const fields: { path: (string | number)[]; chars: string[] }[] = [];
  if (Array.isArray(data)) {
    const out = data.map((item, i) => {
      const cleaned = cleanValues(item, [...at, i]);
      fields.push(...cleaned.fields);
      return cleaned.data;
    });
    return { data: out, fields };
  }
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(data)) {
      const cleaned = cleanValues(value, [...at, key]);
      fields.push(...cleaned.fields);
      out[cleanValues(key).data as string] = cleaned.data;
    }
    return { data: out, fields };
  }
  return { data, fields: [] };
}
