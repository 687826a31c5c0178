/**
 * Temporary folders for one test file, all inside one folder that is removed when the file's
 * tests are done (SUKIEN_KEEP_TEMP=1 keeps it, to look at what a failed test built).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** Call at the top of a test file: `const temp = tempFolders('fuzz')`, then `temp('out')` for each folder. */
export function tempFolders(prefix: string, parent = tmpdir()): (name: string) => string {
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(path.join(parent, `sukien-${prefix}-`));
  // Removing a few builds' worth of files takes seconds on a busy disk.
  afterAll(() => {
    if (!process.env.SUKIEN_KEEP_TEMP) rmSync(root, { recursive: true, force: true });
  }, 120_000);
  return (name) => mkdtempSync(path.join(root, `${name}-`));
}
