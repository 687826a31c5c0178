/**
 * What the Astro build hands the search index over IPC (src/middleware.ts, the integration,
 * scripts/build.ts): each page it renders, with its searchable part or none, in batches;
 * then, at the end of the build, how many were sent and every page of the site (those
 * copied from the incremental build's cache included), so that the build process can tell
 * that none went missing and which pages it must take from its own cache.
 */

export const SEARCH_PAGES_MESSAGE = 'sukien:search-pages';
export const SEARCH_DONE_MESSAGE = 'sukien:search-done';

export interface SearchPage {
  /** The page's path below the site's base, as Pagefind stores it: /ban-tin/2020-02-05/. */
  url: string;
  /** Its searchable part (searchablePart), or null for a page with nothing to search (a list, a redirect). */
  html: string | null;
}

/** Pages go in batches: one message per page would cost both processes more than the pages. */
export interface SearchPagesMessage {
  type: typeof SEARCH_PAGES_MESSAGE;
  pages: SearchPage[];
}

export interface SearchDoneMessage {
  type: typeof SEARCH_DONE_MESSAGE;
  /** How many pages were sent. */
  pages: number;
  /** Every page of the site, rendered or copied from the cache, as paths below the base. */
  all: string[];
}

/** Whether this process is an Astro build that feeds the search index of scripts/build.ts. */
export const feedsSearchIndex = (): boolean => process.env.SUKIEN_SEARCH_IPC === '1' && typeof process.send === 'function';

const BATCH = 32;

// The middleware and the integration are bundled separately, so the state lives on globalThis.
const STATE = Symbol.for('sukien.searchPages');
const shared = globalThis as { [STATE]?: { sent: number; batch: SearchPage[] } };
const state = () => (shared[STATE] ??= { sent: 0, batch: [] });

function flush(): void {
  const { batch } = state();
  if (batch.length > 0) process.send!({ type: SEARCH_PAGES_MESSAGE, pages: batch.splice(0) } satisfies SearchPagesMessage);
}

/** Send one rendered page to the search index (in the next batch). */
export function sendSearchPage(url: string, html: string | null): void {
  const s = state();
  s.sent++;
  s.batch.push({ url, html });
  if (s.batch.length >= BATCH) flush();
}

/**
 * Send the last batch, then how many pages were sent and which pages the site has, and wait
 * until the message has left: the channel keeps order, so every page sent before it has
 * left too, even if Astro exits right after.
 */
export function sendSearchDone(all: string[]): Promise<void> {
  flush();
  const message: SearchDoneMessage = { type: SEARCH_DONE_MESSAGE, pages: state().sent, all };
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

export function isSearchPagesMessage(message: unknown): message is SearchPagesMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === SEARCH_PAGES_MESSAGE;
}

export function isSearchDoneMessage(message: unknown): message is SearchDoneMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === SEARCH_DONE_MESSAGE;
}
