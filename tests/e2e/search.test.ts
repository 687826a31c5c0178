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

  test.each([
    ['cho ky lua', '/tin-tuc/tam-dung-hoat-dong-cho-tp-lang-son/'],
    ['cho dong kinh', '/tin-tuc/tam-dung-hoat-dong-cho-tp-lang-son/'],
    ['cua khau huu nghi', '/tin-tuc/cua-khau-huu-nghi-kiem-soat-y-te-nguoi-nhap-canh/'],
    ['xe container un u', '/cai-chinh/video-xe-container-un-u-la-hinh-anh-cu/'],
    ['deo khau trang dung cach', '/infographic/deo-khau-trang/'],
    ['huong dan cach ly tai nha', '/thong-tin/huong-dan-cach-ly-tai-nha/'],
    ['02/CD-UBND', '/van-ban/02-cd-ubnd/'],
    ['02/CĐ-UBND', '/van-ban/02-cd-ubnd/'],
    ['1102/SYT-NVY', '/van-ban/1102-syt-nvy/'],
    ['237/QD-UBND', '/van-ban/237-qd-ubnd/'],
  ])('“%s” puts %s first', async (query, expected) => {
    const results = await typeQuery(page, query);
    expect(results[0]).toBe(expected);
  });

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
