/**
 * Issue "Every page valid, accessible and safe": the checks over the built demo site, and
 * for each check a copy of the site with the fault it exists to catch.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { serveDist, type Served } from '../../scripts/serve.ts';
import { VIEWPORTS, launchBrowser } from '../helpers/browser.ts';
import { allHtml, htmlPages, page as readPage } from '../helpers/site.ts';
import { adminCspMeta } from '../../src/lib/security.ts';
import { fragments } from '../helpers/published.ts';
import { runAxe } from '../site-checks/axe.ts';
import { checkPageBasics } from '../site-checks/head.ts';
import { checkLinks, checkSitemap } from '../site-checks/links.ts';
import { validateHtml } from '../site-checks/vnu.ts';

const dist = inject('demoDist');
const origin = inject('demoOrigin');

/** One page of each kind a reader meets. */
function kindsOfPages(): string[] {
  const all = htmlPages(dist);
  const first = (re: RegExp) => all.find((p) => re.test(p));
  return [
    '/',
    '/ban-tin/',
    first(/^\/ban-tin\/\d{4}-\d{2}-\d{2}\/$/),
    first(/^\/ban-tin\/\d{4}-\d{2}-\d{2}\/in\/$/),
    '/van-ban/',
    '/van-ban/loai/chi-thi/',
    first(/^\/van-ban\/(?!trang-)[^/]+\/$/),
    '/infographic/',
    first(/^\/infographic\/(?!trang-)[^/]+\/$/),
    first(/^\/infographic\/[^/]+\/in\/$/),
    '/tin-tuc/',
    first(/^\/tin-tuc\/(?!trang-)[^/]+\/$/),
    '/cai-chinh/',
    first(/^\/cai-chinh\/(?!trang-)[^/]+\/$/),
    first(/^\/thong-tin\/[^/]+\/$/),
    '/duong-day-nong/',
    '/so-lieu/',
    '/du-lieu/',
    '/dinh-chinh/',
    '/dang-ky-rss/',
    '/en/',
    '/tim-kiem/?q=cach+ly',
    '/khong-co-trang-nay/',
  ].filter((p): p is string => p !== undefined);
}

/** A copy of the demo site with one fault per page under /loi/. */
function faultySite(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'sukien-faulty-')), 'dist');
  cpSync(dist, dir, { recursive: true });
  const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const fault = (name: string, html: string) => {
    mkdirSync(path.join(dir, 'loi', name), { recursive: true });
    writeFileSync(path.join(dir, 'loi', name, 'index.html'), html);
  };
  fault('html', home.replace('<main id="noi-dung" class="wrap main" tabindex="-1">', '$&<ul><div>không hợp lệ</div></ul><p><span></p>'));
  fault('anh', home.replace('<main id="noi-dung" class="wrap main" tabindex="-1">', '$&<img src="/favicon.svg" width="32" height="32">'));
  fault('lien-ket', home.replace('href="/ban-tin/"', 'href="/ban-tin-khong-co/"'));
  fault('hai-h1', home.replace('</main>', '<h1>Tiêu đề thứ hai</h1></main>'));
  fault('script', home.replace('</main>', '<script>document.title = "đã chạy";</script></main>'));
  return dir;
}

let faulty: string;
beforeAll(() => {
  faulty = faultySite();
});

describe('HTML validity (W3C Nu HTML Checker)', () => {
  test('every page of the demo site is valid HTML', () => {
    expect(validateHtml(dist)).toEqual([]);
  });
  test('catches a page made invalid', () => {
    const files = new Set(validateHtml(faulty).map((e) => e.file));
    expect(files).toContain(path.join('loi', 'html', 'index.html'));
    expect([...files].every((f) => f.startsWith(`loi${path.sep}`))).toBe(true);
  });
});

describe('links', () => {
  test('every internal link, image, attachment and form target resolves to a file', () => {
    expect(checkLinks(dist, origin)).toEqual([]);
    expect(checkSitemap(dist, origin)).toEqual([]);
  });
  test('catches a broken link', () => {
    expect(checkLinks(faulty, origin)).toEqual([
      { page: '/loi/lien-ket/', url: '/ban-tin-khong-co/', reason: 'no such file in the built site' },
    ]);
  });
});

describe('page basics', () => {
  test('every page has one h1, a title, a description and a canonical address', () => {
    expect(checkPageBasics(dist)).toEqual([]);
  });
  test('catches a page with two h1', () => {
    expect(checkPageBasics(faulty)).toEqual([{ page: '/loi/hai-h1/', reason: '2 h1 elements' }]);
  });
});

describe('security headers and policy', () => {
  test('no page has inline script or style for the policy to allow', () => {
    for (const p of htmlPages(dist)) {
      const $ = readPage(dist, p);
      expect($('script:not([src]):not([type="application/ld+json"])').length, p).toBe(0);
      expect($('[style]').length, p).toBe(0);
      expect($('style').length, p).toBe(0);
      const csp = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      expect(csp, p).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp, p).not.toContain('unsafe-inline');
      expect(csp, p).not.toContain('frame-ancestors');
    }
  });
  test("the staff's editor is the one page with another policy, and its policy is exactly the editor's", () => {
    const site = JSON.parse(readFileSync(path.join(dist, 'admin/config.json'), 'utf8')) as { backend: { base_url?: string } };
    const policies = new Map(
      allHtml(dist).map((p) => [p, readPage(dist, p)('meta[http-equiv="content-security-policy"]').attr('content') ?? '']),
    );
    const strict = policies.get('/')!;
    expect([...policies].filter(([, csp]) => csp !== strict).map(([p]) => p)).toEqual(['/admin/']);
    expect(policies.get('/admin/')).toBe(adminCspMeta(site.backend.base_url));
    const $ = readPage(dist, '/admin/');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex, nofollow');
  });
  test("no public page loads any of the editor's code, links to it, or lists it", () => {
    for (const p of htmlPages(dist)) {
      const $ = readPage(dist, p);
      const loaded = [...$('script[src], link[href]').map((_, e) => $(e).attr('src') ?? $(e).attr('href'))];
      expect(
        loaded.filter((u) => /\/admin\//.test(u ?? '')),
        p,
      ).toEqual([]);
      expect($('a[href*="/admin/"]').length, p).toBe(0);
    }
    for (const f of readdirSync(path.join(dist, '_astro')).filter((f) => /\.(js|css)$/.test(f)))
      expect(readFileSync(path.join(dist, '_astro', f), 'utf8'), f).not.toMatch(/sveltia|registerPreviewStyle/i);
    expect(readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
    expect(readFileSync(path.join(dist, 'rss.xml'), 'utf8')).not.toContain('/admin/');
    const indexed = fragments(dist).map((f) => String(f.url));
    expect(indexed.length).toBeGreaterThan(10);
    expect(indexed.filter((u) => u.includes('/admin/'))).toEqual([]);
  });
  test('the _headers file sends the policy with frame protection and the other headers', () => {
    const headers = readFileSync(path.join(dist, '_headers'), 'utf8');
    for (const h of [
      'Content-Security-Policy:',
      "frame-ancestors 'none'",
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy:',
      'Permissions-Policy:',
      'X-Frame-Options: DENY',
    ]) {
      expect(headers).toContain(h);
    }
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  let faultyServed: Served;
  beforeAll(async () => {
    browser = await launchBrowser();
    faultyServed = await serveDist(faulty, { port: 0 });
  });
  afterAll(async () => {
    await browser?.close();
    await faultyServed?.close();
  });

  /** Opens a page and records every Content-Security-Policy violation it reports. */
  async function openWatched(base: string, url: string, viewport: keyof typeof VIEWPORTS) {
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport] });
    const page: Page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
    });
    await page.goto(`${base}${url}`, { waitUntil: 'networkidle' });
    return { page, violations };
  }

  describe.each(Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[])('at %s size', (viewport) => {
    test.each(kindsOfPages())('%s has no accessibility violation and no CSP violation', async (url) => {
      const { page, violations } = await openWatched(origin, url, viewport);
      expect(await runAxe(page)).toEqual([]);
      expect(violations).toEqual([]);
      await page.context().close();
    });
  });

  test('axe catches an image without alt', async () => {
    const { page } = await openWatched(faultyServed.origin, '/loi/anh/', 'phone');
    expect((await runAxe(page)).map((v) => v.id)).toContain('image-alt');
    await page.context().close();
  });

  test('the policy is in force: an injected inline script is blocked and reported', async () => {
    const { page, violations } = await openWatched(faultyServed.origin, '/loi/script/', 'desktop');
    expect(await page.title()).not.toBe('đã chạy');
    expect(violations.length).toBeGreaterThan(0);
    await page.context().close();
  });
});
