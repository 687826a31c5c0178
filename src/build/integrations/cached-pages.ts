/**
 * The files of the last build that Astro will copy from its cache, put in place while Astro
 * still loads and bundles: Astro would copy each when it reaches it, one at a time on the
 * thread that renders (some 15,000 after a day's bulletin at ten years). Astro finds them in
 * place and moves on; those it renders again overwrite theirs. The copies this build did not
 * make (an entry taken away) are removed at the end, folders included, so that nothing of
 * the last build is published that this build does not make.
 */
import { copyFile, mkdir, readdir, rm, rmdir } from 'node:fs/promises';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cachedCopyPath, cachedOutputs, outputPath } from '../astro-internals.ts';
import { eachOf } from '../each-of.ts';

/** Copy every file Astro keeps a copy of into the output folder, eight at a time. Returns those copied. */
async function putCopies(cacheDir: string, outDir: string): Promise<string[]> {
  const outputs = cachedOutputs(cacheDir).filter((o) => existsSync(cachedCopyPath(cacheDir, o)));
  for (const folder of new Set(outputs.map((o) => path.dirname(outputPath(outDir, o))))) await mkdir(folder, { recursive: true });
  // Never half a file for Astro to take as copied: without it, Astro renders the page.
  await eachOf(
    outputs,
    (o) => copyFile(cachedCopyPath(cacheDir, o), outputPath(outDir, o)).catch(() => rm(outputPath(outDir, o), { force: true })),
    8,
  );
  return outputs;
}

/** Remove `folder` and the folders above it, up to `root`, for as long as they are empty. */
async function removeEmptyFolders(root: string, folder: string): Promise<void> {
  const top = path.resolve(root);
  for (let dir = path.resolve(folder); dir.startsWith(top + path.sep); dir = path.dirname(dir)) {
    if ((await readdir(dir)).length > 0) return;
    await rmdir(dir);
  }
}

export function cachedPages(cacheDir: string): AstroIntegration {
  let outDir = '';
  let copying: Promise<string[]> = Promise.resolve([]);
  let copied: string[] = [];
  return {
    name: 'sukien:cached-pages',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        // The output folder is emptied here rather than by Vite, so that the copies can be put in place while Astro loads.
        outDir = fileURLToPath(config.outDir);
        rmSync(outDir, { recursive: true, force: true });
        updateConfig({ vite: { build: { emptyOutDir: false } } });
        copying = putCopies(cacheDir, outDir);
      },
      'astro:build:start': async () => {
        copied = await copying;
      },
      'astro:build:done': async ({ pages }) => {
        const made = new Set([...cachedOutputs(cacheDir), ...pages.map((p) => `${encodeURI(p.pathname)}index.html`)]);
        for (const o of copied.filter((c) => !made.has(c))) {
          await rm(outputPath(outDir, o), { force: true });
          await removeEmptyFolders(outDir, path.dirname(outputPath(outDir, o)));
        }
      },
    },
  };
}
