/**
 * How the search page orders and shows what Pagefind finds (src/scripts/search.ts):
 * 1. when the query holds a date, the pages of that date (the bulletins first, newest first);
 * 2. pages whose title or summary holds every word of the query;
 * 3. pages that hold the query as a phrase;
 * 4. the rest; within each, by Pagefind's score (title first, then summary and headings, then
 *    body), raised for pages that hold the query spelled exactly as typed, tone marks and all.
 */
import { canonicalWords, holdsAll, holdsPhrase, words, type Variants } from './search-terms.ts';
import { foldVietnamese } from './vn-fold.ts';

export interface PageText {
  title: string;
  summary: string;
  content: string;
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/**
 * Lower-case words with their tone marks: "Đồng Đăng" is not "đang đóng". Each word is its
 * letters without the tone, then the tone, so that the old and new placements of a tone mark
 * ("hoà" and "hòa", "thuỷ" and "thủy") are one word.
 */
const toned = (text: string) =>
  text
    .normalize('NFD')
    .toLocaleLowerCase('vi')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter(Boolean)
    .map((w) => `${w.replace(TONES, '').normalize('NFC')}${w.match(TONES)?.[0] ?? ''}`);

/**
 * 2: title or summary holds every word; 1: the text holds the query as a phrase; 0: the rest.
 * A word typed with tone marks must be there with them, unless it is one of a group's spellings.
 */
export function tier(query: string, page: PageText, v: Variants): number {
  const want = canonicalWords(query, v);
  if (want.length === 0) return 0;
  const spelled = new Set(v.spellings.flatMap((s) => s.words));
  const marked = toned(query).filter((w) => foldVietnamese(w) !== w && !spelled.has(foldVietnamese(w)));
  const holds = (text: string) => marked.length === 0 || holdsAll(toned(text), marked);
  const head = `${page.title} ${page.summary}`;
  if (holdsAll(canonicalWords(head, v), want) && holds(head)) return 2;
  const body = `${page.title} ${page.content}`;
  if (want.length > 1 && holdsPhrase(canonicalWords(body, v), want) && holds(body)) return 1;
  return 0;
}

/** Pagefind's score, doubled when the page holds the query exactly as typed with its tone marks. */
export function weigh(query: string, page: PageText, score: number): number {
  const typed = toned(query);
  const exact = words(query).join(' ') !== typed.join(' ') && holdsPhrase(toned(`${page.title} ${page.content}`), typed);
  return exact ? score * 2 : score;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * A passage of `content` where it holds most words of the query (in any of their spellings,
 * and with the tone marks typed), with those words marked: Pagefind's own excerpt knows
 * neither the spellings nor the words the build adds for the index.
 */
export function excerpt(content: string, query: string, v: Variants, length = 26): ExcerptPart[] {
  const want = canonicalWords(query, v);
  const typed = new Map(toned(query).map((w) => [foldVietnamese(w), w]));
  const spans = [...content.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    at: m.index,
    end: m.index + m[0].length,
    word: words(m[0])[0] ?? '',
    toned: toned(m[0])[0] ?? '',
  }));
  // Each word of the page that is a word of the query, with the query word it stands for. The
  // last word of the query may be one still being typed: a word it begins counts when the page
  // does not hold it whole.
  const last = want.at(-1);
  const prefix = !spans.some((s) => s.word === last);
  const marked = new Map<number, string>();
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!;
    const w = want.find((q) => s.word === q || (prefix && q === last && s.word.startsWith(q)));
    const asTyped = typed.get(w ?? '');
    if (w && (!asTyped || asTyped === w || s.toned === asTyped || (prefix && s.toned.startsWith(asTyped)))) marked.set(i, w);
    for (const sp of v.spellings) {
      if (want.includes(sp.canonical) && sp.words.every((x, k) => spans[i + k]?.word === x))
        for (let k = 0; k < sp.words.length; k++) marked.set(i + k, sp.canonical);
    }
  }
  let from = 0;
  let best = 0;
  for (const i of marked.keys()) {
    const held = new Set([...marked].filter(([j]) => j >= i && j < i + length - 6).map(([, w]) => w)).size;
    if (held > best) [from, best] = [Math.max(0, i - 6), held];
  }
  const to = Math.min(spans.length, from + length);
  if (to === 0) return [{ text: content.slice(0, 200), mark: false }];
  const parts: ExcerptPart[] = [];
  let at = spans[from]!.at;
  if (from > 0) parts.push({ text: '… ', mark: false });
  for (let i = from; i < to; i++) {
    if (!marked.has(i)) continue;
    const s = spans[i]!;
    if (s.at > at) parts.push({ text: content.slice(at, s.at), mark: false });
    parts.push({ text: content.slice(s.at, s.end), mark: true });
    at = s.end;
  }
  const end = to < spans.length ? spans[to - 1]!.end : content.length;
  if (end > at) parts.push({ text: content.slice(at, end), mark: false });
  if (to < spans.length) parts.push({ text: ' …', mark: false });
  return parts;
}
