/**
 * Words as search sees them, shared by the build (what a page adds to the index) and the search
 * page (how it reads a query and ranks what Pagefind finds).
 *
 * - Spellings of one term ("vắc xin", "vaccine", "vacxin", "vắc-xin") are one word: a page that
 *   holds any of them gets the group's canonical word in the index (`indexWords`), and a query
 *   holding any of them searches for that word (`canonicalQuery`). Only spellings are grouped:
 *   F0, F1 and F2 are different things, so they are never variants of each other.
 * - Host names in links ("https://ncovi.vnpt.vn/") are words of the page too: Pagefind then
 *   finds it by "ncovi", "vnpt" or the whole name, as it does for a name in the text.
 */
import { foldVietnamese } from './vn-fold.ts';

/** Groups of spellings of one term; a province adds its own in site.yaml (`searchVariants`). */
export const DEFAULT_VARIANTS: readonly (readonly string[])[] = [
  ['vắc xin', 'vaccine', 'vacxin', 'vắc-xin', 'vaccin'],
  ['covid', 'covid-19', 'covid19', 'ncov', 'corona', 'sars-cov-2'],
];

/** The default groups and a province's own (site.yaml); groups that share a spelling become one, named by the first. */
export function variantGroups(extra: readonly (readonly string[])[] = []): string[][] {
  const key = (s: string) => words(s).join(' ');
  const groups: string[][] = [];
  for (const group of [...DEFAULT_VARIANTS, ...extra]) {
    const keys = new Set(group.map(key));
    const joined = groups.filter((g) => g.some((s) => keys.has(key(s))));
    const merged = [...joined.flat(), ...group].filter((s, i, all) => all.findIndex((t) => key(t) === key(s)) === i);
    const at = joined.length > 0 ? groups.indexOf(joined[0]!) : groups.length;
    groups.splice(at, joined.length > 0 ? 1 : 0, merged);
    for (const g of joined.slice(1)) groups.splice(groups.indexOf(g), 1);
  }
  return groups;
}

/** Folded words: lower case, no tone marks, đ as d, split at anything that is not a letter or digit. */
export function words(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** One word that stands for a group in the index: its first spelling, folded, in one piece ("vacxin"). */
export const canonicalWord = (group: readonly string[]): string => words(group[0]!).join('');

export interface Variants {
  groups: readonly (readonly string[])[];
  /** Each spelling as its folded words, with the canonical word of its group. */
  spellings: { words: string[]; canonical: string }[];
  /** The spellings by their first word, longest first, so that "covid 19" is read before "covid". */
  byFirst: Map<string, { words: string[]; canonical: string }[]>;
  /** Any spelling as whole words in folded text, for the build's scan of every page. */
  pattern: RegExp;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function variants(groups: readonly (readonly string[])[]): Variants {
  const spellings = groups.flatMap((group) => group.map((s) => ({ words: words(s), canonical: canonicalWord(group) })));
  spellings.sort((a, b) => b.words.length - a.words.length);
  const byFirst = new Map<string, { words: string[]; canonical: string }[]>();
  for (const s of spellings) byFirst.set(s.words[0]!, [...(byFirst.get(s.words[0]!) ?? []), s]);
  const any = spellings.map((sp) => sp.words.map(escape).join('[^\\p{L}\\p{N}]+')).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${any || '(?!)'})(?![\\p{L}\\p{N}])`, 'gu');
  return { groups, spellings, byFirst, pattern };
}

/** The words of `input` (folded) with each spelling of a group replaced by the group's canonical word. */
function canonicalOf(input: readonly string[], v: Variants): string[] {
  const out: string[] = [];
  for (let i = 0; i < input.length;) {
    const hit = v.byFirst.get(input[i]!)?.find((s) => s.words.every((w, k) => input[i + k] === w));
    if (hit) {
      out.push(hit.canonical);
      i += hit.words.length;
    } else out.push(input[i++]!);
  }
  return out;
}

/** The folded words of `text` with each spelling of a group replaced by the group's canonical word. */
export const canonicalWords = (text: string, v: Variants): string[] => canonicalOf(words(text), v);

/** The query as Pagefind should search it: each spelling of a group as the group's canonical word. */
export function canonicalQuery(query: string, v: Variants): string {
  const input = words(query);
  const canonical = canonicalWords(query, v);
  // Unchanged: the query as typed, with its tone marks, for Pagefind to weigh.
  return canonical.length === input.length && canonical.every((w, i) => w === input[i]) ? query : canonical.join(' ');
}

/** Host names of the links in a page's source: "ncovi.vnpt.vn" for https://www.ncovi.vnpt.vn/x. */
export function linkHosts(source: string): string[] {
  const hosts = [...source.matchAll(/https?:\/\/([a-z0-9.-]+\.[a-z]{2,})/gi)].map((m) => m[1]!.toLowerCase().replace(/^www\./, ''));
  return [...new Set(hosts)];
}

/**
 * The words a page adds to the index beyond its text (`text`: its title, summary and Markdown
 * source): the canonical word of each group it holds a spelling of, unless it holds that word
 * already, and the host names of its links.
 */
export function indexWords(text: string, v: Variants): string[] {
  const found = new Set<string>();
  const held = new Set<string>();
  for (const m of foldVietnamese(text).matchAll(v.pattern)) {
    const spelled = words(m[0]);
    const canonical = canonicalOf(spelled, v)[0]!;
    found.add(canonical);
    if (spelled.includes(canonical)) held.add(canonical);
  }
  return [...new Set([...[...found].filter((w) => !held.has(w)), ...linkHosts(text)])];
}

const bySite = new WeakMap<readonly (readonly string[])[], Variants>();
/** The default groups with a site's own, worked out once per site's settings. */
export function siteVariants(extra: readonly (readonly string[])[]): Variants {
  let v = bySite.get(extra);
  if (!v) bySite.set(extra, (v = variants(variantGroups(extra))));
  return v;
}

/** Whether `have` holds every word of `want`; the last word may be a prefix (the reader may still be typing). */
export function holdsAll(have: readonly string[], want: readonly string[]): boolean {
  const set = new Set(have);
  return want.every((w, i) => set.has(w) || (i === want.length - 1 && have.some((h) => h.startsWith(w))));
}

/** Whether `have` holds `want` as a phrase: its words in a row. */
export function holdsPhrase(have: readonly string[], want: readonly string[]): boolean {
  if (want.length === 0) return false;
  for (let i = 0; i + want.length <= have.length; i++) if (want.every((w, k) => have[i + k] === w)) return true;
  return false;
}
