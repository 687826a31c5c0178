/**
 * The search index: Pagefind, fed page by page while Astro builds (src/middleware.ts sends
 * each page's searchable part to this process), then written out once Astro is done. Only
 * what pages mark with `data-pagefind-body` is indexed (the article, not menus and
 * footers), with the section, date, kind and issuer the pages declare as filters and meta.
 *
 * Pagefind runs in its own process, so indexing uses the second core while Astro renders on
 * the first; writing the index waits until Astro has exited, so the two never hold their
 * largest memory at the same time.
 *
 * Pages that Astro's incremental build copies from its cache are not rendered, so they never
 * reach the middleware. Their searchable parts are kept in the cache folder by the build that
 * rendered them (`search-pages.json`), fed to Pagefind first, while Astro starts (a page
 * rendered again comes later and replaces its old part, by URL), and checked against the
 * site's page list at the end.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { isSearchDoneMessage, isSearchPagesMessage, pageIdentity, searchablePart } from '../src/lib/search-pages.ts';

export interface SearchIndex {
  /** Index one page (its path below the site's base, and its searchable part). */
  add(url: string, html: string): void;
  /** Wait for every page, write the index into the site folder, and stop Pagefind. */
  write(siteDir: string): Promise<{ pages: number }>;
  /** Stop Pagefind without writing (the build failed, or the index is started again). */
  close(): Promise<void>;
}

/** Start Pagefind, with the parts `kept` from the last build (if any) already fed to it. */
export async function startSearchIndex(kept?: SearchParts): Promise<SearchIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const pending = new Map<string, Promise<{ errors: string[] }>>();
  const search: SearchIndex = {
    add(url, html) {
      pending.set(url, index.addHTMLFile({ url, content: html }));
    },
    async write(siteDir) {
      try {
        const added = await Promise.all(pending.values());
        const failed = added.flatMap((a) => a.errors);
        if (failed.length > 0) throw new Error(`Pagefind: ${failed.join('; ')}`);
        if (added.length === 0) throw new Error('Pagefind: không có trang nào để lập chỉ mục.');
        const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        // A page added twice (from the cache, then rendered again) is one page of the index.
        return { pages: pending.size };
      } finally {
        await pagefind.close();
      }
    },
    close: async () => {
      await Promise.allSettled(pending.values());
      await pagefind.close();
    },
  };
  for (const [url, part] of kept ?? []) if (part !== null) search.add(url, part);
  return search;
}

/** Each page's searchable part by its URL; null for a page with nothing to search. */
export type SearchParts = Map<string, string | null>;

const CACHE_VERSION = 1;

/** The parts kept by the last build, or undefined when there are none (or they are unreadable). */
export function readSearchCache(file: string): SearchParts | undefined {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { version?: number; pages?: Record<string, string | null> };
    if (saved.version !== CACHE_VERSION || typeof saved.pages !== 'object' || saved.pages === null) return undefined;
    return new Map(Object.entries(saved.pages));
  } catch {
    return undefined;
  }
}

export function writeSearchCache(file: string, parts: SearchParts): void {
  writeFileSync(file, JSON.stringify({ version: CACHE_VERSION, pages: Object.fromEntries(parts) }));
}

export interface IndexedBuild {
  status: number | null;
  /** Set when fewer pages arrived than Astro says it sent. */
  missing?: string;
  /** The pages Astro rendered in this build, with their parts. */
  rendered: SearchParts;
  /** Every page of the site, rendered or copied from Astro's cache. */
  all: string[];
}

/**
 * Index the pages an Astro build process sends (src/middleware.ts) until it has closed.
 * Listens from the moment it is called, so the index may still be starting: pages that
 * arrive before it is ready are added, in order, once it is. `missing` says so when fewer
 * pages arrived than the build process says it sent.
 */
export async function indexPagesOf(child: ChildProcess, search: SearchIndex | Promise<SearchIndex>): Promise<IndexedBuild> {
  const ready = Promise.resolve(search);
  // Should the index fail to start, the caller hears it from its own promise.
  const add = (url: string, html: string) => void ready.then((index) => index.add(url, html)).catch(() => undefined);
  const rendered: SearchParts = new Map();
  let sent: number | undefined;
  let all: string[] = [];
  child.on('message', (message) => {
    if (isSearchPagesMessage(message)) {
      for (const { url, html } of message.pages) {
        rendered.set(url, html);
        if (html !== null) add(url, html);
      }
    } else if (isSearchDoneMessage(message)) {
      sent = message.pages;
      all = message.all;
    }
  });
  // 'close', not 'exit': it comes after the last message has been read from the channel.
  const [status] = (await once(child, 'close')) as [number | null];
  await ready;
  const result: IndexedBuild = { status, rendered, all };
  if (sent !== rendered.size) result.missing = `Astro gửi ${sent ?? '?'} trang, nhận được ${rendered.size}.`;
  return result;
}

export interface SettledSearch {
  /** Every page of the site with its part: rendered in this build, or kept from the last. */
  parts: SearchParts;
  /** Pages of the site that were neither rendered nor kept (to be read from the built site). */
  unknown: string[];
  /**
   * Whether a part fed from the cache must leave the index: its page is gone, or now has
   * nothing to search. Pagefind cannot remove a page, so the index is then started again.
   */
  stale: boolean;
}

/** What the index must hold once Astro is done, from the site's pages and the two sources of parts. */
export function settleSearchPages(all: readonly string[], rendered: SearchParts, cached: SearchParts): SettledSearch {
  const byIdentity = (parts: SearchParts) => new Map([...parts].map(([url, part]) => [pageIdentity(url), [url, part] as const]));
  const renderedPages = byIdentity(rendered);
  const cachedPages = byIdentity(cached);
  const parts: SearchParts = new Map();
  const unknown: string[] = [];
  for (const page of all) {
    const found = renderedPages.get(pageIdentity(page)) ?? cachedPages.get(pageIdentity(page));
    if (found) parts.set(found[0], found[1]);
    else unknown.push(page);
  }
  const searchable = new Set([...parts].filter(([, part]) => part !== null).map(([url]) => pageIdentity(url)));
  const stale = [...cached].some(([url, part]) => part !== null && !searchable.has(pageIdentity(url)));
  return { parts, unknown, stale };
}

/** The searchable part of a page as Astro wrote it into the site folder. */
function builtPagePart(siteDir: string, url: string): string | null {
  const candidates = [path.join(siteDir, url, 'index.html'), path.join(siteDir, `${url.replace(/\/+$/, '')}.html`)];
  const file = candidates.find((f) => existsSync(f));
  if (!file) throw new Error(`Không tìm thấy trang ${url} trong thư mục vừa tạo để lập chỉ mục tìm kiếm.`);
  return searchablePart(readFileSync(file, 'utf8')) ?? null;
}

/**
 * Once Astro is done: make the index hold exactly the site's pages, each with its part from
 * this build or, for a page copied from Astro's cache, from the last. A page neither rendered
 * nor kept is read from the built site; when a part fed from the cache must go, the index is
 * started again from every part. Returns the index to write and the parts to keep for the
 * next build.
 */
export async function completeIndex(
  search: SearchIndex,
  build: { all: readonly string[]; rendered: SearchParts; cached: SearchParts; siteDir: string },
): Promise<{ search: SearchIndex; parts: SearchParts }> {
  const { parts, unknown, stale } = settleSearchPages(build.all, build.rendered, build.cached);
  for (const url of unknown) parts.set(url, builtPagePart(build.siteDir, url));
  let index = search;
  if (stale) {
    await search.close();
    index = await startSearchIndex();
  }
  const toAdd = stale ? parts.keys() : unknown;
  for (const url of toAdd) {
    const part = parts.get(url);
    if (part) index.add(url, part);
  }
  return { search: index, parts };
}
