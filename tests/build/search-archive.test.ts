/**
 * The search index in two parts (src/domain/search-parts.ts, src/build/search-index.ts), on a
 * site three years long: which pages each part holds, the search page reading the archive
 * only when it is needed (in Chromium), and the daily rebuild copying the archive from the
 * last build while none of its pages changed, publishing exactly what a fresh build publishes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveDist, type Served } from '../../scripts/serve.ts';
import { indexSite } from '../../src/build/search-index.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { runBuild } from '../helpers/build.ts';
import { vnEpoch } from '../helpers/content-model.ts';
import { makeContent, md } from '../helpers/content.ts';
import { differences, fragments, published } from '../helpers/published.ts';
import { tempFolders } from '../helpers/temp.ts';

const temp = tempFolders('search-archive');

const bulletin = (date: string, text: string) => md(`date: ${date}\nstats: { confirmed: 10, confirmedNew: 1, recovered: 2 }`, text);
const content = makeContent({
  // 2018: the archive, but for the rebuttal.
  'bulletins/2018-03-01.md': bulletin('2018-03-01', 'Tỉnh tổ chức phun khử khuẩn tại chợ phiên Kỳ Lừa.'),
  'bulletins/2018-03-02.md': bulletin('2018-03-02', 'Các tổ giám sát cộng đồng tiếp tục theo dõi người về từ vùng dịch.'),
  'news/cho-phien-2018.md': md(
    'title: Tạm dừng chợ phiên vùng cao\ndate: 2018-03-05',
    'Các chợ phiên vùng cao tạm dừng họp để phòng dịch.',
  ),
  'directives/01-ct-ubnd.md': md(
    'number: 01/CT-UBND\nkind: chi-thi\ntitle: Về việc tạm dừng chợ phiên\nissuer: UBND tỉnh Thử Nghiệm\nissued: 2018-03-01\nexpires: 2018-12-31',
    'Tạm dừng các chợ phiên trên địa bàn tỉnh.',
  ),
  'directives/02-qd-ubnd.md': md(
    'number: 02/QĐ-UBND\nkind: quyet-dinh\ntitle: Về việc thành lập Ban Chỉ đạo phòng, chống dịch\nissuer: UBND tỉnh Thử Nghiệm\nissued: 2018-02-01',
    'Thành lập Ban Chỉ đạo phòng, chống dịch của tỉnh.',
  ),
  'factchecks/tin-don-2018.md': md(
    'title: Tin "uống nước nóng diệt vi rút" là sai sự thật\ndate: 2018-03-10\nclaim: Uống nước nóng diệt được vi rút\nverdict: sai-su-that',
    'Không có bằng chứng khoa học.',
  ),
  // 2019 and 2020: the current part.
  'bulletins/2019-06-01.md': bulletin('2019-06-01', 'Chợ phiên hoạt động trở lại, người dân đeo khẩu trang khi đến chợ.'),
  'bulletins/2020-04-01.md': bulletin('2020-04-01', 'Tỉnh tiếp tục cách ly tập trung người nhập cảnh.'),
  'news/cho-phien-2020.md': md(
    'title: Chợ phiên đông vui trở lại\ndate: 2020-03-20',
    'Theo chỉ đạo của UBND tỉnh, chợ phiên họp lại, người dân giữ khoảng cách.',
  ),
});

const ARCHIVED = [
  '/ban-tin/2018-03-01/',
  '/ban-tin/2018-03-02/',
  '/tin-tuc/cho-phien-2018/',
  '/van-ban/01-ct-ubnd/',
  '/van-ban/02-qd-ubnd/',
];
const urls = (dist: string, bundle: 'pagefind' | 'pagefind-archive') => fragments(dist, bundle).map((f) => String(f.url));

function build(workDir: string, outDir: string, env: Record<string, string> = {}): string {
  const run = runBuild({ contentDir: content, outDir, workDir, env });
  expect(run.status, run.output).toBe(0);
  return run.output;
}

const work = temp('work');
const dist = path.join(temp('first'), 'dist');
let firstLog = '';
beforeAll(() => {
  firstLog = build(work, dist);
}, 120_000);

describe('the two parts', () => {
  test('the archive holds the earlier years’ bulletins, news and directives; the current part the rest, rebuttals included', () => {
    expect(urls(dist, 'pagefind-archive')).toEqual(ARCHIVED);
    const current = urls(dist, 'pagefind');
    for (const url of ['/ban-tin/2019-06-01/', '/ban-tin/2020-04-01/', '/tin-tuc/cho-phien-2020/', '/cai-chinh/tin-don-2018/'])
      expect(current).toContain(url);
    for (const url of ARCHIVED) expect(current).not.toContain(url);
    expect(firstLog).toMatch(/lưu trữ năm 2018: 5 trang, đã lập lại/);
  });

  test('the search page names the archive’s years', () => {
    const html = readFileSync(path.join(dist, 'tim-kiem/index.html'), 'utf8');
    expect(html).toContain('data-archive="/pagefind-archive/"');
    expect(html).toContain('data-current-from="2019"');
    expect(html).toContain('Tìm cả trong lưu trữ năm 2018');
  });
});

test('an archived page’s folder holding another page for the index stops the build: that page would move to the archive unseen', async () => {
  const site = temp('nested');
  const html = readFileSync(path.join(dist, 'tin-tuc/cho-phien-2018/index.html'), 'utf8');
  for (const folder of ['tin-tuc/a', 'tin-tuc/a/b', 'tin-tuc/c']) {
    mkdirSync(path.join(site, folder), { recursive: true });
    writeFileSync(path.join(site, folder, 'index.html'), html);
  }
  const options = { archive: ['/tin-tuc/a/'], workDir: temp('nested-work'), cacheDir: temp('nested-cache') };
  await expect(indexSite(site, options)).rejects.toThrow('lưu trữ có 2 trang được lập chỉ mục, cần đúng 1');
  // Every folder is back where it was.
  expect(readFileSync(path.join(site, 'tin-tuc/a/b/index.html'), 'utf8')).toBe(html);
});

describe('the search page reads the archive when it is needed', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  const archiveRequests: string[] = [];
  beforeAll(async () => {
    served = await serveDist(dist, { port: 0 });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.on('request', (r) => {
      if (r.url().includes('/pagefind-archive/')) archiveRequests.push(r.url());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  async function search(address: string): Promise<string[]> {
    await page.goto(`${served.origin}${address}`);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/kết quả|Không tìm thấy/);
    return page
      .locator('#search-results > li h2 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  }

  test('a first search reads the current part only, and offers the archive', async () => {
    const found = await search('/tim-kiem/?q=cho+phien');
    expect(found).toContain('/tin-tuc/cho-phien-2020/');
    expect(found.filter((u) => ARCHIVED.includes(u))).toEqual([]);
    expect(archiveRequests).toEqual([]);
    const offer = page.locator('#search-archive');
    expect(await offer.isVisible()).toBe(true);

    await offer.getByRole('button', { name: 'Tìm cả trong lưu trữ năm 2018' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain(', kể cả trong lưu trữ.');
    const all = await page
      .locator('#search-results > li h2 a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(all).toEqual(expect.arrayContaining(['/tin-tuc/cho-phien-2018/', '/tin-tuc/cho-phien-2020/']));
    expect(new URL(page.url()).searchParams.get('luu-tru')).toBe('1');
    expect(await offer.isHidden()).toBe(true);
    // The button has gone with its paragraph: the focus is on what the search says it found.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-status');
  });

  test('a query only the archive answers is looked up there at once', async () => {
    archiveRequests.length = 0;
    expect(await search('/tim-kiem/?q=khu+khuan')).toEqual(['/ban-tin/2018-03-01/']);
    expect(archiveRequests.length).toBeGreaterThan(0);
    expect(await page.getByRole('status').textContent()).toContain(', kể cả trong lưu trữ.');
  });

  test('a document number the current part does not hold is looked up in the archive, though current pages share its parts', async () => {
    // "UBND" is in a current page: the current part alone finds something, but not the number.
    expect(await search('/tim-kiem/?q=UBND')).toEqual(['/tin-tuc/cho-phien-2020/']);
    expect((await search('/tim-kiem/?q=02%2FQD-UBND'))[0]).toBe('/van-ban/02-qd-ubnd/');
    expect(await page.getByRole('status').textContent()).toContain(', kể cả trong lưu trữ.');
  });

  test('a date of an archived year finds its bulletin, though the other words are found in the current part', async () => {
    expect((await search('/tim-kiem/?q=2%2F3%2F2018+cho+phien'))[0]).toBe('/ban-tin/2018-03-02/');
  });

  test('an archive that fails to load says so, and the next search starts afresh', async () => {
    await page.route('**/pagefind-archive/**', (route) => route.abort());
    await page.goto(`${served.origin}/tim-kiem/?q=zzyzx`);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/^Không tải được chỉ mục tìm kiếm/);
    await page.unroute('**/pagefind-archive/**');
    const box = page.getByRole('searchbox', { name: /Nội dung cần tìm/ });
    await box.fill('khu khuan');
    await box.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toContain('kể cả trong lưu trữ');
    expect(
      await page
        .locator('#search-results > li h2 a')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    ).toEqual(['/ban-tin/2018-03-01/']);
  });

  test('a query found nowhere says that the archive was searched too', async () => {
    expect(await search('/tim-kiem/?q=zzyzx')).toEqual([]);
    expect(await page.getByRole('status').textContent()).toBe('Không tìm thấy kết quả cho “zzyzx”, kể cả trong lưu trữ.');
  });
});

describe('the daily rebuild', () => {
  test('copies the archive while none of its pages changed, writes it again when one did, and publishes what a fresh build publishes', () => {
    writeFileSync(path.join(content, 'bulletins/2020-04-02.md'), bulletin('2020-04-02', 'Không ghi nhận ca mắc mới trong ngày.'));
    const rebuilt = path.join(temp('rebuilt'), 'dist');
    expect(build(work, rebuilt)).toMatch(/lưu trữ năm 2018: 5 trang, dùng lại của lần tạo trước/);
    const fresh = path.join(temp('fresh'), 'dist');
    build(temp('fresh-work'), fresh);
    expect(differences(published(rebuilt), published(fresh))).toEqual([]);
    expect(urls(rebuilt, 'pagefind')).toContain('/ban-tin/2020-04-02/');

    // A correction to an archived news item: the archive is written again, with the new text.
    const news = path.join(content, 'news/cho-phien-2018.md');
    writeFileSync(news, readFileSync(news, 'utf8').replace('tạm dừng họp', 'tạm dừng họp đến hết tháng 4'));
    const corrected = path.join(temp('corrected'), 'dist');
    const correctedLog = build(work, corrected);
    const freshCorrected = path.join(temp('fresh-corrected'), 'dist');
    build(temp('fresh-corrected-work'), freshCorrected);
    expect(differences(published(corrected), published(freshCorrected))).toEqual([]);
    expect(correctedLog).toMatch(/lưu trữ năm 2018: 5 trang, đã lập lại/);
    expect(String(fragments(corrected, 'pagefind-archive').find((f) => f.url === '/tin-tuc/cho-phien-2018/')?.content)).toContain(
      'đến hết tháng 4',
    );

    // The first bulletin of a new year: 2019 joins the archive, whose years and pages change with it.
    writeFileSync(path.join(content, 'bulletins/2021-01-01.md'), bulletin('2021-01-01', 'Bản tin đầu năm.'));
    const newYear = { SOURCE_DATE_EPOCH: String(vnEpoch('2021-01-01', '17:00')) };
    const turned = path.join(temp('new-year'), 'dist');
    const turnedLog = build(work, turned, newYear);
    const freshTurned = path.join(temp('fresh-new-year'), 'dist');
    build(temp('fresh-new-year-work'), freshTurned, newYear);
    expect(differences(published(turned), published(freshTurned))).toEqual([]);
    expect(turnedLog).toMatch(/lưu trữ từ năm 2018 đến năm 2019: 6 trang, đã lập lại/);
    expect(urls(turned, 'pagefind-archive')).toContain('/ban-tin/2019-06-01/');
    expect(readFileSync(path.join(turned, 'tim-kiem/index.html'), 'utf8')).toContain('data-current-from="2020"');
  }, 600_000);
});
