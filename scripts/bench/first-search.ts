/**
 * What a citizen's phone downloads for a first search: a cold cache, the search page, then the
 * query typed in the search box, as sent over the wire (each response's encoded body and
 * headers, requests from Pagefind's worker included), with nginx's compression of
 * deploy/nginx.conf. Reported whole and for Pagefind's own files (script, worker,
 * WebAssembly, metadata, index chunks, fragments).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startNginx } from './nginx.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface FirstSearch {
  query: string;
  results: number;
  /** Everything: the page, its stylesheet and script, and Pagefind's files. */
  totalBytes: number;
  pagefindBytes: number;
  requests: number;
}

export async function measureFirstSearch(dist: string, query = 'cach ly tai nha'): Promise<FirstSearch | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const { origin, stop } = await startNginx(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  try {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    const sizes: Promise<{ url: string; bytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      sizes.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize })));
    });
    await page.goto(`${origin}/tim-kiem/`, { waitUntil: 'load' });
    await page.locator('#search-form input[name="q"]').fill(query);
    await page.locator('#search-form').evaluate((form: HTMLFormElement) => form.requestSubmit());
    await page.locator('#search-results li').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.locator('#search-results li').count();
    const all = await Promise.all(sizes);
    const sum = (list: { bytes: number }[]) => list.reduce((n, s) => n + s.bytes, 0);
    return {
      query,
      results,
      totalBytes: sum(all),
      pagefindBytes: sum(all.filter((s) => s.url.includes('/pagefind/'))),
      requests: all.length,
    };
  } finally {
    await browser.close();
    stop();
  }
}
