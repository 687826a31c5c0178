/** What a built page gives the search index: see src/middleware.ts and scripts/search-index.ts. */

export const SEARCH_PAGE_MESSAGE = 'sukien:search-page';

export interface SearchPageMessage {
  type: typeof SEARCH_PAGE_MESSAGE;
  /** The page's path below the site's base, as Pagefind stores it: /ban-tin/2020-02-05/. */
  url: string;
  html: string;
}

const BODY = '<article data-pagefind-body';

/**
 * The searchable part of a page as a small HTML document: its language and the one
 * `<article data-pagefind-body>`, which holds the title, the text, and the filters and
 * meta of SearchFacts. Pages without one (lists, the 404, redirects) give nothing.
 */
export function searchablePart(html: string): string | undefined {
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
      end = m.index;
      break;
    }
  }
  if (end < 0) return undefined;
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'vi';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${html.slice(start, end + '</article>'.length)}</body></html>`;
}

export function isSearchPageMessage(message: unknown): message is SearchPageMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === SEARCH_PAGE_MESSAGE;
}
