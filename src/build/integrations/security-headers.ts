/** `_headers`, for static hosts that read it (Netlify, Cloudflare Pages): the security headers of every page. */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../../lib/security.ts';
import type { Site } from '../../content/schemas/site.ts';

export function securityHeaders(site: () => Pick<Site, 'embedHosts' | 'base'>): AstroIntegration {
  return {
    name: 'sukien:security-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const { embedHosts, base } = site();
        await writeFile(new URL('_headers', dir), headersFile(embedHosts, base));
      },
    },
  };
}
