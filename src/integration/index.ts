/**
 * The generator as an Astro integration: before Astro reads any content, validate the
 * content folder and stage what is published; then point Astro at the site's address and
 * base path from site.yaml, make Markdown safe, and write the security headers file.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildClock } from '../domain/vn-time.ts';
import { prepareContent } from '../content-folder/prepare.ts';
import { resolvePaths } from '../content-folder/paths.ts';
import { publishBodyFiles } from '../content-folder/publish.ts';
import type { Site } from '../content/schemas/site.ts';
import { contentMarkdown, type CitableDocument } from '../markdown/plugins.ts';
import { headersFile } from '../lib/security.ts';
import { unpackFileBundle } from '../lib/file-bundle.ts';
import { putCachedPages, removeUnmadePages } from './cached-pages.ts';
import { contentReady, waitsForContent } from './content-ready.ts';
import { feedsSearchIndex, sendSearchDone } from '../lib/search-pages.ts';
import sitemap from '@astrojs/sitemap';

/** The 404 page and the redirect pages of old paths (`aliases`) are not pages to list in the sitemap. */
function sitemapFilter(base: string, aliases: ReadonlySet<string>): (page: string) => boolean {
  return (page) => {
    const pathname = new URL(page).pathname;
    return !/\/404\/?$/.test(pathname) && !aliases.has(`/${pathname.slice(base.length)}`);
  };
}

export function sukien(): AstroIntegration {
  let embedHosts: string[] = [];
  let base = '/';
  let stageDir = '';
  let cacheDir = '';
  let outDir = '';
  let copying: Promise<string[]> = Promise.resolve([]);
  let copied: string[] = [];
  return {
    name: 'sukien',
    hooks: {
      'astro:config:setup': async ({ updateConfig, command, config }) => {
        process.env.SUKIEN_ROOT = fileURLToPath(config.root);
        const paths = resolvePaths();
        // `npm run build` validates and stages in a process of its own (scripts/build.ts).
        if (waitsForContent()) await contentReady();
        else await prepareContent(paths, buildClock());
        const site = JSON.parse(readFileSync(path.join(paths.stageDir, 'site.json'), 'utf8')) as Site;
        const aliases = new Set(JSON.parse(readFileSync(path.join(paths.stageDir, 'aliases.json'), 'utf8')) as string[]);
        updateConfig({
          site: command === 'dev' ? undefined : site.url,
          base: site.base,
          cacheDir: pathToFileURL(`${paths.cacheDir}/`),
          markdown: {
            processor: contentMarkdown({
              documents: JSON.parse(readFileSync(path.join(paths.stageDir, 'register.json'), 'utf8')) as CitableDocument[],
              embedHosts: site.embedHosts,
              base: site.base,
            }),
            // Official notices have no program code to colour; highlighting would only add inline styles the CSP forbids.
            syntaxHighlight: false,
          },
          integrations: [sitemap({ filter: sitemapFilter(site.base, aliases) })],
        });
        embedHosts = site.embedHosts;
        base = site.base;
        stageDir = paths.stageDir;
        cacheDir = paths.cacheDir;
        if (command === 'build') {
          // The output folder is emptied here rather than by Vite, so that the pages of the
          // last build can be put in place while Astro loads content (./cached-pages.ts).
          outDir = fileURLToPath(config.outDir);
          rmSync(outDir, { recursive: true, force: true });
          updateConfig({ vite: { build: { emptyOutDir: false } } });
          copying = putCachedPages(cacheDir, outDir);
        }
      },
      'astro:build:start': async () => {
        copied = await copying;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const pathnames = pages.map((p) => p.pathname);
        // Under `npm run build`, the build process writes them while Pagefind writes the index.
        if (!feedsSearchIndex()) logger.info(`Đã ghi ${await unpackFileBundle(dir)} tệp dữ liệu của từng bản tin.`);
        const unmade = await removeUnmadePages(cacheDir, outDir, copied, pathnames);
        if (unmade > 0) logger.info(`Đã bỏ ${unmade} trang của lần tạo trước không còn trong nội dung.`);
        await publishBodyFiles(stageDir, fileURLToPath(dir));
        writeFileSync(new URL('_headers', dir), headersFile(embedHosts, base));
        if (feedsSearchIndex()) await sendSearchDone(pathnames.map((p) => `/${p}`));
      },
    },
  };
}
