/**
 * The labelled queries (./search-queries.ts) through the real search box, in Chromium, on a
 * 390-pixel phone, on the day they are labelled for. Reports how many put the expected page
 * first and the mean reciprocal rank; every query must be right first, so a change that makes
 * any query worse fails.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { LABELLED_QUERIES, SEARCH_TODAY } from './search-queries.ts';

const origin = inject('demoOrigin');
let browser: Browser;
let page: Page;
const ranks = new Map<string, { rank: number; got: string[] }>();

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

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  page = await context.newPage();
  await page.clock.setFixedTime(new Date(SEARCH_TODAY));
  await page.goto(`${origin}/tim-kiem/`);
  for (const { query, first } of LABELLED_QUERIES) {
    const got = await results(query);
    ranks.set(query, { rank: got.indexOf(first) + 1, got: got.slice(0, 3) });
  }
  const right = [...ranks.values()].filter((r) => r.rank === 1).length;
  const mrr = [...ranks.values()].reduce((n, r) => n + (r.rank > 0 ? 1 / r.rank : 0), 0) / ranks.size;
  console.log(`Labelled search queries: ${right} of ${ranks.size} right first, mean reciprocal rank ${mrr.toFixed(3)}.`);
}, 300_000);
afterAll(() => browser?.close());

test('the set is large and covers every kind of query', () => {
  expect(LABELLED_QUERIES.length).toBeGreaterThanOrEqual(40);
  expect(new Set(LABELLED_QUERIES.map((q) => q.kind)).size).toBe(8);
});

describe('each labelled query puts its page first', () => {
  test.each(LABELLED_QUERIES.map((q) => [q.query, q.first, q.kind] as const))('“%s” → %s (%s)', (query, first) => {
    const { rank, got } = ranks.get(query)!;
    expect({ rank, got }).toMatchObject({ rank: 1 });
    expect(got[0]).toBe(first);
  });
});
