import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { FIXED_ROUTES, isGrowingRoute } from '../../src/domain/routes.ts';
import { makeContent, md } from '../helpers/content.ts';
import { loadContent } from '../../src/content-folder/load.ts';

const PAGES_DIR = path.resolve(import.meta.dirname, '../../src/pages');
const PUBLIC_DIR = path.resolve(import.meta.dirname, '../../public');

/** The path each route file of src/pages without a parameter builds, as Astro names it (format "directory"), and each file of public/. */
function staticRoutes(): string[] {
  return readdirSync(PAGES_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(astro|ts)$/.test(f) && !f.includes('['))
    .map((f) => {
      const route = `/${f.split(path.sep).join('/')}`;
      if (route.endsWith('.astro')) return route.replace(/(index)?\.astro$/, '').replace(/([^/])$/, '$1/');
      return route.replace(/\.ts$/, '');
    })
    .map((r) => (r === '/404/' ? '/404.html' : r))
    .concat(readdirSync(PUBLIC_DIR, { recursive: true, encoding: 'utf8' }).map((f) => `/${f.split(path.sep).join('/')}`));
}

test('every route without a parameter, and every file of public/, is a path the validator keeps for the generator', () => {
  const routes = staticRoutes();
  expect(routes.length).toBeGreaterThan(20);
  const fixed = new Set(FIXED_ROUTES.map((r) => r.replace(/\/$/, '')));
  expect(routes.filter((r) => !fixed.has(r.replace(/\/$/, '')))).toEqual([]);
});

test('paths that pages take as the content grows', () => {
  for (const p of ['/tin-tuc/trang-2/', '/ban-tin/trang-1', '/van-ban/loai/chi-thi/', '/van-ban/co-quan/ubnd/trang-3/', '/sitemap-1.xml'])
    expect(isGrowingRoute(p), p).toBe(true);
  for (const p of ['/tin-tuc/cu/', '/ban-tin/2020-02-05/', '/van-ban/03-ct-ubnd/', '/trang-2/']) expect(isGrowingRoute(p), p).toBe(false);
});

test('an alias or an entry may not take an endpoint, a growing path or an encoded path', async () => {
  const news = (aliases: string) => md(`title: T\ndate: 2020-02-03\naliases: ${aliases}`);
  const content = await loadContent(
    makeContent({
      'news/a.md': news('[/robots.txt, /van-ban/chi-muc.json, /du-lieu/huyen.csv, /admin/config.json]'),
      'news/b.md': news('[/tin-tuc/trang-2/, /van-ban/loai/chi-thi/]'),
      'news/c.md': news('["/cu/th%C3%B4ng-b%C3%A1o/"]'),
      'directives/chi-muc.json.md': md('number: 03/CT-UBND\nkind: chi-thi\ntitle: T\nissuer: UBND\nissued: 2020-01-31'),
    }),
    new Date('2020-04-10T09:00:00Z'),
  );
  const errors = content.findings.filter((f) => f.severity === 'error');
  expect(errors.map((f) => [f.file, f.field])).toEqual(
    expect.arrayContaining([
      ['news/a.md', 'aliases[0]'],
      ['news/a.md', 'aliases[1]'],
      ['news/a.md', 'aliases[2]'],
      ['news/a.md', 'aliases[3]'],
      ['news/b.md', 'aliases[0]'],
      ['news/b.md', 'aliases[1]'],
      ['news/c.md', 'aliases[0]'],
      ['directives/chi-muc.json.md', ''],
    ]),
  );
  expect(errors).toHaveLength(8);
  expect(errors.find((f) => f.file === 'news/b.md')!.message).toContain('tự tạo thêm khi nội dung tăng');
  expect(errors.find((f) => f.file === 'news/c.md')!.message).toContain('ký tự mã hóa');
});
