/**
 * The search index fed by a build process over IPC (scripts/search-index.ts), with a real
 * child process and the real Pagefind: every page sent is indexed, and a page lost on the
 * way fails the build instead of leaving a silent hole in search.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { SEARCH_DONE_MESSAGE, SEARCH_PAGE_MESSAGE, searchablePart } from '../../src/lib/search-pages.ts';
import { indexPagesOf, startSearchIndex } from '../../scripts/search-index.ts';

const page = (title: string) =>
  searchablePart(`<html lang="vi"><body><article data-pagefind-body><h1>${title}</h1><p>Nội dung ${title}</p></article></body></html>`)!;

/** A child that sends these pages, then says it sent `claimed` of them. */
function builder(pages: string[], claimed: number) {
  const messages = [
    ...pages.map((title, i) => ({ type: SEARCH_PAGE_MESSAGE, url: `/tin-tuc/${i}/`, html: page(title) })),
    { type: SEARCH_DONE_MESSAGE, pages: claimed },
  ];
  const script = `const m = ${JSON.stringify(messages)}; for (const x of m.slice(0, -1)) process.send(x); process.send(m.at(-1), () => process.exit(0));`;
  return spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

describe('search index fed by the build process', () => {
  test('every page sent is indexed and written', async () => {
    const search = await startSearchIndex();
    const result = await indexPagesOf(builder(['Chợ Đông Kinh', 'Cửa khẩu Hữu Nghị', 'Đeo khẩu trang'], 3), search);
    expect(result).toEqual({ status: 0 });
    const site = mkdtempSync(path.join(tmpdir(), 'sukien-search-'));
    expect(await search.write(site)).toEqual({ pages: 3 });
    expect(existsSync(path.join(site, 'pagefind/pagefind.js'))).toBe(true);
    expect(readdirSync(path.join(site, 'pagefind/fragment'))).toHaveLength(3);
  });

  test('a page lost on the way is reported', async () => {
    const search = await startSearchIndex();
    const result = await indexPagesOf(builder(['Chợ Đông Kinh', 'Cửa khẩu Hữu Nghị'], 3), search);
    await search.close();
    expect(result.missing).toBe('Astro gửi 3 trang, nhận được 2.');
  });
});
