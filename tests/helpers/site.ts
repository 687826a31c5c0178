/** Reading the built site as files: pages by public path, parsed with a real HTML parser. */
import * as cheerio from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EDITOR_PATH } from '../../src/domain/routes.ts';

export function fileOf(dist: string, urlPath: string): string {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  return path.join(dist, clean.endsWith('/') ? `${clean}index.html` : clean);
}

export function page(dist: string, urlPath: string): cheerio.CheerioAPI {
  return cheerio.load(readFileSync(fileOf(dist, urlPath), 'utf8'));
}

/** Every public HTML file of the site, as public paths (`/ban-tin/2020-02-05/`, `/404.html`). */
export function htmlPages(dist: string): string[] {
  return allHtml(dist).filter((p) => !p.startsWith(EDITOR_PATH));
}

/** Every HTML file of the site, the staff's editor at /admin/ too (it is not a public page: tests/site/quality.test.ts checks it on its own). */
export function allHtml(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** Redirect pages (Astro writes a meta refresh for each alias). */
export function isRedirect($: cheerio.CheerioAPI): boolean {
  return $('meta[http-equiv="refresh"]').length > 0;
}
