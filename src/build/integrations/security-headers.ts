/**
 * `_headers`, for static hosts that read it (Netlify, Cloudflare Pages): the security headers of
 * every page, and the editor's own at /admin/ (src/lib/security.ts says why the site's rules
 * name each top-level entry of the built site).
 */
import { readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../../lib/security.ts';
import { SEARCH_INDEX } from '../../domain/routes.ts';
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
        // The search index's two parts are written after Astro, and are folders of the site like any other.
        const search = Object.values(SEARCH_INDEX).map((p) => p.slice(1, -1));
        const folders = [...new Set([...names(true), ...search])].sort();
        const files = [...names(false), '_headers'].filter((f, i, all) => all.indexOf(f) === i).sort();
        await writeFile(new URL('_headers', dir), headersFile(site(), { folders, files }));
      },
    },
  };
}
