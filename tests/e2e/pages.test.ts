import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { VIEWPORTS, launchBrowser } from '../helpers/browser.ts';

const origin = inject('demoOrigin');
const shots = path.join(ROOT, '.sukien/screenshots');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(shots, { recursive: true });
});
afterAll(() => browser?.close());

async function open(viewport: keyof typeof VIEWPORTS, url: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORTS[viewport], javaScriptEnabled, locale: 'vi-VN' });
  const page = await context.newPage();
  const response = await page.goto(`${origin}${url}`);
  expect(response?.status()).toBe(200);
  return page;
}

/** Nothing wider than the screen: no sideways scrolling on a phone. */
async function expectNoSidewaysScroll(page: Page) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll).toBeLessThanOrEqual(width);
}

describe.each(Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[])('at %s size', (viewport) => {
  test('the home page shows the figures, the alert level and tap-to-call hotlines, without JavaScript', async () => {
    const page = await open(viewport, '/', false);
    await expect.poll(() => page.getByRole('heading', { name: 'Tình hình dịch bệnh' }).isVisible()).toBe(true);
    expect(await page.locator('.figure').count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByRole('heading', { name: /Cấp độ dịch/ }).isVisible()).toBe(true);
    expect(
      await page
        .getByRole('contentinfo')
        .getByRole('link', { name: /19009095/ })
        .getAttribute('href'),
    ).toBe('tel:19009095');
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: path.join(shots, `home-${viewport}.png`), fullPage: true });
    await page.context().close();
  });

  test('a bulletin page shows its tables and leads to the previous bulletin', async () => {
    const home = await open(viewport, '/');
    await home.getByRole('link', { name: /Đọc bản tin đầy đủ/ }).click();
    await home.waitForURL(/\/ban-tin\/\d{4}-\d{2}-\d{2}\/$/);
    expect(await home.getByRole('table').first().isVisible()).toBe(true);
    expect(await home.getByRole('rowheader', { name: /Ca mắc tích lũy/ }).isVisible()).toBe(true);
    await expectNoSidewaysScroll(home);
    await home.screenshot({ path: path.join(shots, `bulletin-${viewport}.png`), fullPage: true });
    const current = home.url();
    await home.getByRole('link', { name: /Bản tin trước/ }).click();
    await home.waitForURL((url) => url.href !== current);
    expect(home.url()).toMatch(/\/ban-tin\/\d{4}-\d{2}-\d{2}\/$/);
    await home.context().close();
  });

  test('the directive list links every document and marks urgent ones', async () => {
    const page = await open(viewport, '/van-ban/');
    const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(6);
    expect(await page.getByText('KHẨN').first().isVisible()).toBe(true);
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: path.join(shots, `directives-${viewport}.png`), fullPage: true });
    await links.first().click();
    await page.waitForURL(/\/van-ban\/[^/]+\/$/);
    expect(await page.getByRole('term').filter({ hasText: 'Số hiệu' }).isVisible()).toBe(true);
    await page.context().close();
  });
});

test('the skip link is the first thing a keyboard reaches and moves focus to the content', async () => {
  const page = await open('phone', '/');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  expect(await focused.textContent()).toContain('Bỏ qua menu');
  expect(await focused.isVisible()).toBe(true);
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
  await page.context().close();
});

test('the header search sends a plain GET to the search page', async () => {
  const page = await open('desktop', '/ban-tin/', false);
  await page.getByRole('searchbox', { name: 'Tìm kiếm trên trang' }).fill('cách ly');
  await page.getByRole('search').getByRole('button', { name: 'Tìm' }).click();
  await page.waitForURL(/\/tim-kiem\/\?q=/);
  expect(new URL(page.url()).searchParams.get('q')).toBe('cách ly');
  await page.context().close();
});

test('charts fit a 360-pixel phone and their tables are there', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(`${origin}/so-lieu/`);
  const boxes = await page.locator('figure.chart svg').evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().width));
  expect(boxes.length).toBeGreaterThanOrEqual(5);
  for (const width of boxes) expect(width).toBeGreaterThan(300);
  for (const width of boxes) expect(width).toBeLessThanOrEqual(360);
  expect(await page.getByRole('img', { name: /^Ca mắc tích lũy Ca mắc/ }).isVisible()).toBe(true);
  expect(await page.getByRole('table', { name: /Số liệu theo bản tin/ }).isVisible()).toBe(true);
  await page.screenshot({ path: path.join(shots, 'statistics-phone.png'), fullPage: true });
  await context.close();
});

test('the print button prints, and only appears when it can work', async () => {
  const page = await open('desktop', '/van-ban/');
  await page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').first().click();
  // The click only starts the navigation: wait for the directive's page to load before looking for its button.
  await page.waitForURL(/\/van-ban\/[^/]+\/$/);
  const button = page.getByRole('button', { name: 'In / lưu PDF' });
  expect(await button.isVisible()).toBe(true);
  await page.evaluate(() => {
    (window as unknown as { printed: boolean }).printed = false;
    window.print = () => void ((window as unknown as { printed: boolean }).printed = true);
  });
  await button.click();
  expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
  await page.context().close();
  const noJs = await open('desktop', '/van-ban/02-cd-ubnd/', false);
  expect(await noJs.getByRole('button', { name: 'In / lưu PDF' }).isVisible()).toBe(false);
  await noJs.context().close();
});

test('a bulletin page shows its radio script; the copy button puts the script in the clipboard, and without JavaScript the text is there to select', async () => {
  const page = await open('phone', '/ban-tin/2020-03-20/');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const script = page.locator('#kich-ban-phat-thanh');
  expect(await page.getByRole('heading', { name: 'Dành cho đài truyền thanh' }).isVisible()).toBe(true);
  const paragraphs = await script.locator('p').allTextContents();
  expect(paragraphs.length).toBeGreaterThan(3);
  await page.getByRole('button', { name: 'Chép kịch bản' }).click();
  await expect.poll(() => page.locator('#da-chep').textContent()).toBe('Đã chép vào bộ nhớ tạm.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(paragraphs.join('\n\n'));
  expect(copied).not.toMatch(/\d/);
  await page.getByRole('button', { name: 'Chép tin nhắn' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('#tin-nhan').textContent());
  await page.context().close();
  const noJs = await open('phone', '/ban-tin/2020-03-20/', false);
  expect(await noJs.locator('#kich-ban-phat-thanh p').first().isVisible()).toBe(true);
  expect(await noJs.getByRole('button', { name: 'Chép kịch bản' }).isVisible()).toBe(false);
  await noJs.context().close();
});
