/**
 * Vietnamese typed without tone marks.
 *
 * Citizens search from phones, mostly without tone marks: "dong dang" for "Đồng Đăng",
 * "so y te" for "Sở Y tế". Pagefind folds tone marks on both sides already (Unicode
 * decomposition), but đ is a letter of its own with no decomposition, so "dong" never meets
 * "Đồng". In Vietnamese, đ and d only ever begin a syllable (and each syllable is a word), so
 * a query word written with d may mean either: `queryVariants` spells each such word both
 * ways, and the search runs every spelling and keeps each page's best score.
 */

/** Lower case, no tone marks, đ as d: the form two spellings of a word share. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** At most this many spellings of one query are searched. */
export const MAX_VARIANTS = 16;

/**
 * Every spelling of the query's d-words with d and with đ, the query as typed first.
 * "dong dang" → ["dong dang", "đong dang", "dong đang", "đong đang"].
 */
export function queryVariants(query: string): string[] {
  const words = query.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  let variants: string[][] = [[]];
  for (const word of words) {
    const spellings = /[dđ]/i.test(word)
      ? [...new Set([word, word.replace(/đ/g, 'd').replace(/Đ/g, 'D'), word.replace(/d/g, 'đ').replace(/D/g, 'Đ')])]
      : [word];
    const next: string[][] = [];
    for (const v of variants) for (const s of spellings) if (next.length < MAX_VARIANTS) next.push([...v, s]);
    variants = next;
  }
  return [...new Set(variants.map((v) => v.join(' ')))];
}
