/**
 * Every internal link, image, script, stylesheet, attachment, form target and redirect in a
 * built site must resolve to a file of that site, below its base path; every in-page anchor
 * must have its target.
 */
import * as cheerio from 'cheerio';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { htmlPages } from '../helpers/site.ts';

export interface LinkProblem {
  page: string;
  url: string;
  reason: string;
}

const SKIP = /^(mailto:|tel:|data:|about:)/i;

function urlsOf($: cheerio.CheerioAPI): string[] {
  const urls: string[] = [];
  const attr = (selector: string, name: string) => $(selector).each((_, el) => void urls.push($(el).attr(name) ?? ''));
  attr('a[href]', 'href');
  attr('link[href]', 'href');
  attr('img[src], script[src], iframe[src], video[src], audio[src], source[src], track[src]', 'src');
  attr('video[poster]', 'poster');
  attr('form[action]', 'action');
  $('img[srcset], source[srcset]').each((_, el) => {
    for (const part of ($(el).attr('srcset') ?? '').split(',')) urls.push(part.trim().split(/\s+/)[0] ?? '');
  });
  $('meta[http-equiv="refresh"]').each((_, el) => {
    const m = /url=(.+)$/i.exec($(el).attr('content') ?? '');
    if (m) urls.push(m[1]!.trim());
  });
  $('meta[property="og:url"], meta[property="og:image"]').each((_, el) => void urls.push($(el).attr('content') ?? ''));
  return urls;
}

/** The file a path of the site is served from, or undefined. */
export function fileFor(dist: string, sitePath: string): string | undefined {
  const decoded = decodeURIComponent(sitePath);
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`, `${decoded}.html`];
  for (const c of candidates) {
    const abs = path.join(dist, c);
    if (existsSync(abs) && statSync(abs).isFile()) return abs;
  }
  return undefined;
}

/**
 * @param siteUrl the site's own address (absolute links to it are internal too)
 * @param base the path prefix the site is served below
 */
export function checkLinks(dist: string, siteUrl: string, base = '/'): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const own = new URL(siteUrl);
  for (const page of htmlPages(dist)) {
    const file = path.join(dist, page.endsWith('/') ? `${page}index.html` : page);
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    const pageUrl = new URL(`${base.replace(/\/$/, '')}${page}`, own);
    const ids = new Set(
      $('[id]')
        .map((_, el) => $(el).attr('id'))
        .get(),
    );
    for (const raw of urlsOf($)) {
      const url = raw.trim();
      if (url === '' || SKIP.test(url)) {
        if (url === '') problems.push({ page, url: raw, reason: 'empty address' });
        continue;
      }
      if (url.startsWith('#')) {
        if (url.length > 1 && !ids.has(decodeURIComponent(url.slice(1)))) problems.push({ page, url, reason: 'no element with this id' });
        continue;
      }
      const target = new URL(url, pageUrl);
      if (/^javascript:/i.test(target.protocol)) {
        problems.push({ page, url, reason: 'javascript: address' });
        continue;
      }
      if (target.origin !== own.origin) continue;
      if (!target.pathname.startsWith(base)) {
        problems.push({ page, url, reason: `outside the base path ${base}` });
        continue;
      }
      if (!fileFor(dist, `/${target.pathname.slice(base.length)}`)) problems.push({ page, url, reason: 'no such file in the built site' });
    }
  }
  return problems;
}

/** The sitemap lists only addresses of the site that exist. */
export function checkSitemap(dist: string, siteUrl: string, base = '/'): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const prefix = `${siteUrl.replace(/\/$/, '')}${base}`;
  const index = readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8');
  for (const [, sitemapUrl] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    if (!sitemapUrl!.startsWith(prefix)) {
      problems.push({ page: 'sitemap-index.xml', url: sitemapUrl!, reason: 'not below the site address' });
      continue;
    }
    const xml = readFileSync(path.join(dist, sitemapUrl!.slice(prefix.length)), 'utf8');
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      if (!loc!.startsWith(prefix) || !fileFor(dist, `/${loc!.slice(prefix.length)}`))
        problems.push({ page: sitemapUrl!, url: loc!, reason: 'not a page of the site' });
    }
  }
  return problems;
}
