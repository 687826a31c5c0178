/**
 * Issue "One bulletin, every channel": the print sheets for notice boards and leaflets. Every
 * poster (the BROADCAST_BULLETINS newest bulletins have one) and every infographic's sheet of the demo prints on one A4 page in
 * Chromium, its QR code scans back to its page, and it reads in black and white; so does a
 * synthetic worst case with the longest texts the content format allows.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { serveDist, type Served } from '../../scripts/serve.ts';
import { LEVEL_NAMES } from '../../src/domain/alert-level.ts';
import { BROADCAST_BULLETINS } from '../../src/domain/routes.ts';
import { qrImage } from '../../src/lib/qr.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { runBuild } from '../helpers/build.ts';
import { makeContent, md } from '../helpers/content.ts';
import { grayContrastProblems, printedPages, scanQr } from '../helpers/print.ts';
import { page as readPage } from '../helpers/site.ts';
import { tempFolders } from '../helpers/temp.ts';

const dist = inject('demoDist');
const origin = inject('demoOrigin');
const temp = tempFolders('print');

const allDates = readdirSync(path.join(dist, 'ban-tin'))
  .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
  .sort();
/** The bulletins that have a poster. */
const bulletinDates = allDates.slice(-BROADCAST_BULLETINS);
const infographics = readdirSync(path.join(dist, 'infographic'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('trang-'))
  .map((d) => d.name);

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  // A phone camera sees the code sharper than a screen's pixels: read it at four times the size.
  context = await browser.newContext({ deviceScaleFactor: 4, bypassCSP: true });
});
afterAll(() => browser?.close());

async function open(url: string) {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

describe('the print sheets of the demo', () => {
  test('the newest bulletins have a poster and every infographic a sheet, linked from its page and left out of the sitemap and search', () => {
    expect(allDates.length).toBeGreaterThan(BROADCAST_BULLETINS);
    expect(bulletinDates).toHaveLength(BROADCAST_BULLETINS);
    expect(infographics.length).toBeGreaterThan(3);
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    for (const [section, name] of [...bulletinDates.map((d) => ['ban-tin', d]), ...infographics.map((s) => ['infographic', s])]) {
      const sheet = readPage(dist, `/${section}/${name}/in/`);
      expect(sheet('html').attr('lang')).toBe('vi');
      expect(sheet('h1')).toHaveLength(1);
      expect(sheet('meta[name="description"]').attr('content')).toMatch(/một trang A4/);
      expect(sheet('.sheet__demo').text()).toContain('Dữ liệu minh họa');
      expect(sheet('main#noi-dung[data-pagefind-ignore="all"]').length, `${section}/${name}`).toBe(1);
      expect(sheet('meta[name="robots"]').attr('content')).toBe('noindex');
      expect(sheet('link[rel="canonical"]').attr('href')).toBe(`${origin}/${section}/${name}/`);
      expect(readPage(dist, `/${section}/${name}/`)(`a[href="/${section}/${name}/in/"]`).length, `${section}/${name}`).toBe(1);
      expect(sitemap).not.toContain(`/${section}/${name}/in/`);
    }
    // An older bulletin has none, and its page says where the newest are.
    for (const date of allDates.slice(0, -BROADCAST_BULLETINS)) {
      expect(existsSync(path.join(dist, 'ban-tin', date, 'in')), date).toBe(false);
      const $ = readPage(dist, `/ban-tin/${date}/`);
      expect($('a[href$="/in/"]'), date).toHaveLength(0);
      expect($('.channels').text()).toContain(`tờ bản tin để in chỉ có cho ${BROADCAST_BULLETINS} bản tin mới nhất`);
      expect($('.channels a[href="/ban-tin/"]'), date).toHaveLength(1);
    }
  });

  test('each prints on exactly one A4 page', async () => {
    const pages: Record<string, number> = {};
    const queue = [...bulletinDates.map((d) => `/ban-tin/${d}/in/`), ...infographics.map((s) => `/infographic/${s}/in/`)];
    // Four tabs at once: printing waits on Chromium more than on this process.
    const tab = async () => {
      for (let url = queue.shift(); url; url = queue.shift()) {
        const page = await open(origin + url);
        pages[url] = await printedPages(page);
        await page.close();
      }
    };
    await Promise.all([tab(), tab(), tab(), tab()]);
    expect(Object.keys(pages).length).toBe(bulletinDates.length + infographics.length);
    expect(Object.entries(pages).filter(([, n]) => n !== 1)).toEqual([]);
  });

  test('the QR code scans to the address of the page it prints', async () => {
    for (const url of [`/ban-tin/${bulletinDates.at(-1)}/`, `/infographic/${infographics[0]}/`]) {
      const page = await open(`${origin}${url}in/`);
      expect(await scanQr(page, 'img.sheet__qr')).toBe(`${origin}${url}`);
      await page.close();
    }
  });

  test('every text keeps its contrast in black and white, and the alert level is said in words', async () => {
    const levels = new Set<string>();
    for (const date of bulletinDates) {
      const $ = readPage(dist, `/ban-tin/${date}/in/`);
      const level = /alert-level--(\d)/.exec($('.alert-level').attr('class') ?? '')![1]!;
      expect($('.alert-level h2').text()).toContain(`Cấp ${level} ${LEVEL_NAMES[Number(level) as 1]}`);
      // One poster per level the demo's newest reach, and the corrected one (its note has a background);
      // every level is printed in the worst case below.
      if (!levels.has(level) || $('.sheet__correction').length > 0) {
        levels.add(level);
        const page = await open(`${origin}/ban-tin/${date}/in/`);
        await page.emulateMedia({ media: 'print' });
        expect(await grayContrastProblems(page), date).toEqual([]);
        await page.close();
      }
    }
    expect(levels.size).toBeGreaterThan(0);
  });

  test('each check catches the fault it exists for', async () => {
    const page = await open(`${origin}/ban-tin/${bulletinDates[0]}/in/`);
    await page.emulateMedia({ media: 'print' });
    // Yellow on white is readable on screen for some, and vanishes on a black-and-white printer.
    await page.addStyleTag({ content: '.sheet__source { color: #e0b000 !important }' });
    expect((await grayContrastProblems(page)).map((p) => p.text)).toEqual([expect.stringMatching(/^Sở Y tế/i)]);
    // A sheet that has grown past its page.
    await page.evaluate(() => {
      const list = document.querySelector('.poster__figures')!;
      for (let i = 0; i < 4; i++) list.after(list.cloneNode(true));
    });
    expect(await printedPages(page)).toBeGreaterThan(1);
    // A code to another address.
    const other = await qrImage('https://example.org/trang-khac/');
    await page.evaluate((src) => {
      const img = document.querySelector<HTMLImageElement>('img.sheet__qr')!;
      img.src = src;
      return img.decode();
    }, other);
    expect(await scanQr(page, 'img.sheet__qr')).toBe('https://example.org/trang-khac/');
    await page.close();
  });
});

/** Text of about `n` characters, never more. */
const long = (sentence: string, n: number) =>
  sentence
    .repeat(Math.ceil(n / sentence.length))
    .slice(0, n)
    .trim();

describe('the worst case of the texts the content format limits', () => {
  // The address printed under the QR code and encoded in it, as long as a province's could be.
  const LONG_URL = 'https://thong-tin-phong-chong-dich-benh.so-thong-tin-va-truyen-thong.tinh-thu-nghiem.gov.vn';
  let served: Served;
  let worst: string;
  beforeAll(async () => {
    const districts = Array.from(
      { length: 40 },
      (_, i) => `  - { name: "${long(`Thị xã Biên Giới Phía Bắc Thử Nghiệm ${i + 1} `, 40)}", confirmed: ${1_234_567 + i} }`,
    ).join('\n');
    const stats = (n: number, tested: number) =>
      `stats: { confirmed: ${n}, confirmedNew: 12345678, recovered: ${n - 2_000_000}, deaths: 1234567, suspected: 987654321, quarantinedFacility: 987654321, quarantinedHome: 987654321, tested: ${tested}, vaccinated: 987654321 }`;
    const content = makeContent({
      'site.yaml': [
        `name: "${long('Cổng thông tin phòng, chống dịch bệnh tỉnh Thử Nghiệm Rất Dài ', 100)}"`,
        `agency: "${long('Sở Thông tin và Truyền thông tỉnh Thử Nghiệm Rất Dài ', 100)}"`,
        'province: Thử Nghiệm',
        `url: ${LONG_URL}`,
        // An estimated level says how it was estimated: a longer note than a declared one.
        'alertThresholds: [1, 2, 300000, 900000000]',
        `bulletinSource: "${long('Sở Y tế tỉnh Thử Nghiệm Rất Dài Ở Vùng Biên Giới ', 120)}"`,
        'demo: true',
        'alertGuidance:',
        `  4: "${long('Ủy ban nhân dân các huyện, thành phố thực hiện ngay việc phong tỏa, cách ly; ', 300)}"`,
      ].join('\n'),
      'hotlines.yaml': [1, 2, 3]
        .map((i) => `- name: "${long(`Đường dây nóng số ${i} của Ban Chỉ đạo phòng, chống dịch tỉnh `, 80)}"\n  phone: "0205 3 870 11${i}"`)
        .join('\n'),
      'bulletins/2020-02-04.md': md(`date: 2020-02-04\n${stats(987_654_321 - 12_345_678, 999_999_999)}\ndistricts:\n${districts}`),
      'bulletins/2020-02-05.md': md(
        `date: 2020-02-05\n${stats(987_654_321, 987_654_321)}\ndistricts:\n${districts}\ncorrection: "${long('Số mẫu xét nghiệm giảm vì đã loại bỏ các mẫu bị thống kê trùng giữa các đơn vị; ', 300)}"`,
        long('Diễn biến trong ngày rất dài. ', 20_000),
      ),
      // Each level declared in turn, for its colours in black and white.
      ...Object.fromEntries(
        [1, 2, 3, 4, 5].map((level) => [
          `bulletins/2020-02-1${level}.md`,
          md(`date: 2020-02-1${level}\nalertLevel: ${level}\n${stats(987_654_321, 987_654_321)}\ndistricts:\n${districts}`),
        ]),
      ),
      'infographics/dai.md': md(
        `title: "${long('Hướng dẫn người dân tự theo dõi sức khỏe tại nhà và khi nào cần gọi trạm y tế xã ', 250)}"\ndate: 2020-02-05\nimage: ./dai.svg\nalt: Hướng dẫn tự theo dõi sức khỏe\nsource: "${long('Trung tâm Kiểm soát bệnh tật tỉnh Thử Nghiệm Rất Dài ', 120)}"`,
      ),
      'infographics/dai.svg':
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 1000"><rect width="100" height="1000" fill="#0b3a6e"/></svg>',
    });
    const out = path.join(temp('worst'), 'dist');
    const build = runBuild({ contentDir: content, outDir: out, workDir: temp('work'), env: { SITE_URL: LONG_URL } });
    expect(build.status, build.output).toBe(0);
    served = await serveDist(out, { port: 0 });
    worst = served.origin;
  });
  afterAll(() => served?.close());

  test('the poster still prints on one page: the largest figures, the districts most affected and how many more, readable in black and white', async () => {
    const page = await open(`${worst}/ban-tin/2020-02-05/in/`);
    expect(await printedPages(page)).toBe(1);
    const text = await page.locator('main').innerText();
    expect(text).toContain('987.654.321');
    expect(text).toContain('Và 28 huyện, thành phố khác: xem trang bản tin.');
    expect(text).toMatch(/Cấp 4\s+Nguy cơ rất cao/);
    expect(text).toContain('từ 300.000 đến dưới 900.000.000');
    expect(text).toContain('Mũi vắc xin đã tiêm: 987.654.321');
    await page.emulateMedia({ media: 'print' });
    expect(await grayContrastProblems(page)).toEqual([]);
    expect(await scanQr(page, 'img.sheet__qr')).toBe(`${LONG_URL}/ban-tin/2020-02-05/`);
    await page.close();
  });

  test('every alert level keeps its contrast in black and white, and is said in words', async () => {
    for (const level of [1, 2, 3, 4, 5]) {
      const page = await open(`${worst}/ban-tin/2020-02-1${level}/in/`);
      expect(await page.locator('.alert-level h2').innerText()).toMatch(new RegExp(`Cấp ${level}\\s+${LEVEL_NAMES[level as 1]}`));
      await page.emulateMedia({ media: 'print' });
      expect(await grayContrastProblems(page), `cấp ${level}`).toEqual([]);
      expect(await printedPages(page), `cấp ${level}`).toBe(1);
      await page.close();
    }
  });

  test('a tall infographic with a long title fits its sheet, shrunk to what the page leaves', async () => {
    const page = await open(`${worst}/infographic/dai/in/`);
    expect(await printedPages(page)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const box = await page.locator('.print-sheet__image img').boundingBox();
    expect(box!.height).toBeGreaterThan(300);
    await page.close();
  });
});
