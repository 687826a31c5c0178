/**
 * The search index: Pagefind, fed page by page while Astro builds (src/middleware.ts sends
 * each page's searchable part to this process), then written out once Astro is done. Only
 * what pages mark with `data-pagefind-body` is indexed (the article, not menus and
 * footers), with the section, date, kind and issuer the pages declare as filters and meta.
 *
 * Pagefind runs in its own process, so indexing uses the second core while Astro renders on
 * the first; writing the index waits until Astro has exited, so the two never hold their
 * largest memory at the same time.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { isSearchDoneMessage, isSearchPageMessage } from '../src/lib/search-pages.ts';

export interface SearchIndex {
  /** Index one page (its path below the site's base, and its HTML). */
  add(url: string, html: string): void;
  /** Wait for every page, write the index into the site folder, and stop Pagefind. */
  write(siteDir: string): Promise<{ pages: number }>;
  /** Stop Pagefind without writing (the build failed). */
  close(): Promise<void>;
}

export async function startSearchIndex(): Promise<SearchIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const pending: Promise<{ errors: string[] }>[] = [];
  return {
    add(url, html) {
      pending.push(index.addHTMLFile({ url, content: html }));
    },
    async write(siteDir) {
      try {
        const added = await Promise.all(pending);
        const failed = added.flatMap((a) => a.errors);
        if (failed.length > 0) throw new Error(`Pagefind: ${failed.join('; ')}`);
        if (added.length === 0) throw new Error('Pagefind: không có trang nào để lập chỉ mục.');
        const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        return { pages: added.length };
      } finally {
        await pagefind.close();
      }
    },
    close: async () => {
      await Promise.allSettled(pending);
      await pagefind.close();
    },
  };
}

/**
 * Index the pages an Astro build process sends (src/middleware.ts) until it has closed.
 * `missing` says so when fewer pages arrived than it says it sent.
 */
export async function indexPagesOf(child: ChildProcess, search: SearchIndex): Promise<{ status: number | null; missing?: string }> {
  let received = 0;
  let sent: number | undefined;
  child.on('message', (message) => {
    if (isSearchPageMessage(message)) {
      received++;
      search.add(message.url, message.html);
    } else if (isSearchDoneMessage(message)) {
      sent = message.pages;
    }
  });
  // 'close', not 'exit': it comes after the last message has been read from the channel.
  const [status] = (await once(child, 'close')) as [number | null];
  return { status, ...(sent === received ? {} : { missing: `Astro gửi ${sent ?? '?'} trang, nhận được ${received}.` }) };
}
