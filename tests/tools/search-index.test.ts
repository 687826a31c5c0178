/**
 * The search index fed by a build process over IPC (scripts/search-index.ts), with a real
 * child process and the real Pagefind: every page sent is indexed, and a page lost on the
 * way fails the build instead of leaving a silent hole in search.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { SEARCH_DONE_MESSAGE, SEARCH_PAGES_MESSAGE, searchablePart } from '../../src/lib/search-pages.ts';
import { completeIndex, indexPagesOf, settleSearchPages, startSearchIndex } from '../../scripts/search-index.ts';

const page = (title: string) =>
  searchablePart(`<html lang="vi"><body><article data-pagefind-body><h1>${title}</h1><p>Nội dung ${title}</p></article></body></html>`)!;

/** A child that sends these pages, then says it sent `claimed` of them. */
function builder(pages: string[], claimed: number) {
  const messages = [
    // One batch of two, then the rest one by one.
    { type: SEARCH_PAGES_MESSAGE, pages: pages.slice(0, 2).map((title, i) => ({ url: `/tin-tuc/${i}/`, html: page(title) })) },
    ...pages.slice(2).map((title, i) => ({ type: SEARCH_PAGES_MESSAGE, pages: [{ url: `/tin-tuc/${i + 2}/`, html: page(title) }] })),
    { type: SEARCH_DONE_MESSAGE, pages: claimed, all: pages.map((_, i) => `/tin-tuc/${i}/`) },
  ];
  const script = `const m = ${JSON.stringify(messages)}; for (const x of m.slice(0, -1)) process.send(x); process.send(m.at(-1), () => process.exit(0));`;
  return spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

describe('search index fed by the build process', () => {
  test('every page sent is indexed and written', async () => {
    const search = await startSearchIndex();
    const result = await indexPagesOf(builder(['Chợ Đông Kinh', 'Cửa khẩu Hữu Nghị', 'Đeo khẩu trang'], 3), search);
    expect(result.status).toBe(0);
    expect(result.missing).toBeUndefined();
    expect([...result.rendered.keys()]).toEqual(['/tin-tuc/0/', '/tin-tuc/1/', '/tin-tuc/2/']);
    expect(result.all).toEqual(['/tin-tuc/0/', '/tin-tuc/1/', '/tin-tuc/2/']);
    const site = mkdtempSync(path.join(tmpdir(), 'sukien-search-'));
    expect(await search.write(site)).toEqual({ pages: 3 });
    expect(existsSync(path.join(site, 'pagefind/pagefind.js'))).toBe(true);
    expect(readdirSync(path.join(site, 'pagefind/fragment'))).toHaveLength(3);
  });

  test('pages that arrive while the index is still starting are indexed once it is ready', async () => {
    // The build starts Pagefind after Astro; here it is ready only once the child has said everything.
    const child = builder(['Chợ Đông Kinh', 'Cửa khẩu Hữu Nghị', 'Đeo khẩu trang'], 3);
    const starting = new Promise<void>((resolve) => child.on('exit', () => resolve())).then(() => startSearchIndex());
    const result = await indexPagesOf(child, starting);
    expect(result.missing).toBeUndefined();
    const site = mkdtempSync(path.join(tmpdir(), 'sukien-search-'));
    expect(await (await starting).write(site)).toEqual({ pages: 3 });
    expect(readdirSync(path.join(site, 'pagefind/fragment'))).toHaveLength(3);
  });

  test('a page rendered again replaces its part kept from the last build, even when it arrives before the index is ready', async () => {
    const child = builder(['Chợ Đông Kinh', 'Cửa khẩu Hữu Nghị', 'Đeo khẩu trang'], 3);
    const kept = new Map<string, string | null>([['/tin-tuc/0/', page('Tin cũ đã sửa')]]);
    const starting = new Promise<void>((resolve) => child.on('exit', () => resolve())).then(() => startSearchIndex(kept));
    await indexPagesOf(child, starting);
    const site = mkdtempSync(path.join(tmpdir(), 'sukien-search-'));
    expect(await (await starting).write(site)).toEqual({ pages: 3 });
    const fragments = readdirSync(path.join(site, 'pagefind/fragment'))
      .map((f) => gunzipSync(readFileSync(path.join(site, 'pagefind/fragment', f))).toString('utf8'))
      .join('\n');
    expect(fragments).toContain('Chợ Đông Kinh');
    expect(fragments).not.toContain('Tin cũ đã sửa');
  });

  test('a page lost on the way is reported', async () => {
    const search = await startSearchIndex();
    const result = await indexPagesOf(builder(['Chợ Đông Kinh', 'Cửa khẩu Hữu Nghị'], 3), search);
    await search.close();
    expect(result.missing).toBe('Astro gửi 3 trang, nhận được 2.');
  });
});

describe('settling the index after a rebuild', () => {
  const part = (text: string) => page(text);
  const cached = new Map<string, string | null>([
    ['/ban-tin/2020-02-05/', part('Bản tin ngày 5')],
    ['/ban-tin/2020-02-06/', part('Bản tin ngày 6')],
    ['/ban-tin/', null],
  ]);

  test('pages copied from the cache keep their parts; pages rendered again take the new ones', () => {
    const rendered = new Map<string, string | null>([
      ['/ban-tin/2020-02-06/', part('Bản tin ngày 6, có bản tin sau')],
      ['/ban-tin/2020-02-07/', part('Bản tin ngày 7')],
      ['/ban-tin/', null],
    ]);
    const settled = settleSearchPages(
      ['/ban-tin/', '/ban-tin/2020-02-05/', '/ban-tin/2020-02-06/', '/ban-tin/2020-02-07/'],
      rendered,
      cached,
    );
    expect(settled.stale).toBe(false);
    expect(settled.unknown).toEqual([]);
    expect(settled.parts.get('/ban-tin/2020-02-05/')).toBe(cached.get('/ban-tin/2020-02-05/'));
    expect(settled.parts.get('/ban-tin/2020-02-06/')).toContain('có bản tin sau');
    expect(settled.parts.get('/ban-tin/')).toBeNull();
  });

  test('a page gone from the site, or left with nothing to search, makes the index start again', () => {
    expect(settleSearchPages(['/ban-tin/', '/ban-tin/2020-02-06/'], new Map(), cached).stale).toBe(true);
    const emptied = new Map<string, string | null>([['/ban-tin/2020-02-05/', null]]);
    expect(settleSearchPages(['/ban-tin/', '/ban-tin/2020-02-05/', '/ban-tin/2020-02-06/'], emptied, cached).stale).toBe(true);
  });

  test('a page neither rendered nor kept is named, to be read from the built site; a trailing slash does not matter', () => {
    const settled = settleSearchPages(
      ['/404/', '/ban-tin/2020-02-05', '/ban-tin/2020-02-06/', '/tin-tuc/moi/'],
      new Map([['/404', null]]),
      cached,
    );
    expect(settled.unknown).toEqual(['/tin-tuc/moi/']);
    expect(settled.parts.has('/ban-tin/2020-02-05/')).toBe(true);
  });
});

describe('completing the index once Astro is done, with the real Pagefind', () => {
  test('a page neither rendered nor kept is read from the built site; a page gone leaves the index', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'sukien-complete-'));
    mkdirSync(path.join(site, 'tin-tuc/moi'), { recursive: true });
    writeFileSync(
      path.join(site, 'tin-tuc/moi/index.html'),
      '<!doctype html><html lang="vi"><body><nav>Menu</nav><article data-pagefind-body><h1>Tin mới</h1><p>Chợ Kỳ Lừa mở lại</p></article></body></html>',
    );
    const cached = new Map<string, string | null>([
      ['/tin-tuc/0/', page('Chợ Đông Kinh')],
      ['/tin-tuc/da-go/', page('Tin đã gỡ')],
    ]);
    const search = await startSearchIndex();
    for (const [url, part] of cached) search.add(url, part!);
    const done = await completeIndex(search, { all: ['/tin-tuc/0/', '/tin-tuc/moi/'], rendered: new Map(), cached, siteDir: site });
    expect([...done.parts.keys()].sort()).toEqual(['/tin-tuc/0/', '/tin-tuc/moi/']);
    expect(done.parts.get('/tin-tuc/moi/')).toContain('Chợ Kỳ Lừa mở lại');
    expect(done.parts.get('/tin-tuc/moi/')).not.toContain('Menu');
    expect(await done.search.write(site)).toEqual({ pages: 2 });
    expect(readdirSync(path.join(site, 'pagefind/fragment'))).toHaveLength(2);
  });

  test('a page of the site that cannot be found stops the build with its address', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'sukien-complete-'));
    const search = await startSearchIndex();
    await expect(
      completeIndex(search, { all: ['/tin-tuc/khong-co/'], rendered: new Map(), cached: new Map(), siteDir: site }),
    ).rejects.toThrow('/tin-tuc/khong-co/');
    await search.close();
  });
});
