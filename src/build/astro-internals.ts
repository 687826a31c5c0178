/**
 * What the build reads of Astro that Astro does not promise: the one place that does, so that
 * tests/build/astro-internals.test.ts fails loudly when an update of Astro changes it.
 *
 * Astro's incremental build (`experimental.incrementalBuild`, Astro 7) lists every file of its
 * routes in its log ("├─ /ban-tin/…") and marks those it copied from its cache instead of
 * rendering: "(restored)" or "(cached)". The build counts them to tell staff what it rendered.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** How many files Astro wrote for its routes (pages, feeds, data files), and how many of them it copied from its cache, from its log. */
export function pagesReused(log: string): { built: number; reused: number } {
  const plain = log.replace(/\u001b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex -- the terminal's colour codes
  const built = (plain.match(/├─ \//g) ?? []).length;
  const reused = (plain.match(/ \((?:restored|cached)\)/g) ?? []).length;
  return { built, reused };
}

/**
 * Astro's record of its incremental build (astro/dist/core/build/incremental.js): which
 * output files of keyed routes it keeps a copy of, in `incremental-build.json` and `dist/`
 * of its cache folder. An unreadable record means nothing is known: the build then copies
 * nothing itself, and Astro copies what it can skip as usual.
 */
const MANIFEST = 'incremental-build.json';
const COPIES = 'dist';

interface Manifest {
  routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }>;
}

/** The output files (paths relative to the output folder, URL-encoded as Astro records them) that Astro keeps a copy of. */
export function cachedOutputs(cacheDir: string): string[] {
  try {
    const manifest = JSON.parse(readFileSync(path.join(cacheDir, MANIFEST), 'utf8')) as Manifest;
    return Object.values(manifest.routes ?? {}).flatMap((route) =>
      Object.values(route.paths ?? {}).flatMap((p) => (typeof p.outputFile === 'string' ? [p.outputFile] : [])),
    );
  } catch {
    return [];
  }
}

/** Where an output file is: in the output folder, or in Astro's copies (`cacheDir` given). */
export const outputPath = (dir: string, outputFile: string): string => fileURLToPath(new URL(outputFile, pathToFileURL(`${dir}/`)));
export const cachedCopyPath = (cacheDir: string, outputFile: string): string => outputPath(path.join(cacheDir, COPIES), outputFile);
