/**
 * Pages of the last build put in place before Astro renders. Astro's incremental build
 * (src/lib/page-keys.ts) copies each page it can skip from its cache at the moment it reaches
 * it, one existence check, folder and copy at a time on the thread that renders, some 8,000
 * times after a day's bulletin. Copied here instead, while Astro still loads content and
 * bundles, Astro finds them in place and moves on; pages it renders again overwrite theirs.
 *
 * The pages that Astro neither keeps in its new cache nor renders this time (an entry taken
 * away) are removed again at the end, so that nothing of the last build is published that
 * this build does not make. This reads Astro's record of its cache, which belongs to an
 * experimental feature: should a later Astro keep it differently, nothing is copied here and
 * Astro copies the pages itself, as before.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { copyFile, readdir, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeAll } from '../lib/files-at-once.ts';

/** Astro's record of the last incremental build, and its copies of the pages (astro/dist/core/build/incremental.js). */
const MANIFEST = 'incremental-build.json';
const PAGES = 'dist';

interface Manifest {
  routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
}

/** The output files (relative URLs, as Astro records them) of the pages in Astro's cache. */
export function cachedOutputs(cacheDir: string): string[] {
  const file = path.join(cacheDir, MANIFEST);
  if (!existsSync(file)) return [];
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    return Object.values(manifest.routes ?? {}).flatMap((route) =>
      Object.values(route.paths ?? {}).flatMap((p) => (typeof p.outputFile === 'string' ? [p.outputFile] : [])),
    );
  } catch {
    return [];
  }
}

const fileIn = (dir: string, outputFile: string) => fileURLToPath(new URL(outputFile, pathToFileURL(`${dir}/`)));

/** Copy every page of Astro's cache into the output folder. Returns the output files copied. */
export async function putCachedPages(cacheDir: string, outDir: string): Promise<string[]> {
  const outputs = cachedOutputs(cacheDir).filter((o) => existsSync(fileIn(path.join(cacheDir, PAGES), o)));
  await writeAll(
    outputs,
    (o) => fileIn(outDir, o),
    async (o) => {
      try {
        await copyFile(fileIn(path.join(cacheDir, PAGES), o), fileIn(outDir, o));
      } catch {
        // Never leave half a page for Astro to take as copied: without it, Astro renders the page.
        await rm(fileIn(outDir, o), { force: true });
      }
    },
    8,
  );
  return outputs;
}

/**
 * Remove the copied pages this build did not make: neither in Astro's new cache nor among
 * the site's pages (paths such as `ban-tin/2020-02-05/`). Returns how many.
 */
export async function removeUnmadePages(
  cacheDir: string,
  outDir: string,
  copied: readonly string[],
  pages: readonly string[],
): Promise<number> {
  const kept = new Set([...cachedOutputs(cacheDir), ...pages.map((p) => `${encodeURI(p.replace(/^\/+/, ''))}index.html`)]);
  const unmade = copied.filter((o) => !kept.has(o));
  for (const o of unmade) {
    await rm(fileIn(outDir, o), { force: true });
    await removeEmptyFolders(outDir, path.dirname(fileIn(outDir, o)));
  }
  return unmade.length;
}

/** Remove `folder` and the folders above it, up to `root`, for as long as they are empty: a removed page leaves no trace. */
async function removeEmptyFolders(root: string, folder: string): Promise<void> {
  const top = path.resolve(root);
  for (let dir = path.resolve(folder); dir.startsWith(top + path.sep); dir = path.dirname(dir)) {
    if ((await readdir(dir)).length > 0) return;
    await rmdir(dir);
  }
}

/** Forget the pages of Astro's cache, so that the next build renders every page. */
export function forgetCachedPages(cacheDir: string): void {
  rmSync(path.join(cacheDir, MANIFEST), { force: true });
  rmSync(path.join(cacheDir, PAGES), { recursive: true, force: true });
}
