import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';

const origin = inject('demoOrigin');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function searchPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${origin}/tim-kiem/`);
  return page;
}

/** Types the query the way a person does, and returns the result links in order. */
async function typeQuery(page: Page, query: string): Promise<string[]> {
  const box = page.getByRole('searchbox', { name: /Nội dung cần tìm/ });
  await box.fill('');
  await box.pressSequentially(query, { delay: 10 });
  await expect
    .poll(() => page.getByRole('status').textContent(), { timeout: 15_000 })
    .toMatch(new RegExp(`(kết quả|Không tìm thấy).*“${query.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}”`));
  return page
    .locator('#search-results > li h2 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search understands Vietnamese typed without tone marks', () => {
  let page: Page;
  beforeAll(async () => {
    page = await searchPage();
  });
  afterAll(() => page?.close());

  test.each(['dong dang', 'so y te', 'cach ly tap trung', 'lang son'])(
    '“%s” finds the pages that say it with tone marks',
    async (query) => {
      const results = await typeQuery(page, query);
      expect(results.length).toBeGreaterThan(1);
      const excerpt = await page.locator('#search-results > li').first().textContent();
      expect(excerpt).toMatch(/[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i);
    },
  );

  test('a query typed with tone marks puts exact matches first', async () => {
    await typeQuery(page, 'Đồng Đăng');
    expect(await page.locator('#search-results > li').first().textContent()).toContain('Đồng Đăng');
  });

  test('results can be narrowed to one section', async () => {
    await typeQuery(page, 'lang son');
    await page.getByRole('combobox', { name: 'Chuyên mục' }).selectOption('Văn bản chỉ đạo');
    const sections = () => page.locator('#search-results > li .meta').allTextContents();
    await expect
      .poll(async () => (await sections()).length > 0 && (await sections()).every((s) => s.startsWith('Văn bản chỉ đạo')))
      .toBe(true);
    expect(new URL(page.url()).searchParams.get('muc')).toBe('Văn bản chỉ đạo');
  });
});

describe('dates, and queries that find nothing', () => {
  let page: Page;
  beforeAll(async () => {
    page = await searchPage();
  });
  afterAll(() => page?.close());

  test('a date puts its bulletin first, then the other pages of that day', async () => {
    expect(await typeQuery(page, '31/3/2020')).toEqual([
      '/ban-tin/2020-03-31/',
      '/tin-tuc/tam-dung-hoat-dong-cho-tp-lang-son/',
      '/van-ban/03-ct-ubnd/',
    ]);
    expect(await page.locator('#search-note').isHidden()).toBe(true);
  });

  test.each([
    ['1/5/2020', 'Không có bản tin ngày 01/05/2020. Gần nhất trước đó: bản tin ngày 10/04/2020.', ['/ban-tin/2020-04-10/']],
    ['15/1/2020', 'Không có bản tin ngày 15/01/2020. Gần nhất sau đó: bản tin ngày 05/02/2020.', ['/ban-tin/2020-02-05/']],
    ['tháng 5/2020', 'Không có bản tin tháng 5/2020. Gần nhất trước đó: bản tin ngày 10/04/2020.', ['/ban-tin/2020-04-10/']],
  ])('“%s” has no bulletin: the page says so and links the nearest', async (query, said, links) => {
    await typeQuery(page, query);
    const note = page.locator('#search-note');
    await expect.poll(() => note.textContent()).toBe(said);
    expect(await note.locator('a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual(links);
  });

  test('a query that finds nothing offers the query without its least common word, and the hotlines', async () => {
    expect(await typeQuery(page, 'rua tay container')).toEqual([]);
    const help = page.locator('#search-help');
    expect(await help.isVisible()).toBe(true);
    const shorter = help.getByRole('link', { name: '“rua tay”' });
    expect(new URL((await shorter.getAttribute('href'))!, origin).searchParams.get('q')).toBe('rua tay');
    expect(await help.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
    await shorter.click();
    await expect.poll(() => page.locator('#search-results > li h2 a').first().getAttribute('href')).toBe('/infographic/rua-tay/');
    expect(await help.isHidden()).toBe(true);
  });

  test('a document number that no page holds leads to the register’s quick find', async () => {
    await typeQuery(page, '999/QD-UBND');
    const register = page.locator('#search-help').getByRole('link', { name: 'danh mục văn bản' });
    expect(await register.getAttribute('href')).toBe('/van-ban/?so=999%2FQD-UBND');
    await register.click();
    await page.waitForURL(/\/van-ban\/\?so=/);
    await expect.poll(() => page.locator('#register-status').textContent()).toBe('Không có văn bản phù hợp.');
    expect(await page.getByRole('searchbox', { name: 'Tìm theo số hiệu hoặc trích yếu' }).inputValue()).toBe('999/QD-UBND');
  });

  test('the words added for the index never show in an excerpt', async () => {
    await page.goto(`${origin}/tim-kiem/`);
    expect(await typeQuery(page, 'vnpt')).toEqual(['/thong-tin/huong-dan-khai-bao-y-te/']);
    const excerpt = await page.locator('#search-results > li p:not(.meta)').first().textContent();
    expect(excerpt).not.toContain('ncovi.vnpt.vn');
  });
});

test('results appear on a 390-pixel phone without moving what is on the screen', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!e.hadRecentInput) (window as unknown as { shifts: number }).shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${origin}/tim-kiem/?q=cach+ly+tai+nha`);
  await expect.poll(() => page.locator('#search-results > li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
  await page.close();
});

test('the header form leads to results at once', async () => {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  await page.getByRole('searchbox', { name: 'Tìm kiếm trên trang' }).fill('cua khau huu nghi');
  await page.getByRole('searchbox', { name: 'Tìm kiếm trên trang' }).press('Enter');
  await page.waitForURL(/\/tim-kiem\/\?q=/);
  await expect.poll(() => page.locator('#search-results > li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(await page.locator('#search-results > li h2 a').first().getAttribute('href')).toBe(
    '/tin-tuc/cua-khau-huu-nghi-kiem-soat-y-te-nguoi-nhap-canh/',
  );
  await page.close();
});

test('without JavaScript the search page says so and offers the archives', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin}/tim-kiem/?q=lang+son`);
  expect(await page.getByText('Tìm kiếm toàn văn cần JavaScript').isVisible()).toBe(true);
  expect(await page.getByRole('link', { name: 'Văn bản chỉ đạo' }).last().isVisible()).toBe(true);
  await context.close();
});

describe('the register with JavaScript', () => {
  test('a document is found by its number typed without Đ, at once', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${origin}/van-ban/`);
    await page.getByRole('searchbox', { name: 'Tìm theo số hiệu hoặc trích yếu' }).pressSequentially('02/CD', { delay: 20 });
    await expect.poll(() => page.getByRole('status').textContent()).toBe('1 văn bản phù hợp.');
    expect(await page.locator('#register-results a').first().textContent()).toBe('Công điện số 02/CĐ-UBND');
    expect(await page.locator('#danh-sach').isHidden()).toBe(true);
    await page.close();
  });

  test('filters narrow the list instantly', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/van-ban/`);
    await page.getByRole('combobox', { name: 'Loại văn bản' }).selectOption('chi-thi');
    await expect.poll(() => page.locator('#register-results li').count()).toBeGreaterThan(0);
    const kinds = await page.locator('#register-results h2 a').allTextContents();
    expect(kinds.every((k) => k.startsWith('Chỉ thị'))).toBe(true);
    await page.close();
  });
});
