/**
 * The keys that let a rebuild copy a page from the cache (src/lib/page-keys.ts): a key must
 * change whenever something the page shows changes, also what no content entry records.
 * tests/build/incremental.test.ts proves the whole rebuild against a build from scratch.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';

const ENV = ['SUKIEN_WORK_DIR', 'SOURCE_DATE_EPOCH'] as const;
const saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]));
afterEach(() => {
  for (const k of ENV) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

/** A staged folder as src/content-folder/stage.ts writes it, with one news item and its picture. */
function stage(site: Record<string, unknown> = {}) {
  const work = mkdtempSync(path.join(tmpdir(), 'sukien-keys-'));
  const dir = path.join(work, 'content');
  mkdirSync(dir);
  const picture = path.join(work, 'anh.png');
  writeFileSync(picture, 'ảnh thứ nhất');
  const files: Record<string, unknown> = {
    'site.json': { name: 'Thông tin dịch bệnh', ...site },
    'pages.json': [],
    'hotlines.json': [{ id: '001', name: 'Sở Y tế', phone: '0205 3870 000' }],
    'directives.json': [],
    'register.json': [],
    'news.json': [{ id: 'tin', file: path.join(work, 'tin.md'), data: {}, body: 'Tin.', media: [picture] }],
  };
  for (const [name, value] of Object.entries(files)) writeFileSync(path.join(dir, name), JSON.stringify(value));
  return { work, dir, picture };
}

/** The key of the news item's page, as a fresh build process (SUKIEN_WORK_DIR, SOURCE_DATE_EPOCH) computes it. */
async function keyOf(work: string, epoch = '1586512800', ...parts: unknown[]): Promise<string> {
  process.env.SUKIEN_WORK_DIR = work;
  process.env.SOURCE_DATE_EPOCH = epoch;
  vi.resetModules();
  const { pageKey } = await import('../../src/lib/page-keys.ts');
  return pageKey({ collection: 'news', id: 'tin', digest: 'd1' }, ...parts);
}

describe('page keys', () => {
  test('the same content gives the same key in every build', async () => {
    const { work } = stage();
    expect(await keyOf(work)).toBe(await keyOf(work));
  });

  test("the entry's digest and what the route adds change the key", async () => {
    const { work } = stage();
    process.env.SUKIEN_WORK_DIR = work;
    vi.resetModules();
    const { pageKey } = await import('../../src/lib/page-keys.ts');
    const entry = { collection: 'news', id: 'tin', digest: 'd1' };
    expect(pageKey(entry)).not.toBe(pageKey({ ...entry, digest: 'd2' }));
    expect(pageKey(entry, { next: '2020-02-07' })).not.toBe(pageKey(entry, { next: '2020-02-08' }));
  });

  test('a picture replaced under the same name changes the key', async () => {
    const { work, picture } = stage();
    const before = await keyOf(work);
    writeFileSync(picture, 'ảnh đã sửa');
    expect(await keyOf(work)).not.toBe(before);
  });

  test('site settings, hotlines and the register, shown on every page, change every key', async () => {
    const a = stage();
    const before = await keyOf(a.work);
    writeFileSync(path.join(a.dir, 'hotlines.json'), JSON.stringify([{ id: '001', name: 'Sở Y tế', phone: '0205 3870 111' }]));
    const hotline = await keyOf(a.work);
    expect(hotline).not.toBe(before);
    writeFileSync(path.join(a.dir, 'register.json'), JSON.stringify([{ id: '03-ct-ubnd', number: '03/CT-UBND' }]));
    expect(await keyOf(a.work)).not.toBe(hotline);
    const b = stage({ name: 'Tên khác' });
    expect(await keyOf(b.work)).not.toBe(before);
  });

  test('a change of the code that renders Markdown changes every key', async () => {
    const { work } = stage();
    mkdirSync(path.join(work, 'cache'));
    writeFileSync(path.join(work, 'cache/sukien-rendered-with.txt'), 'plugins v1\n[]');
    const before = await keyOf(work);
    writeFileSync(path.join(work, 'cache/sukien-rendered-with.txt'), 'plugins v2\n[]');
    expect(await keyOf(work)).not.toBe(before);
  });

  test('an urgent notice that has expired since the last build changes every key', async () => {
    // Until 2020-04-11 00:00 in Vietnam: shown at 17:00 and 21:46 on the 10th, gone on the 12th; same settings file.
    const { work } = stage({ notice: { text: 'Tạm dừng vận tải hành khách', until: '2020-04-11T00:00:00+07:00' } });
    const shown = await keyOf(work, '1586512800');
    expect(await keyOf(work, '1586530000')).toBe(shown);
    expect(await keyOf(work, '1586700000')).not.toBe(shown);
  });
});
