/** Where things are: the content folder (CONTENT_DIR) and the generator's working folder. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root: two levels above this file. Inside Astro's bundled build this file
 * no longer sits in src/, so the integration records the root in SUKIEN_ROOT first.
 */
export const PROJECT_ROOT = process.env.SUKIEN_ROOT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Paths {
  contentDir: string;
  /** Working folder: staged content, Astro's cache. SUKIEN_WORK_DIR, default .sukien/. */
  workDir: string;
  stageDir: string;
  cacheDir: string;
}

export function resolvePaths(env: Record<string, string | undefined> = process.env, root = env.SUKIEN_ROOT ?? PROJECT_ROOT): Paths {
  const contentDir = path.resolve(root, env.CONTENT_DIR?.trim() || 'content');
  const workDir = path.resolve(root, env.SUKIEN_WORK_DIR?.trim() || '.sukien');
  return { contentDir, workDir, stageDir: path.join(workDir, 'content'), cacheDir: path.join(workDir, 'cache') };
}

/**
 * What Astro's cached renders of Markdown were made with: the code that renders it and the
 * register that citations link into (src/content-folder/prepare.ts). Kept in the cache.
 */
export const renderedWithFile = (paths: Paths): string => path.join(paths.cacheDir, 'sukien-rendered-with.txt');
