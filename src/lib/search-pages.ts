/**
 * What the Astro build hands the search index over IPC (src/middleware.ts, the integration,
 * scripts/build.ts): one message per page it renders, with the page's searchable part or
 * none, then, at the end of the build, how many were sent and every page of the site (those
 * copied from the incremental build's cache included), so that the build process can tell
 * that none went missing and which pages it must take from its own cache.
 */

export const SEARCH_PAGE_MESSAGE = 'sukien:search-page';
export const SEARCH_DONE_MESSAGE = 'sukien:search-done';

export interface SearchPageMessage {
  type: typeof SEARCH_PAGE_MESSAGE;
  /** The page's path below the site's base, as Pagefind stores it: /ban-tin/2020-02-05/. */
  url: string;
  /** Its searchable part (searchablePart), or null for a page with nothing to search (a list, a redirect). */
  html: string | null;
}

export interface SearchDoneMessage {
  type: typeof SEARCH_DONE_MESSAGE;
  /** How many page messages were sent. */
  pages: number;
  /** Every page of the site, rendered or copied from the cache, as paths below the base. */
  all: string[];
}

/** Whether this process is an Astro build that feeds the search index of scripts/build.ts. */
export const feedsSearchIndex = (): boolean => process.env.SUKIEN_SEARCH_IPC === '1' && typeof process.send === 'function';

// The middleware and the integration are bundled separately, so the count lives on globalThis.
const SENT = Symbol.for('sukien.searchPagesSent');
const counter = globalThis as { [SENT]?: number };

/** Send one rendered page to the search index. */
export function sendSearchPage(url: string, html: string | null): void {
  counter[SENT] = (counter[SENT] ?? 0) + 1;
  process.send!({ type: SEARCH_PAGE_MESSAGE, url, html } satisfies SearchPageMessage);
}

/**
 * Tell the build process how many pages were sent and which pages the site has, and wait
 * until the message has left: the channel keeps order, so every page sent before it has
 * left too, even if Astro exits right after.
 */
export function sendSearchDone(all: string[]): Promise<void> {
  const message: SearchDoneMessage = { type: SEARCH_DONE_MESSAGE, pages: counter[SENT] ?? 0, all };
  return new Promise((resolve, reject) => {
    process.send!(message, undefined, {}, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}

/** The same page whether its path was written with a trailing slash or not (Astro's 404). */
export const pageIdentity = (url: string): string => url.replace(/\/+$/, '') || '/';

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

export function isSearchDoneMessage(message: unknown): message is SearchDoneMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === SEARCH_DONE_MESSAGE;
}
