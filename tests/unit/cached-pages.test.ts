/**
 * Pages of the last build put in place before Astro renders (src/integration/cached-pages.ts).
 * tests/build/incremental.test.ts proves the whole rebuild; these are the edges it does not reach.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { putCachedPages, removeUnmadePages } from '../../src/integration/cached-pages.ts';

/** A cache folder as Astro's incremental build leaves it: its manifest and a copy of each keyed page. */
function cacheWith(pages: Record<string, string | null>): { cacheDir: string; outDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'sukien-cached-'));
  const cacheDir = path.join(root, 'cache');
  const paths: Record<string, { cacheKey: string; outputFile: string }> = {};
  for (const [outputFile, html] of Object.entries(pages)) {
    const file = path.join(cacheDir, 'dist', decodeURI(outputFile));
    // null: a copy that cannot be read (here, a folder where the page should be).
    mkdirSync(html === null ? file : path.dirname(file), { recursive: true });
    if (html !== null) writeFileSync(file, html);
    paths[`/${outputFile.replace(/index\.html$/, '')}`] = { cacheKey: 'k', outputFile };
  }
  writeFileSync(path.join(cacheDir, 'incremental-build.json'), JSON.stringify({ version: 1, routes: { 'src/pages/x.astro': { paths } } }));
  return { cacheDir, outDir: path.join(root, 'dist-next') };
}

describe('pages of the last build', () => {
  test('are copied into the output folder, names with Vietnamese letters included', async () => {
    const { cacheDir, outDir } = cacheWith({ 'ban-tin/2020-02-05/index.html': '<p>5</p>', 'tin-tuc/ch%E1%BB%A3/index.html': '<p>chợ</p>' });
    expect(await putCachedPages(cacheDir, outDir)).toHaveLength(2);
    expect(readFileSync(path.join(outDir, 'ban-tin/2020-02-05/index.html'), 'utf8')).toBe('<p>5</p>');
    expect(readFileSync(path.join(outDir, 'tin-tuc/chợ/index.html'), 'utf8')).toBe('<p>chợ</p>');
  });

  test('a page that cannot be copied does not stop the build: it is left out, for Astro to render', async () => {
    const { cacheDir, outDir } = cacheWith({ 'ban-tin/2020-02-05/index.html': '<p>5</p>', 'ban-tin/2020-02-06/index.html': null });
    await putCachedPages(cacheDir, outDir);
    expect(existsSync(path.join(outDir, 'ban-tin/2020-02-05/index.html'))).toBe(true);
    expect(existsSync(path.join(outDir, 'ban-tin/2020-02-06/index.html'))).toBe(false);
  });

  test('copies this build did not make are removed; pages it kept or rendered stay', async () => {
    const { cacheDir, outDir } = cacheWith({
      'tin-tuc/giu/index.html': '<p>giữ</p>',
      'tin-tuc/bo/index.html': '<p>bỏ</p>',
      'tin-tuc/lam-lai/index.html': '<p>làm lại</p>',
    });
    const copied = await putCachedPages(cacheDir, outDir);
    // Astro's new manifest keeps one page; another was rendered without a key; the third is gone.
    writeFileSync(
      path.join(cacheDir, 'incremental-build.json'),
      JSON.stringify({
        version: 1,
        routes: { 'src/pages/x.astro': { paths: { '/tin-tuc/giu/': { cacheKey: 'k', outputFile: 'tin-tuc/giu/index.html' } } } },
      }),
    );
    expect(await removeUnmadePages(cacheDir, outDir, copied, ['tin-tuc/giu/', 'tin-tuc/lam-lai/'])).toBe(1);
    expect(existsSync(path.join(outDir, 'tin-tuc/giu/index.html'))).toBe(true);
    expect(existsSync(path.join(outDir, 'tin-tuc/lam-lai/index.html'))).toBe(true);
    expect(existsSync(path.join(outDir, 'tin-tuc/bo/index.html'))).toBe(false);
    // Nor its folder: the tree is what a fresh build makes.
    expect(existsSync(path.join(outDir, 'tin-tuc/bo'))).toBe(false);
    expect(existsSync(path.join(outDir, 'tin-tuc'))).toBe(true);
  });

  test('without a manifest nothing is copied', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sukien-cached-'));
    expect(await putCachedPages(path.join(root, 'cache'), path.join(root, 'out'))).toEqual([]);
  });
});
