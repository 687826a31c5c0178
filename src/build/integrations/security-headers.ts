/**
 * `_headers`, for static hosts that read it (Netlify, Cloudflare Pages): the security headers of
 * every page, and the editor's own at /admin/ (src/lib/security.ts says why the site's rules
 * name each top-level entry of the built site).
 */
import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../../lib/security.ts';
import type { Site } from '../../content/schemas/site.ts';

export function securityHeaders(site: () => Pick<Site, 'embedHosts' | 'base' | 'editor'>): AstroIntegration {
  return {
    name: 'sukien:security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const entries = await readdir(fileURLToPath(dir), { withFileTypes: true });
        const names = (folders: boolean) =>
          entries
            .filter((e) => e.isDirectory() === folders)
            .map((e) => e.name)
            .sort();
        // The search index (pagefind/) is written after Astro, and is a folder of the site like any other.
        const folders = [...new Set([...names(true), 'pagefind'])].sort();
        const files = [...names(false), '_headers'].filter((f, i, all) => all.indexOf(f) === i).sort();
        await writeFile(new URL('_headers', dir), headersFile(site(), { folders, files }));
      },
    },
  };
}
