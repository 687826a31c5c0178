/**
 * Astro from the staged content (src/content-folder/stage.ts, written before Astro starts):
 * the site's address and base path from site.yaml, Astro's cache in the working folder, and
 * Markdown through the generator's plugins (citations link into the register; raw HTML
 * through the allow-list). The pages read the build's folders from the module
 * `virtual:sukien/options`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Site } from '../../content/schemas/site.ts';
import { contentMarkdown, type CitableDocument } from '../../markdown/plugins.ts';
import type { BuildOptions } from '../options.ts';

const VIRTUAL = 'virtual:sukien/options';

/** What the pages need of the options: plain data, inlined into Astro's bundle. */
export interface PageOptions {
  stageDir: string;
  /** The build clock, milliseconds since 1970. */
  now: number;
  editor: BuildOptions['editor'];
}

const staged = <T>(options: BuildOptions, file: string): T => {
  const abs = path.join(options.stageDir, file);
  if (!existsSync(abs)) {
    throw new Error(
      `Chưa có nội dung đã kiểm tra trong ${options.stageDir}. Hãy chạy Astro qua các lệnh npm (npm run build, npm run dev), lệnh kiểm tra và chuẩn bị nội dung trước.`,
    );
  }
  return JSON.parse(readFileSync(abs, 'utf8')) as T;
};

export function content(options: BuildOptions): AstroIntegration {
  const page: PageOptions = { stageDir: options.stageDir, now: options.now.getTime(), editor: options.editor };
  return {
    name: 'sukien:content',
    hooks: {
      'astro:config:setup': ({ updateConfig, command }) => {
        const site = staged<Site>(options, 'site.json');
        updateConfig({
          site: command === 'dev' ? undefined : site.url,
          base: site.base,
          cacheDir: pathToFileURL(`${options.cacheDir}/`),
          markdown: {
            processor: contentMarkdown({
              documents: staged<CitableDocument[]>(options, 'register.json'),
              embedHosts: site.embedHosts,
              base: site.base,
            }),
            // Official notices have no program code to colour; highlighting would only add inline styles the CSP forbids.
            syntaxHighlight: false,
          },
          vite: {
            // Vite's own cache (the dependencies it prepares while Astro loads the content)
            // beside Astro's, not in node_modules/.vite: two builds at once would share it.
            cacheDir: path.join(options.cacheDir, 'vite'),
            plugins: [
              {
                name: 'sukien:options',
                resolveId: (id: string) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
                load: (id: string) => (id === `\0${VIRTUAL}` ? `export default ${JSON.stringify(page)};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
