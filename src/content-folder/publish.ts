/**
 * Files a Markdown body points at by a relative path (`[tải kế hoạch](./ke-hoach.pdf)`,
 * `<img src="./anh.png">`) are published where that link leads from the entry's page, as
 * committed: `./ke-hoach.pdf` in news/tam-dung-cho.md becomes /tin-tuc/tam-dung-cho/ke-hoach.pdf,
 * the URL table's place for "files committed with an entry". The links themselves are left
 * as written, so they work below any base path.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { stagedEntries } from '../content/staged.ts';
import { KINDS } from './kinds.ts';

/** Copies every such file into the site folder; returns how many. */
export async function publishBodyFiles(stageDir: string, siteDir: string): Promise<number> {
  let count = 0;
  for (const kind of KINDS) {
    for (const entry of stagedEntries(stageDir, kind.name).values()) {
      for (const { written, file } of entry.bodyFiles ?? []) {
        // Where a browser on the entry's page resolves the link; never above the site's root.
        const sitePath = path.posix.join(kind.route(entry.id, entry.data), written);
        const target = path.join(siteDir, ...sitePath.split('/'));
        await mkdir(path.dirname(target), { recursive: true });
        await copyFile(file, target);
        count++;
      }
    }
  }
  return count;
}
