import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { htmlPages, isRedirect, page } from '../helpers/site.ts';
import { fragments } from '../helpers/published.ts';
import { indexSite } from '../../src/build/search-index.ts';
import { isPrintPage } from '../../src/domain/routes.ts';

const dist = inject('demoDist');
const origin = inject('demoOrigin');
// The print sheets say what their page says, to a printer: not pages to list or share (tests/site/print-sheets.test.ts).
const pages = htmlPages(dist).filter((p) => !isRedirect(page(dist, p)) && !isPrintPage(p));
const sitemapUrls = (() => {
  const index = readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8');
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap(([, loc]) =>
    [...readFileSync(path.join(dist, new URL(loc!).pathname), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      ([, u]) => new URL(u!).pathname,
    ),
  );
})();

describe('search engines and shares', () => {
  test('the sitemap lists every page, and no redirect or 404', () => {
    const expected = pages.filter((p) => p !== '/404.html');
    expect([...sitemapUrls].sort()).toEqual(expected.sort());
  });

  test('robots.txt points at the sitemap', () => {
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
  });

  test.each(pages)('%s has Open Graph and Twitter metadata with an image', (p) => {
    const $ = page(dist, p);
    expect($('meta[property="og:title"]').attr('content')?.trim()).toBeTruthy();
    expect($('meta[property="og:description"]').attr('content')?.trim()).toBeTruthy();
    expect($('meta[property="og:image"]').attr('content')).toMatch(new RegExp(`^${origin}/`));
    expect($('meta[property="og:image:alt"]').attr('content')?.trim()).toBeTruthy();
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
  });
});

describe('the site search', () => {
  // Pagefind reads only each page's <article> (src/build/search-index.ts): what a page marks
  // for the index outside it would be lost without a word.
  test('every page marked for the index has its mark inside its article, and is in the index', () => {
    const marked = pages.filter((p) => page(dist, p)('[data-pagefind-body]').length > 0);
    expect(marked.filter((p) => page(dist, p)('article[data-pagefind-body], article [data-pagefind-body]').length === 0)).toEqual([]);
    expect(
      fragments(dist)
        .map((f) => String(f.url))
        .sort(),
    ).toEqual(marked.sort());
  });
  test('catches a page marked outside its article: the index leaves it out', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'sukien-root-'));
    const html = readFileSync(path.join(dist, 'thong-tin/gioi-thieu/index.html'), 'utf8');
    mkdirSync(path.join(copy, 'a'));
    mkdirSync(path.join(copy, 'b'));
    writeFileSync(path.join(copy, 'a/index.html'), html);
    writeFileSync(
      path.join(copy, 'b/index.html'),
      html.replace('<article data-pagefind-body', '<div data-pagefind-body').replace('</article>', '</div>'),
    );
    expect(page(copy, '/b/')('article [data-pagefind-body], article[data-pagefind-body]').length).toBe(0);
    await indexSite(copy, { archive: [], workDir: path.join(copy, '.work'), cacheDir: path.join(copy, '.cache') });
    expect(fragments(copy).map((f) => String(f.url))).toEqual(['/a/']);
  });
});

describe('schema.org data', () => {
  const ld = (p: string): Record<string, unknown>[] => {
    const $ = page(dist, p);
    return $('script[type="application/ld+json"]')
      .toArray()
      .flatMap((el): Record<string, unknown>[] => {
        const data = JSON.parse($(el).text()) as Record<string, unknown> | Record<string, unknown>[];
        return Array.isArray(data) ? data : [data];
      });
  };
  const first = (re: RegExp) => pages.find((p) => re.test(p))!;

  test('the home page describes the agency as a GovernmentOrganization and the site search', () => {
    const data = ld('/');
    expect(data.map((d) => d['@type'])).toEqual(['GovernmentOrganization', 'WebSite']);
  });
  test('a bulletin is a SpecialAnnouncement posted at its Vietnam time', () => {
    const [data] = ld(first(/^\/ban-tin\/\d{4}-/));
    expect(data).toMatchObject({ '@type': 'SpecialAnnouncement', category: 'https://www.wikidata.org/wiki/Q81068910' });
    expect(data!.datePosted).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$/);
    expect(data!.text).toMatch(/^Số liệu tính đến/);
    expect(data!.dateModified).toBe('2020-04-10T17:00:00+07:00'); // the build time, kept apart
  });
  test('a directive is a SpecialAnnouncement from its issuer', () => {
    const [data] = ld(first(/^\/van-ban\/(?!trang-)[^/]+\/$/));
    expect(data).toMatchObject({ '@type': 'SpecialAnnouncement', sourceOrganization: { '@type': 'GovernmentOrganization' } });
  });
  test('a fact-check is a ClaimReview with a rating', () => {
    const [data] = ld(first(/^\/cai-chinh\/(?!trang-)[^/]+\/$/));
    expect(data).toMatchObject({ '@type': 'ClaimReview', reviewRating: { '@type': 'Rating', bestRating: 5, worstRating: 1 } });
    expect(String(data!.claimReviewed)).not.toBe('');
  });
  test('news is a NewsArticle', () => {
    const [data] = ld(first(/^\/tin-tuc\/(?!trang-)[^/]+\/$/));
    expect(data).toMatchObject({ '@type': 'NewsArticle', publisher: { '@type': 'GovernmentOrganization' } });
  });
});
