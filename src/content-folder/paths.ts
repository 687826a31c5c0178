/** Where things are: the content folder (CONTENT_DIR) and the generator's working folder. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: two levels above this file (scripts and the build; pages get their folders from src/build/options.ts). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Paths {
  contentDir: string;
  /** Working folder: staged content, Astro's cache. SUKIEN_WORK_DIR, default .sukien/. */
  workDir: string;
  stageDir: string;
  cacheDir: string;
}

export function resolvePaths(env: Record<string, string | undefined> = process.env, root = PROJECT_ROOT): Paths {
  const contentDir = path.resolve(root, env.CONTENT_DIR?.trim() || 'content');
  const workDir = path.resolve(root, env.SUKIEN_WORK_DIR?.trim() || '.sukien');
  return { contentDir, workDir, stageDir: path.join(workDir, 'content'), cacheDir: path.join(workDir, 'cache') };
}
