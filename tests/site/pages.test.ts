import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { loadContent, type Entry } from '../../src/content-folder/load.ts';
import { isPrintPage, SECTIONS } from '../../src/domain/routes.ts';
import { formatCount } from '../../src/domain/vn-number.ts';
import { buildClock, formatDateTime } from '../../src/domain/vn-time.ts';
import { DEMO_EPOCH, ROOT } from '../helpers/build.ts';
import { fileOf, htmlPages, isRedirect, page } from '../helpers/site.ts';

const dist = inject('demoDist');
const content = await loadContent(path.join(ROOT, 'content'), buildClock({ SOURCE_DATE_EPOCH: DEMO_EPOCH }));
const published = (kind: Entry['kind']) => content.entries.filter((e) => e.kind === kind && e.published);
const bulletins = published('bulletins').sort((a, b) => String(a.data.date).localeCompare(String(b.data.date)));
const latest = bulletins.at(-1)!;

describe('the demo content', () => {
  test('is valid and as large as the generator issue asks', () => {
    expect(content.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(content.site.demo).toBe(true);
    expect(bulletins.length).toBeGreaterThanOrEqual(60);
    expect(published('directives').length).toBeGreaterThanOrEqual(6);
    expect(published('infographics').length).toBeGreaterThanOrEqual(6);
    expect(published('news').length).toBeGreaterThanOrEqual(3);
    expect(published('factchecks').length).toBeGreaterThanOrEqual(2);
    expect(published('pages').length).toBeGreaterThanOrEqual(2);
    expect(content.hotlines.length).toBeGreaterThanOrEqual(3);
  });
});

describe('every public URL of the content format exists', () => {
  const expected = [
    '/',
    '/ban-tin/',
    '/van-ban/',
    '/infographic/',
    '/tin-tuc/',
    '/cai-chinh/',
    '/duong-day-nong/',
    '/tim-kiem/',
    '/404.html',
    '/robots.txt',
    '/sitemap-index.xml',
    ...bulletins.map((e) => `/ban-tin/${String(e.data.date)}/`),
    ...published('directives').map((e) => `/van-ban/${e.slug}/`),
    ...published('infographics').map((e) => `/infographic/${e.slug}/`),
    ...published('news').map((e) => `/tin-tuc/${e.slug}/`),
    ...published('factchecks').map((e) => `/cai-chinh/${e.slug}/`),
    ...published('pages').map((e) => `/thong-tin/${e.slug}/`),
    ...(bulletins.length >= 2 * SECTIONS.bulletins.pageSize ? ['/ban-tin/trang-1/'] : []),
  ];
  test.each(expected)('%s', (url) => {
    expect(() => readFileSync(fileOf(dist, url))).not.toThrow();
  });

  test('lists are paged from the oldest entry: trang-1 holds the first bulletins, the list’s own page the newest', () => {
    const size = SECTIONS.bulletins.pageSize;
    const dates = bulletins.map((e) => String(e.data.date)).sort();
    const linked = (url: string) =>
      page(
        dist,
        url,
      )('.item-list h3 a')
        .map((_, a) => page(dist, url)(a).attr('href'))
        .get();
    expect(dates.length).toBeGreaterThanOrEqual(2 * size);
    expect(linked('/ban-tin/trang-1/').sort()).toEqual(dates.slice(0, size).map((d) => `/ban-tin/${d}/`));
    const own = linked('/ban-tin/');
    expect(own.length).toBe(dates.length - size * Math.max(0, Math.floor(dates.length / size) - 1));
    expect(own[0]).toBe(`/ban-tin/${dates.at(-1)}/`);
  });

  test('files committed with an entry are served as committed, under its path', () => {
    const files = [...published('directives'), ...published('infographics')].flatMap((e) =>
      e.media.map(({ rel }) => ({ url: `/${e.kind === 'directives' ? 'van-ban' : 'infographic'}/${e.slug}/${path.basename(rel)}`, rel })),
    );
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files) expect(readFileSync(fileOf(dist, f.url)).equals(readFileSync(path.join(ROOT, 'content', f.rel)))).toBe(true);
  });

  test('aliases redirect to their entry', () => {
    const aliased = content.entries.filter((e) => e.published && (e.data.aliases as string[]).length > 0);
    expect(aliased.length).toBeGreaterThan(0);
    for (const e of aliased) {
      for (const alias of e.data.aliases as string[]) {
        const $ = page(dist, alias);
        expect(isRedirect($)).toBe(true);
        expect($('meta[http-equiv="refresh"]').attr('content')).toContain(
          e.kind === 'bulletins' ? `/ban-tin/${String(e.data.date)}/` : e.slug,
        );
      }
    }
  });
});

describe('every page', () => {
  // A print sheet has no site header or footer: tests/site/print-sheets.test.ts checks it.
  const pages = htmlPages(dist).filter((p) => !isRedirect(page(dist, p)) && !isPrintPage(p));
  beforeAll(() => expect(pages.length).toBeGreaterThan(80));

  test.each(pages)('%s is Vietnamese, has one h1, a title, a description, a canonical URL, the search form and the demo notice', (p) => {
    const $ = page(dist, p);
    expect($('html').attr('lang')).toBe(p === '/en/' ? 'en' : 'vi');
    expect($('h1')).toHaveLength(1);
    expect($('title').text().trim()).not.toBe('');
    expect($('meta[name="description"]').attr('content')?.trim()).toBeTruthy();
    expect($('link[rel="canonical"]').attr('href')).toMatch(/^https?:\/\//);
    const form = $('header form[role="search"]');
    expect(form.attr('action')).toBe('/tim-kiem/');
    expect((form.attr('method') ?? 'get').toLowerCase()).toBe('get');
    expect(form.find('input[name="q"]')).toHaveLength(1);
    expect($('.demo-notice').text()).toContain('Dữ liệu minh họa');
    expect($('footer a[href^="tel:"]').length).toBeGreaterThan(0);
    expect($('a.skip-link').attr('href')).toBe('#noi-dung');
    expect($('main#noi-dung')).toHaveLength(1);
  });
});

describe('home page', () => {
  const $ = page(dist, '/');
  test('shows the latest figures, as of the bulletin time, and when the page was updated', () => {
    const text = $('main').text();
    expect(text).toContain(`Số liệu tính đến ${formatDateTime(String(latest.data.date), String(latest.data.time))}`);
    const stats = latest.data.stats as Record<string, number>;
    expect($('.figure__value').first().text()).toBe(formatCount(stats.confirmed!));
    expect(text).toContain('Cập nhật trang lúc 17h00 ngày 10/04/2020');
  });
  test('shows the alert level with its meaning', () => {
    expect($('.alert-level h2').text()).toMatch(/Cấp độ dịch: Cấp [1-5]/);
    expect($('.alert-level p').length).toBeGreaterThanOrEqual(2);
  });
  test('lists the latest directives, news, infographics, fact-checks and hotlines', () => {
    for (const id of ['van-ban-moi', 'tin-moi', 'infographic-moi', 'cai-chinh-moi', 'duong-day-nong']) expect($(`#${id}`)).toHaveLength(1);
    expect($('#infographic-moi ~ ul img[alt]').length).toBeGreaterThan(0);
  });
});

describe('bulletin pages', () => {
  test('a bulletin shows its figures table with headers, its districts, its narrative and previous/next links', () => {
    const mid = bulletins[Math.floor(bulletins.length / 2)]!;
    const $ = page(dist, `/ban-tin/${String(mid.data.date)}/`);
    expect($('h1').text()).toBe(String(mid.data.title));
    expect($('table th[scope="col"]').length).toBeGreaterThan(2);
    expect($('table th[scope="row"]').length).toBeGreaterThan(3);
    expect($('a[rel="prev"]').attr('href')).toMatch(/^\/ban-tin\/\d{4}-\d{2}-\d{2}\/$/);
    expect($('a[rel="next"]').attr('href')).toMatch(/^\/ban-tin\/\d{4}-\d{2}-\d{2}\/$/);
    expect($('.prose').text().trim().length).toBeGreaterThan(50);
  });

  test('a bulletin with a correction says why its figure went down', () => {
    const corrected = bulletins.find((b) => b.data.correction);
    expect(corrected).toBeDefined();
    const $ = page(dist, `/ban-tin/${String(corrected!.data.date)}/`);
    expect($('main').text()).toContain(String(corrected!.data.correction));
  });

  test('the archive is newest first and grouped by month', () => {
    const $ = page(dist, '/ban-tin/');
    const dates = $('main li time')
      .map((_, el) => $(el).attr('datetime'))
      .get();
    expect(dates.length).toBeGreaterThan(20);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect($('main h2').first().text()).toMatch(/^Tháng \d{1,2}\/\d{4}$/);
  });
});

describe('directives', () => {
  test('the list shows number, kind, issuer, date, urgent mark and whether in force', () => {
    const $ = page(dist, '/van-ban/');
    const text = $('main').text();
    for (const d of published('directives')) {
      expect(text).toContain(String(d.data.number));
      expect(text).toContain(String(d.data.issuer));
    }
    expect($('.tag--urgent').length).toBe(published('directives').filter((d) => d.data.urgent).length);
    expect(text).toContain('Còn hiệu lực');
  });

  test('a page shows the metadata block and downloadable attachments with type and size', () => {
    const doc = published('directives').find((d) => (d.data.attachments as unknown[]).length > 0)!;
    const $ = page(dist, `/van-ban/${doc.slug}/`);
    const meta = $('dl.doc-meta').text();
    expect(meta).toContain(String(doc.data.number));
    expect(meta).toContain(String(doc.data.issuer));
    const link = $('#tep-dinh-kem ~ ul a[download]').first();
    expect(link.attr('href')).toBe(`/van-ban/${doc.slug}/${path.basename(doc.media[0]!.rel)}`);
    expect(link.parent().text()).toMatch(/PDF, \d+ (KB|byte)/);
  });
});

describe('other sections', () => {
  test('infographics show an optimised image and offer the original for download', () => {
    const item = published('infographics').find((e) => !String(e.data.image).endsWith('.svg')) ?? published('infographics')[0]!;
    const $ = page(dist, `/infographic/${item.slug}/`);
    expect($('figure img').attr('alt')).toBe(String(item.data.alt));
    expect($('a[download]').first().attr('href')).toBe(`/infographic/${item.slug}/${path.basename(String(item.data.image))}`);
  });

  test('a video is playable where present', () => {
    const item = published('infographics').find((e) => e.data.video);
    if (!item) return expect.soft(item, 'the demo has no video').toBeDefined();
    const $ = page(dist, `/infographic/${item.slug}/`);
    expect($('video[controls]').attr('src')).toBe(`/infographic/${item.slug}/${path.basename(String(item.data.video))}`);
  });

  test('republished news credits and links the press outlet', () => {
    const item = published('news').find((e) => e.data.source)!;
    const source = item.data.source as { name: string; url?: string };
    const $ = page(dist, `/tin-tuc/${item.slug}/`);
    expect($('main').text()).toContain(`Nguồn: ${source.name}`);
    if (source.url) expect($(`main a[href="${source.url}"]`).length).toBeGreaterThan(0);
  });

  test('a fact-check shows the claim and the verdict', () => {
    const item = published('factchecks')[0]!;
    const $ = page(dist, `/cai-chinh/${item.slug}/`);
    expect($('.claim').text()).toContain(String(item.data.claim));
    expect($('.verdict').text().trim()).not.toBe('');
  });

  test('standing pages are in the menu in their order', () => {
    const $ = page(dist, '/');
    const menu = $('nav.site-nav a')
      .map((_, a) => $(a).attr('href'))
      .get();
    const pages = published('pages').sort((a, b) => Number(a.data.order ?? 999) - Number(b.data.order ?? 999));
    const positions = pages.map((p) => menu.indexOf(`/thong-tin/${p.slug}/`));
    expect(positions.every((i) => i > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('hotlines are tap-to-call', () => {
    const $ = page(dist, '/duong-day-nong/');
    const tels = $('main a[href^="tel:"]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(tels).toHaveLength(content.hotlines.length);
    expect(tels.every((t) => /^tel:\+?\d+$/.test(t))).toBe(true);
  });

  test('the 404 page helps the reader on and stays out of search engines', () => {
    const $ = page(dist, '/404.html');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('main a').length).toBeGreaterThanOrEqual(3);
  });
});
