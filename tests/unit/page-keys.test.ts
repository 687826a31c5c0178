/**
 * The keys that let a rebuild copy a page from the cache (src/lib/page-keys.ts) are made of the
 * page's props: an entry stands for its staged digest and the contents of its files, and props
 * that JSON would silently drop are refused. tests/build/differential.test.ts proves whole
 * rebuilds against builds from scratch, over edits and clock moves.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';

/** A staged folder as src/content-folder/stage.ts writes it, with one news item and its picture. */
function stage() {
  const work = mkdtempSync(path.join(tmpdir(), 'sukien-keys-'));
  mkdirSync(path.join(work, 'content'));
  const picture = path.join(work, 'anh.png');
  writeFileSync(picture, 'ảnh thứ nhất');
  const news = [{ id: 'tin', file: path.join(work, 'tin.md'), data: {}, body: 'Tin.', media: [picture], files: {} }];
  writeFileSync(path.join(work, 'content/news.json'), JSON.stringify(news));
  return { work, picture };
}

/** propsText as a fresh build process computes it (its file digests are read once per process). */
async function textOf(work: string, props: unknown): Promise<string> {
  vi.resetModules();
  const { propsText } = await import('../../src/build/page-keys.ts');
  return propsText(props, path.join(work, 'content'));
}

const entry = { collection: 'news', id: 'tin', digest: 'd1', data: { title: 'T' }, rendered: { html: '<p>Tin.</p>' } };

describe('page keys', () => {
  test('the same props give the same key text in every build', async () => {
    const { work } = stage();
    expect(await textOf(work, { item: entry, next: '2020-02-07' })).toBe(await textOf(work, { item: entry, next: '2020-02-07' }));
  });

  test("an entry's digest and every other prop change the key text", async () => {
    const { work } = stage();
    const base = await textOf(work, { item: entry, next: '2020-02-07' });
    expect(await textOf(work, { item: { ...entry, digest: 'd2' }, next: '2020-02-07' })).not.toBe(base);
    expect(await textOf(work, { item: entry, next: '2020-02-08' })).not.toBe(base);
    expect(await textOf(work, { item: entry, next: '2020-02-07', status: { inForce: false, label: 'Hết hiệu lực' } })).not.toBe(base);
  });

  test('a picture replaced under the same name changes the key text', async () => {
    const { work, picture } = stage();
    const before = await textOf(work, { item: entry });
    writeFileSync(picture, 'ảnh đã sửa');
    expect(await textOf(work, { item: entry })).not.toBe(before);
  });

  test.each([
    ['a Map', { mentions: new Map([['a', 1]]) }],
    ['a Set', { ids: new Set(['a']) }],
    ['a function', { status: () => 'Còn hiệu lực' }],
  ])('props holding %s are refused, since JSON would leave it out of the key', async (_label, props) => {
    const { work } = stage();
    await expect(textOf(work, props)).rejects.toThrow(/plain data/);
  });
});
