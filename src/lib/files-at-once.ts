/**
 * Writing thousands of small files: each write mostly waits on the disk, so several run at
 * once, and the folders they go in are made first, once each. Used for the pages kept from the
 * last build (src/integration/cached-pages.ts) and each bulletin's data files
 * (src/lib/file-bundle.ts).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

/** Make the folder of every file in `files`, then run `write` on each, `atOnce` at a time. */
export async function writeAll<T>(
  files: readonly T[],
  fileOf: (item: T) => string,
  write: (item: T) => Promise<void>,
  atOnce: number,
): Promise<void> {
  for (const folder of new Set(files.map((item) => path.dirname(fileOf(item))))) await mkdir(folder, { recursive: true });
  let next = 0;
  const worker = async () => {
    while (next < files.length) await write(files[next++]!);
  };
  await Promise.all(Array.from({ length: atOnce }, worker));
}
