/**
 * The labelled queries (./search-queries.ts) through the real search box, in Chromium, on a
 * 390-pixel phone, on the day they are labelled for. Reports how many put the expected page
 * first and the mean reciprocal rank; every query must be right first, so a change that makes
 * any query worse fails.
 *
 * Then the same queries with the search index in two parts, both read (src/domain/search-parts.ts):
 * the demo's content a year and more before its newest entry is all in the archive, so every
 * page is scored in one part and the results of both are merged.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { serveDist, type Served } from '../../scripts/serve.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT, runBuild } from '../helpers/build.ts';
import { vnEpoch } from '../helpers/content-model.ts';
import { fragments } from '../helpers/published.ts';
import { tempFolders } from '../helpers/temp.ts';
import { LABELLED_QUERIES, SEARCH_TODAY } from './search-queries.ts';

const origin = inject('demoOrigin');
const temp = tempFolders('search-quality');
let browser: Browser;
let page: Page;
const ranks = new Map<string, { rank: number; got: string[] }>();
const mergedRanks = new Map<string, { rank: number; got: string[] }>();
let served: Served | undefined;

/** Types the query as a person does and returns the result paths, in order. */
async function results(query: string): Promise<string[]> {
  const box = page.getByRole('searchbox', { name: /Nội dung cần tìm/ });
  await box.fill('');
  await box.pressSequentially(query, { delay: 5 });
  await box.press('Enter');
  await page.waitForFunction(
    (q) => {
      const text = document.querySelector('#search-status')?.textContent ?? '';
      return /kết quả|Không tìm thấy/.test(text) && text.includes(`“${q}”`);
    },
    query,
    { timeout: 15_000 },
  );
  return page
    .locator('#search-results > li h2 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Runs every labelled query on the search page at `address`, into `into`, and reports how many were right first. */
async function runAll(address: string, into: Map<string, { rank: number; got: string[] }>, label: string) {
  await page.goto(address);
  for (const { query, first } of LABELLED_QUERIES) {
    const got = await results(query);
    into.set(query, { rank: got.indexOf(first) + 1, got: got.slice(0, 3) });
  }
  const right = [...into.values()].filter((r) => r.rank === 1).length;
  const mrr = [...into.values()].reduce((n, r) => n + (r.rank > 0 ? 1 / r.rank : 0), 0) / into.size;
  console.log(`Labelled search queries${label}: ${right} of ${into.size} right first, mean reciprocal rank ${mrr.toFixed(3)}.`);
}

/** The demo's content with one bulletin in January 2022, built on that day: 2020, the year before last, is archived. */
function buildWithArchive(): string {
  const content = path.join(temp('content'), 'content');
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  const last = readFileSync(path.join(content, 'bulletins/2020-04-10.md'), 'utf8');
  writeFileSync(path.join(content, 'bulletins/2022-01-02.md'), last.replace('date: 2020-04-10', 'date: 2022-01-02'));
  const dist = path.join(temp('dist'), 'dist');
  const run = runBuild({
    contentDir: content,
    outDir: dist,
    workDir: temp('work'),
    env: { SOURCE_DATE_EPOCH: String(vnEpoch('2022-01-02', '17:00')) },
  });
  expect(run.status, run.output).toBe(0);
  return dist;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  page = await context.newPage();
  await page.clock.setFixedTime(new Date(SEARCH_TODAY));
  await runAll(`${origin}/tim-kiem/`, ranks, '');
  const dist = buildWithArchive();
  // What the comparison stands on: the pages labelled are in the archive.
  expect(fragments(dist, 'pagefind-archive').map((f) => f.url)).toContain('/tin-tuc/tam-dung-hoat-dong-cho-tp-lang-son/');
  served = await serveDist(dist, { port: 0 });
  await runAll(`${served.origin}/tim-kiem/?luu-tru=1`, mergedRanks, ' with the archive merged');
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await served?.close();
});

test('the set is large and covers every kind of query', () => {
  expect(LABELLED_QUERIES.length).toBeGreaterThanOrEqual(40);
  expect(new Set(LABELLED_QUERIES.map((q) => q.kind)).size).toBe(8);
});

describe('each labelled query puts its page first, with the index in two parts, both read', () => {
  test.each(LABELLED_QUERIES.map((q) => [q.query, q.first, q.kind] as const))('“%s” → %s (%s)', (query, first) => {
    const { rank, got } = mergedRanks.get(query)!;
    expect({ rank, got }).toMatchObject({ rank: 1 });
    expect(got[0]).toBe(first);
  });
});

describe('each labelled query puts its page first', () => {
  test.each(LABELLED_QUERIES.map((q) => [q.query, q.first, q.kind] as const))('“%s” → %s (%s)', (query, first) => {
    const { rank, got } = ranks.get(query)!;
    expect({ rank, got }).toMatchObject({ rank: 1 });
    expect(got[0]).toBe(first);
  });
});
