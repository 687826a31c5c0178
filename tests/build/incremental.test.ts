/**
 * Issue "Ten years of daily bulletins build in minutes": a rebuild copies the pages that did
 * not change from Astro's cache (src/lib/page-keys.ts) and takes their search parts from its
 * own (scripts/search-index.ts). What it publishes must be exactly what a build from scratch
 * publishes: a stale page on an official channel is worse than a slow build.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { ROOT, runBuild } from '../helpers/build.ts';
import { page } from '../helpers/site.ts';

const temp = (name: string) => mkdtempSync(path.join(tmpdir(), `sukien-${name}-`));

/**
 * Every published file by digest. Pagefind numbers pages in the order they were added, which
 * differs between a rebuild and a build from scratch, so its word index and meta file are
 * compared through what they index: the page fragments, each named by the digest of its content.
 */
function published(dist: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!f.isFile()) continue;
    const rel = path.relative(dist, path.join(f.parentPath, f.name)).split(path.sep).join('/');
    if (/^pagefind\/(index|filter)\/|^pagefind\/pagefind-entry\.json$|\.pf_meta$/.test(rel)) continue;
    out[rel] = createHash('sha256')
      .update(readFileSync(path.join(dist, rel)))
      .digest('hex');
  }
  return out;
}

/** Pagefind's page fragments: gzipped JSON after a short signature. */
function fragments(dist: string): { url: string; content: string }[] {
  const dir = path.join(dist, 'pagefind/fragment');
  return readdirSync(dir).map((f) => {
    const text = gunzipSync(readFileSync(path.join(dir, f))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
  });
}

const indexedPages = (dist: string) =>
  fragments(dist)
    .map((f) => f.url)
    .sort();

function build(content: string, workDir: string, outDir: string): string {
  const run = runBuild({ contentDir: content, outDir, workDir });
  expect(run.status, run.output).toBe(0);
  return run.output;
}

const reused = (output: string) => Number(/dùng lại (\d+) trang/.exec(output)?.[1]);

describe('a rebuild with the caches of the last build', () => {
  test('publishes exactly what a build from scratch publishes, having rendered only what changed', () => {
    const content = path.join(temp('incr-content'), 'content');
    cpSync(path.join(ROOT, 'tests/fixtures/minimal'), content, { recursive: true });
    const work = temp('incr-work');
    const first = build(content, work, path.join(temp('incr-a'), 'dist'));
    expect(reused(first)).toBe(0);

    // The next day's bulletin, which cites the directive; and a correction to a news item.
    writeFileSync(
      path.join(content, 'bulletins/2020-02-07.md'),
      '---\ndate: 2020-02-07\ntime: 15:00\nstats: { confirmed: 4, recovered: 1 }\n---\nThực hiện Chỉ thị số 03/CT-UBND ngày 31/01/2020, tỉnh kiểm soát chặt chẽ cửa khẩu.\n',
    );
    const news = path.join(content, 'news/da-dang.md');
    writeFileSync(news, readFileSync(news, 'utf8').replace('Đã đăng.', 'Đã đăng, đính chính quầy tiêm chủng lưu động.'));

    const rebuilt = path.join(temp('incr-b'), 'dist');
    const second = build(content, work, rebuilt);
    const fresh = path.join(temp('incr-c'), 'dist');
    build(content, temp('incr-fresh-work'), fresh);

    expect(reused(second)).toBeGreaterThan(0);
    expect(published(rebuilt)).toEqual(published(fresh));
    // What the comparison stands on: the neighbour, the cited directive and the search index changed.
    expect(page(rebuilt, '/ban-tin/2020-02-06/')('a[rel="next"]').attr('href')).toBe('/ban-tin/2020-02-07/');
    expect(page(rebuilt, '/van-ban/03-ct-ubnd/')('.related').text()).toContain('07/02/2020');
    expect(indexedPages(rebuilt)).toContain('/ban-tin/2020-02-07/');
    expect(fragments(rebuilt).find((f) => f.url === '/tin-tuc/da-dang/')?.content).toContain('quầy tiêm chủng lưu động');

    // A page taken away leaves the site and its search index.
    rmSync(path.join(content, 'infographics/5k.md'));
    const third = path.join(temp('incr-d'), 'dist');
    build(content, work, third);
    const freshThird = path.join(temp('incr-e'), 'dist');
    build(content, temp('incr-fresh-work'), freshThird);
    expect(published(third)).toEqual(published(freshThird));
    expect(existsSync(path.join(third, 'infographic/5k/index.html'))).toBe(false);
    expect(indexedPages(third)).toEqual(indexedPages(rebuilt).filter((url) => url !== '/infographic/5k/'));
  }, 240_000);
});
