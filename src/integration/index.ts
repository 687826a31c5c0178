/**
 * The generator as an Astro integration: before Astro reads any content, validate the
 * content folder and stage what is published; then point Astro at the site's address and
 * base path from site.yaml, and turn every `aliases` path into a redirect page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildClock } from '../domain/vn-time.ts';
import { prepareContent } from '../content-folder/prepare.ts';
import { resolvePaths } from '../content-folder/paths.ts';
import type { Site } from '../content/schemas/site.ts';
import { redirectsOf } from './redirects.ts';

export function sukien(): AstroIntegration {
  return {
    name: 'sukien',
    hooks: {
      'astro:config:setup': ({ updateConfig, command, config }) => {
        process.env.SUKIEN_ROOT = fileURLToPath(config.root);
        const paths = resolvePaths();
        // `npm run build` has validated and staged already (scripts/build.ts) and passes the redirects.
        let redirects: Record<string, string>;
        if (process.env.SUKIEN_PREPARED === '1') {
          redirects = JSON.parse(readFileSync(path.join(paths.workDir, 'redirects.json'), 'utf8')) as Record<string, string>;
        } else {
          const content = prepareContent(paths, buildClock());
          redirects = redirectsOf(content);
        }
        const site = JSON.parse(readFileSync(path.join(paths.stageDir, 'site.json'), 'utf8')) as Site;
        updateConfig({
          site: command === 'dev' ? undefined : site.url,
          base: site.base,
          cacheDir: pathToFileURL(`${paths.cacheDir}/`),
          redirects,
        });
      },
    },
  };
}
