/**
 * Files a Markdown body points at by a relative path (`[tải kế hoạch](./ke-hoach.pdf)`,
 * `<img src="./anh.png">`) are published where that link leads from the entry's page, as
 * committed: `./ke-hoach.pdf` in news/tam-dung-cho.md becomes /tin-tuc/tam-dung-cho/ke-hoach.pdf,
 * the URL table's place for "files committed with an entry". The links themselves are left
 * as written, so they work below any base path. Staging lists them (BODY_FILES); the
 * integration copies them into the site at the end of the build.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The list in the staging folder. */
export const BODY_FILES = 'body-files.json';

export interface BodyFile {
  /** Absolute path in the content folder. */
  from: string;
  /** Path in the site, below its base. */
  to: string;
}

/** Copies every listed file into the site folder; returns how many. */
export async function publishBodyFiles(stageDir: string, siteDir: string): Promise<number> {
  const files = JSON.parse(await readFile(path.join(stageDir, BODY_FILES), 'utf8')) as BodyFile[];
  for (const { from, to } of files) {
    const target = path.join(siteDir, ...to.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(from, target);
  }
  return files.length;
}
