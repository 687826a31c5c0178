/** Issue "A register of directives": facets without JavaScript, citations as links, related documents. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { loadContent } from '../../src/content-folder/load.ts';
import { slugify } from '../../src/domain/vn-slug.ts';
import { buildClock } from '../../src/domain/vn-time.ts';
import { DEMO_EPOCH, ROOT } from '../helpers/build.ts';
import { fileOf, page } from '../helpers/site.ts';

const dist = inject('demoDist');
const content = await loadContent(path.join(ROOT, 'content'), buildClock({ SOURCE_DATE_EPOCH: DEMO_EPOCH }));
const directives = content.entries.filter((e) => e.kind === 'directives' && e.published);

describe('the register without JavaScript', () => {
  test('every kind, year and issuer has its page listing exactly its documents', () => {
    const check = (url: string, expected: typeof directives) => {
      const $ = page(dist, url);
      const links = $('#danh-sach h2 a')
        .map((_, a) => $(a).attr('href'))
        .get()
        .sort();
      expect(links, url).toEqual(expected.map((d) => `/van-ban/${d.slug}/`).sort());
    };
    for (const kind of new Set(directives.map((d) => String(d.data.kind))))
      check(
        `/van-ban/loai/${kind}/`,
        directives.filter((d) => d.data.kind === kind),
      );
    for (const year of new Set(directives.map((d) => String(d.data.issued).slice(0, 4))))
      check(
        `/van-ban/nam/${year}/`,
        directives.filter((d) => String(d.data.issued).startsWith(year)),
      );
    for (const issuer of new Set(directives.map((d) => String(d.data.issuer))))
      check(
        `/van-ban/co-quan/${slugify(issuer)}/`,
        directives.filter((d) => d.data.issuer === issuer),
      );
  });

  test('the register links every facet page, and in force / no longer in force are pages too', () => {
    const $ = page(dist, '/van-ban/');
    expect($('nav[aria-label="Lọc văn bản"] a').length).toBeGreaterThanOrEqual(10);
    expect(page(dist, '/van-ban/hieu-luc/het-hieu-luc/')('#danh-sach').text()).toContain('02/CĐ-UBND');
  });

  test('each row has number, kind, issuer, date, summary and status, newest first', () => {
    const $ = page(dist, '/van-ban/');
    const dates = $('#danh-sach time')
      .map((_, t) => $(t).attr('datetime'))
      .get();
    expect([...dates].sort().reverse()).toEqual(dates);
    expect($('#danh-sach li').first().text()).toMatch(/(Còn|Hết) hiệu lực/);
  });

  test('the index for instant filtering lists every document', () => {
    const index = JSON.parse(readFileSync(fileOf(dist, '/van-ban/chi-muc.json'), 'utf8')) as { number: string }[];
    expect(index.map((r) => r.number).sort()).toEqual(directives.map((d) => String(d.data.number)).sort());
  });
});

describe('citations and related documents', () => {
  test('a document cited in a bulletin links to its page, and its page shows where it is mentioned', () => {
    const $ = page(dist, '/ban-tin/2020-02-28/');
    const link = $('.prose a[href="/van-ban/237-qd-ubnd/"]');
    expect(link.text()).toBe('237/QĐ-UBND');
    expect(link.attr('title')).toBe(String(directives.find((d) => d.slug === '237-qd-ubnd')!.data.title));
    const doc = page(dist, '/van-ban/237-qd-ubnd/');
    expect(doc('#van-ban-lien-quan ~ ul a[href="/ban-tin/2020-02-28/"]').length).toBe(1);
  });

  test('replaces and amends show both ways, and a replaced document is no longer in force', () => {
    const replacing = page(dist, '/van-ban/03-ct-ubnd/');
    expect(replacing('.related').text()).toContain('Thay thế văn bản');
    const replaced = page(dist, '/van-ban/02-cd-ubnd/');
    expect(replaced('.related').text()).toContain('Bị thay thế bởi');
    expect(replaced('.doc-meta').text()).toContain('Hết hiệu lực (đã bị thay thế)');
    expect(page(dist, '/van-ban/545-kh-ubnd/')('.related').text()).toContain('Được sửa đổi, bổ sung bởi');
  });

  test('a number not in the register is left as written', () => {
    const html = readFileSync(fileOf(dist, '/ban-tin/2020-03-31/'), 'utf8');
    expect(html).toContain('16/CT-TTg');
    expect(html).not.toMatch(/<a[^>]*>16\/CT-TTg<\/a>/);
  });
});
