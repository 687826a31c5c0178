/**
 * The browser editor at /admin/, driven in Chromium as a staff member would, by the Vietnamese
 * labels on screen: the fixture site is built, served on loopback, and the editor's local mode
 * is given a folder in the browser's private file system (OPFS) holding a copy of the content
 * folder and a `.git` folder, instead of asking for one. The files it saves are read back out
 * and checked with `npm run check` and against what `npm run new` writes.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveDist, type Served } from '../../scripts/serve.ts';
import { loadContent } from '../../src/content-folder/load.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT, runBuild } from '../helpers/build.ts';
import { tempFolders } from '../helpers/temp.ts';
import { copyFixture, runTool } from '../helpers/tools.ts';

const temp = tempFolders('editor');
/** The build's clock: 2020-02-07 00:30 in Vietnam. */
const BUILT = '1580995800';
/** When the form is opened: 2020-02-07 15:20 in Vietnam, which is still 2020-02-07 03:20 in New York, where the browser thinks it is… */
const OPENED = new Date('2020-02-07T15:20:00+07:00');
/** …so a form that took the computer's date would say the 6th. */
const TODAY_VN = '2020-02-07';

let served: Served;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const outside: string[] = [];
const pageErrors: string[] = [];
const original = copyFixture('minimal');

/** Every file of a folder, by its path inside it, as base64. */
function filesOf(dir: string, rel = ''): [string, string][] {
  return readdirSync(dir).flatMap((name): [string, string][] => {
    const abs = path.join(dir, name);
    return statSync(abs).isDirectory() ? filesOf(abs, `${rel}${name}/`) : [[`${rel}${name}`, readFileSync(abs).toString('base64')]];
  });
}

/** The repository folder the editor works on, as files: everything below `repo/` in OPFS. */
const repoFiles = () =>
  page.evaluate(async () => {
    const out: Record<string, string> = {};
    const walk = async (dir: FileSystemDirectoryHandle, rel: string) => {
      for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${rel}${name}/`);
        else {
          const bytes = new Uint8Array(await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer());
          let binary = '';
          for (const b of bytes) binary += String.fromCharCode(b);
          out[`${rel}${name}`] = btoa(binary);
        }
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle('repo'), '');
    return out;
  });

/** The editor's English interface strings (those its Vietnamese says otherwise)… */
const english = (() => {
  const read = (file: string) => JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@sveltia/cms/locales', file), 'utf8')) as object;
  const leaves = (o: unknown, at = ''): [string, string][] =>
    typeof o === 'string' ? [[at, o]] : o && typeof o === 'object' ? Object.entries(o).flatMap(([k, v]) => leaves(v, `${at}.${k}`)) : [];
  const vi = new Map(leaves(read('vi.json')));
  return new Set(
    leaves(read('en-US.json'))
      .filter(([k, v]) => v.length > 3 && !v.includes('{') && vi.get(k) !== v)
      .map(([, v]) => v),
  );
})();
/** …that are on screen now, as a line, a button or a notice of their own. */
async function englishOnScreen(): Promise<string[]> {
  const lines = (await page.locator('body').innerText()).split('\n').map((l) => l.replace(/[\u2068\u2069]/g, '').trim());
  return lines.filter((l) => english.has(l));
}

/**
 * A field of the form, by the label staff see (the editor names each field's group “Trường “…””).
 * The editor leaves fields out of the page's rendering until they are scrolled to, so fields not
 * yet on screen count too.
 */
const field = (label: string, within: Locator | Page = page): Locator =>
  within.getByRole('group', { name: `Trường “\u2068${label}\u2069”`, exact: true, includeHidden: true });

/** The editor draws the fields of a long form as they are scrolled to: scroll down the form, as staff do, until the field is there. */
async function reveal(label: string): Promise<Locator> {
  const found = field(label);
  for (let i = 0; i < 60 && (await found.count()) === 0; i++) {
    await page.mouse.move(300, 600);
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(50);
  }
  return found;
}
const save = () => page.getByRole('button', { name: /^Lưu$/ }).click();
const openCollection = async (name: string) => {
  await page.getByRole('treeitem', { name: new RegExp(name) }).click();
};
const createEntry = async () => {
  await page.getByRole('button', { name: 'Tạo bài viết mới' }).click();
  await expect.poll(() => page.getByRole('button', { name: /^Lưu$/ }).count()).toBe(1);
  await page.getByText(/Bạn hiện đang tạo một bài viết mới/).waitFor({ state: 'attached' });
};
/** Types into a field the way staff do, and waits until the form holds it. */
async function type(label: string, value: string, nth = 0) {
  const input = (await reveal(label)).nth(nth).locator('input');
  await expect
    .poll(async () => {
      await input.fill(value);
      return input.inputValue();
    })
    .toBe(value);
}

beforeAll(async () => {
  const dist = temp('dist');
  const site = runBuild({ contentDir: original, outDir: dist, workDir: temp('work'), env: { SOURCE_DATE_EPOCH: BUILT } });
  expect(site.status, site.output).toBe(0);
  served = await serveDist(dist, { port: 0, host: '127.0.0.1' });
  const address = served.server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', timezoneId: 'America/New_York' });
  page = await context.newPage();
  await page.clock.setFixedTime(OPENED);
  page.on('request', (r) => {
    if (!/^(blob:|data:)/.test(r.url()) && new URL(r.url()).origin !== origin) outside.push(r.url());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.addInitScript(() => {
    // The editor's local mode asks for a folder: this answers with the folder in OPFS.
    Object.assign(window, {
      showDirectoryPicker: async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true }),
      cspViolations: [] as string[],
    });
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${origin}/admin/`);
  const seed: [string, string][] = [
    ...filesOf(original).map(([p, b]): [string, string] => [`content/${p}`, b]),
    ['.git/HEAD', Buffer.from('ref: refs/heads/main\n').toString('base64')],
  ];
  await page.evaluate(async (files) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
    for (const [file, b64] of files) {
      const parts = file.split('/');
      let dir = root;
      for (const d of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(d, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
      await writable.close();
    }
  }, seed);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('staff publish from the browser', () => {
  test('the editor opens in Vietnamese, with its icons as icons, on its own folder', async () => {
    await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).click();
    await page.getByText('Chuyên mục', { exact: true }).waitFor();
    expect(await englishOnScreen()).toEqual([]);
    expect(await page.locator('body').innerText()).toContain('Chuyên mục');
    // Icons are drawn by the icon font, not spelled out as their names.
    // The font loads when an icon is first drawn: wait for it before measuring one.
    await expect.poll(() => page.evaluate(() => document.fonts.check('24px "Material Symbols Outlined"', 'bookmark_manager'))).toBe(true);
    const icon = page.locator('.material-symbols-outlined', { hasText: 'bookmark_manager' }).first();
    await expect.poll(async () => (await icon.boundingBox())!.width).toBeLessThan(32);
  });

  test('a new bulletin opens with Vietnam’s date, the bulletin time and the latest figures; two changed figures are saved', async () => {
    await openCollection('Bản tin tình hình dịch bệnh');
    await createEntry();
    expect(await field('Ngày của bản tin').locator('input').inputValue()).toBe(TODAY_VN);
    expect(await field('Giờ chốt số liệu').locator('input').inputValue()).toBe('15:00');
    const confirmed = field('Ca mắc tích lũy').locator('input');
    expect(await confirmed.inputValue()).toBe('3');
    expect(await (await reveal('Khỏi bệnh, ra viện')).locator('input').inputValue()).toBe('1');
    // A figure of the day is not carried over.
    expect(await (await reveal('Đang cách ly tập trung')).locator('input').inputValue()).toBe('');
    await confirmed.fill('5');
    await field('Ca mắc mới trong ngày').locator('input').fill('2');
    await reveal('Diễn biến trong ngày');
    await page.locator('[contenteditable="true"]').click();
    await page.keyboard.type('Có 2 ca mới.');
    await save();
    await expect.poll(async () => Object.keys(await repoFiles())).toContain(`content/bulletins/${TODAY_VN}.md`);
  });

  test('an infographic is uploaded beside its entry with its description, never over another entry’s file', async () => {
    await openCollection('Infographic, video');
    await createEntry();
    await type('Tiêu đề', 'Đóng cửa chợ');
    await type('Ngày đăng', TODAY_VN);
    // The same name as the picture of the fixture's other infographic (5k.svg beside it): another picture.
    const picture = await sharp({ create: { width: 40, height: 50, channels: 3, background: '#c00' } })
      .png()
      .toBuffer();
    await field('Ảnh').locator('input[type=file]').first().setInputFiles({ name: '5k.png', mimeType: 'image/png', buffer: picture });
    await type('Mô tả ảnh', 'Chợ Giếng Vuông đóng cửa từ 12 giờ');
    await save();
    await expect.poll(async () => Object.keys(await repoFiles())).toContain('content/infographics/dong-cua-cho.md');
    const files = await repoFiles();
    expect(Buffer.from(files['content/infographics/dong-cua-cho/5k.png']!, 'base64').equals(picture)).toBe(true);
    expect(
      Buffer.from(files['content/infographics/5k.svg']!, 'base64').equals(readFileSync(path.join(original, 'infographics/5k.svg'))),
    ).toBe(true);
  });

  test('a hotline is added to hotlines.yaml', async () => {
    await openCollection('Đường dây nóng và cài đặt');
    await page.getByText('Đường dây nóng', { exact: true }).last().click();
    // The fixture lists one hotline: the new one is the second, once the form holds it.
    await expect.poll(() => field('Tên đường dây nóng').count()).toBe(1);
    await page.getByRole('button', { name: /^Thêm .*Đường dây nóng/ }).click();
    await expect.poll(() => field('Tên đường dây nóng').count()).toBe(2);
    await type('Tên đường dây nóng', 'Trung tâm Y tế huyện Cao Lộc', 1);
    await type('Số điện thoại', '0205 3861 234', 1);
    await save();
    await expect
      .poll(async () => Buffer.from((await repoFiles())['content/hotlines.yaml']!, 'base64').toString('utf8'))
      .toContain('Cao Lộc');
  });

  test('bad input is refused in Vietnamese and nothing is written', async () => {
    const before = await repoFiles();
    await openCollection('Bản tin tình hình dịch bệnh');
    // A negative figure.
    await createEntry();
    await field('Ngày của bản tin').locator('input').fill('2020-02-08');
    await field('Ca mắc tích lũy').locator('input').fill('-4');
    await save();
    await expect.poll(() => page.getByText(/không được nhỏ hơn|tối thiểu|lớn hơn hoặc bằng/i).count()).toBeGreaterThan(0);
    expect(await englishOnScreen()).toEqual([]);
    await field('Ca mắc tích lũy').locator('input').fill('6');
    // An empty date.
    await field('Ngày của bản tin').locator('input').fill('');
    await save();
    await expect
      .poll(() =>
        field('Ngày của bản tin')
          .getByText(/bắt buộc/i)
          .count(),
      )
      .toBeGreaterThan(0);
    await field('Ngày của bản tin').locator('input').fill('2020-02-08');
    // A district written twice: the content format's own rule, checked before saving.
    await reveal('Huyện, thành phố');
    await field('Huyện, thành phố').nth(1).locator('input').fill('Cao Lộc');
    await save();
    const problems = page.getByRole('dialog', { name: 'Chưa lưu: nội dung chưa hợp lệ' });
    await expect.poll(() => problems.innerText()).toContain('huyện này đã có ở dòng trước');
    expect(await problems.innerText()).toContain('districts[1].name');
    expect(await englishOnScreen()).toEqual([]);
    await problems.getByRole('button', { name: /Đã hiểu/ }).click();
    expect(await repoFiles()).toEqual(before);
  });

  test('what the editor saved passes npm run check, and the bulletin is what npm run new writes', async () => {
    const files = await repoFiles();
    const saved = temp('saved');
    for (const [file, b64] of Object.entries(files)) {
      if (!file.startsWith('content/')) continue;
      mkdirSync(path.dirname(path.join(saved, file)), { recursive: true });
      writeFileSync(path.join(saved, file), Buffer.from(b64, 'base64'));
    }
    const contentDir = path.join(saved, 'content');
    const after = { SOURCE_DATE_EPOCH: String(OPENED.getTime() / 1000 + 3600) };
    const check = runTool('check', [], { contentDir, env: after });
    expect(check.status, check.output).toBe(0);

    const byNew = copyFixture('minimal');
    const made = runTool('new', ['bulletin', '--date', TODAY_VN, '--confirmed', '5', '--confirmedNew', '2', '--body', 'Có 2 ca mới.'], {
      contentDir: byNew,
      env: after,
    });
    expect(made.status, made.output).toBe(0);
    const data = async (dir: string) => {
      const entry = (await loadContent(dir, new Date(OPENED.getTime() + 3_600_000))).entries.find(
        (e) => e.file === `bulletins/${TODAY_VN}.md`,
      )!;
      return { data: entry.data, body: entry.body.trim() };
    };
    // Not byte for byte: the editor quotes every text and writes `draft: false`; the same data.
    expect(await data(contentDir)).toEqual(await data(byNew));
  });

  test('no request left the site, and no security policy violation or script error occurred', async () => {
    expect(outside).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
