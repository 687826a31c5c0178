/**
 * The generator's integrations, each with one job, in the order their `astro:build:done`
 * hooks run: the copies of unchanged pages, the sitemap, the files bodies link to, each
 * bulletin's data files, the security headers. The search index
 * is written after Astro has exited (../search-index.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { Site } from '../../content/schemas/site.ts';
import { EDITOR_PATH, isPrintPage } from '../../domain/routes.ts';
import type { BuildOptions } from '../options.ts';
import { bodyFiles } from './body-files.ts';
import { bulletinFiles } from './bulletin-files.ts';
import { cachedPages } from './cached-pages.ts';
import { content } from './content.ts';
import { securityHeaders } from './security-headers.ts';

/** A staged file, read once, when a hook first needs it (staging runs before Astro starts). */
function stagedOnce<T>(options: BuildOptions, file: string): () => T {
  let value: T | undefined;
  return () => (value ??= JSON.parse(readFileSync(path.join(options.stageDir, file), 'utf8')) as T);
}

/** The 404 page, the staff's editor, the print sheets and the redirect pages of old paths (`aliases`) are not pages to list in the sitemap. */
function sitemapFilter(site: () => Site, aliases: () => readonly string[]): (page: string) => boolean {
  let set: Set<string> | undefined;
  return (page) => {
    set ??= new Set(aliases());
    const pathname = new URL(page).pathname;
    const path = `/${pathname.slice(site().base.length)}`;
    return !/\/404\/?$/.test(pathname) && path !== EDITOR_PATH && !isPrintPage(path) && !set.has(path);
  };
}

export function sukien(options: BuildOptions): AstroIntegration[] {
  const site = stagedOnce<Site>(options, 'site.json');
  const aliases = stagedOnce<string[]>(options, 'aliases.json');
  return [
    content(options),
    cachedPages(options.cacheDir),
    sitemap({ filter: sitemapFilter(site, aliases) }),
    bodyFiles(options.stageDir),
    bulletinFiles(options.stageDir),
    securityHeaders(site),
  ];
}
