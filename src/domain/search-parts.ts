/**
 * What the search index holds of a page, and which of its two parts a page belongs to: the
 * build (src/build/search-index.ts) and the search page (which merges the archive when there
 * is one) decide it with the same function.
 */

/** Where the archive's index is published, below the site's base. */
export const ARCHIVE_INDEX = 'pagefind/luu-tru';

export interface SearchPart {
  /** The page's address below the site's base: /ban-tin/2020-02-05/. */
  url: string;
  /** Its language and its `<article data-pagefind-body>`: all that Pagefind reads of it. */
  html: string;
  /** The year of its date (SearchFacts' `data-pagefind-sort="date"`), if it has one. */
  year: number | undefined;
}

const BODY = '<article data-pagefind-body';

/** A built page's searchable part; undefined for a page without one (lists, redirects, the 404). */
export function searchPart(url: string, html: string): SearchPart | undefined {
  const start = html.indexOf(BODY);
  if (start < 0) return undefined;
  // The matching </article>, should the content hold articles of its own.
  const tags = /<article\b|<\/article>/g;
  tags.lastIndex = start + 1;
  let depth = 1;
  let end = -1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0] === '</article>' ? -1 : 1;
    if (depth === 0) {
      end = m.index + m[0].length;
      break;
    }
  }
  if (end < 0) return undefined;
  const article = html.slice(start, end);
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'vi';
  const year = /data-pagefind-sort="date">(\d{4})-/.exec(article)?.[1];
  return {
    url,
    html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${article}</body></html>`,
    year: year === undefined ? undefined : Number(year),
  };
}

/**
 * The two parts of the index: the archive (pages dated before `year`) and the rest. While
 * there is nothing but the archive, everything is one index.
 */
export function splitIndexes<T>(
  pages: readonly T[],
  yearOf: (page: T) => number | undefined,
  year: number,
): { archive: T[]; current: T[] } {
  const isArchive = (p: T) => {
    const y = yearOf(p);
    return y !== undefined && y < year;
  };
  const archive = pages.filter(isArchive);
  const current = pages.filter((p) => !isArchive(p));
  return current.length === 0 ? { archive: [], current: [...pages] } : { archive, current };
}
