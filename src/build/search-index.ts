/**
 * The search index: once Astro has written every page and exited, Pagefind reads them from the
 * built site and writes its index beside them. It indexes only what pages mark with
 * `data-pagefind-body` (the article, not menus and footers), with the section, date, kind and
 * issuer that pages declare as filters and meta (SearchFacts). A page copied from the last
 * build is in the folder like any other, so a rebuild indexes exactly what a fresh build does.
 *
 * Two indexes, each a Pagefind bundle of its own (src/domain/search-parts.ts): the current
 * part in pagefind/, which every search reads, and the archive in pagefind-archive/, which the
 * search page merges in when it needs it (Pagefind's `mergeIndex`). The archived pages' folders
 * are moved out of the site while Pagefind reads each part, then put back: one rename each.
 *
 * The archive changes about once a year, so its bundle is kept in the cache with a digest of
 * everything it is made of (Pagefind's version and options, and the address and bytes of each
 * of its pages and of every other page in their folders), and while that digest is the same it is put into the site from there, as
 * hard links (nothing edits a published file in place): the daily rebuild writes the current
 * part only. Any change of any archived page's bytes writes the archive again.
 *
 * After Astro has exited rather than in its `astro:build:done` (as Starlight does): the two
 * together would hold more memory than the machines have to spare (docs/performance.md).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_INDEX } from '../domain/routes.ts';
import { eachOf } from './each-of.ts';

/** Where each part is published, below the site's root. */
const SEARCH_DIRS = { current: SEARCH_INDEX.current.slice(1, -1), archive: SEARCH_INDEX.archive.slice(1, -1) };

// Only the article is read: what is indexed is in it (tests/site/discoverability.test.ts), and
// the menus, footer and head around it are half of every page's bytes.
const INDEX_OPTIONS = { forceLanguage: 'vi', rootSelector: 'article' } as const;
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }
).version;

export interface IndexedSite {
  /** Pages in each part. */
  current: number;
  archive: number;
  /** Whether the archive was copied from the last build's. */
  archiveReused: boolean;
}

/** Moves each folder of `folders` from one place to the same place below another. */
async function moveAll(folders: readonly string[], from: string, to: string): Promise<void> {
  await eachOf([...new Set(folders.map((f) => path.dirname(path.join(to, f))))], (parent) => mkdir(parent, { recursive: true }));
  await eachOf(folders, (f) => rename(path.join(from, f), path.join(to, f)));
}

/** Every file below `dir`, by its path there. */
const filesIn = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((f) => f.isFile())
    .map((f) => path.relative(dir, path.join(f.parentPath, f.name)))
    .sort();

/** Puts the files of the folder `from` at the same places below `to`: hard links where the file system allows, copies elsewhere. */
async function linkAll(from: string, to: string): Promise<void> {
  const files = await filesIn(from);
  await eachOf([...new Set(files.map((f) => path.dirname(path.join(to, f))))], (folder) => mkdir(folder, { recursive: true }));
  await eachOf(files, async (f) => {
    const [source, target] = [path.join(from, f), path.join(to, f)];
    await link(source, target).catch(() => copyFile(source, target));
  });
}

/** Indexes the pages in `dir` into the bundle at `outputPath`; returns how many pages it holds. */
async function writeIndex(dir: string, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(errors.join('; '));
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length > 0) throw new Error(added.errors.join('; '));
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  // One fragment a page of the index: pages without data-pagefind-body are read, not indexed.
  return (await readdir(path.join(outputPath, 'fragment'))).length;
}

/** The HTML files below each of `folders` of `dir` (16 folders read at a time: faster than one walk of the whole). */
async function pagesIn(dir: string, folders: readonly string[]): Promise<string[]> {
  const pages: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const f of await readdir(path.join(dir, folder), { withFileTypes: true })) {
      if (f.isDirectory()) await walk(path.join(folder, f.name));
      else if (f.name.endsWith('.html')) pages.push(path.join(folder, f.name));
    }
  };
  await eachOf(folders, walk);
  return pages.sort();
}

/** Everything the archive's bundle is made of: every page Pagefind reads in the archived `folders` of `dir`, read 16 at a time and hashed in order. */
async function archiveDigest(dir: string, folders: readonly string[]): Promise<string> {
  const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION} ${JSON.stringify(INDEX_OPTIONS)}\0`);
  const pages = await pagesIn(dir, folders);
  for (let i = 0; i < pages.length; i += 16) {
    const batch = pages.slice(i, i + 16);
    const bytes = await Promise.all(batch.map((f) => readFile(path.join(dir, f))));
    batch.forEach((f, j) => hash.update(f).update('\0').update(bytes[j]!).update('\0'));
  }
  return hash.digest('hex');
}

/**
 * Index the built site in `siteDir`, the pages at the `archive` addresses apart: their folders
 * wait in `workDir` while the current part is indexed; the archive's bundle is kept in `cacheDir`.
 */
export async function indexSite(
  siteDir: string,
  { archive, workDir, cacheDir }: { archive: readonly string[]; workDir: string; cacheDir: string },
): Promise<IndexedSite> {
  const aside = path.join(workDir, 'search-archive');
  const kept = path.join(cacheDir, 'search-archive');
  const keptDigest = path.join(kept, 'digest.txt');
  const keptBundle = path.join(kept, SEARCH_DIRS.archive);
  // ban-tin/2020-02-05/: each archived page's folder, with what is published beside the page.
  const folders = archive.map((a) => a.replace(/^\//, '')).sort();
  const missing = folders.filter((f) => !existsSync(path.join(siteDir, f, 'index.html')));
  if (missing.length > 0) throw new Error(`thiếu trang của lưu trữ: ${missing.slice(0, 5).join(', ')}`);
  await rm(aside, { recursive: true, force: true });
  await moveAll(folders, siteDir, aside);
  try {
    let archiveReused = false;
    if (folders.length === 0) await rm(kept, { recursive: true, force: true });
    else {
      const known = existsSync(keptDigest) ? await readFile(keptDigest, 'utf8') : undefined;
      // Without a kept bundle the archive is written whatever its digest: it is worked out meanwhile.
      const digesting = archiveDigest(aside, folders);
      archiveReused = known !== undefined && known === (await digesting);
      if (!archiveReused) {
        await rm(kept, { recursive: true, force: true });
        const [pages, digest] = await Promise.all([writeIndex(aside, keptBundle), digesting]);
        // Each archived entry's page, and nothing else: a page its folder holds besides (a print sheet) is not for the index.
        if (pages !== folders.length) throw new Error(`lưu trữ có ${pages} trang được lập chỉ mục, cần đúng ${folders.length}`);
        // The digest last: a bundle without it is never trusted.
        await writeFile(keptDigest, digest);
      }
      await linkAll(keptBundle, path.join(siteDir, SEARCH_DIRS.archive));
    }
    const current = await writeIndex(siteDir, path.join(siteDir, SEARCH_DIRS.current));
    if (current === 0) throw new Error('không có trang nào để lập chỉ mục');
    return { current, archive: folders.length, archiveReused };
  } finally {
    await pagefind.close();
    // Every folder back in place, whatever failed.
    await eachOf(folders, async (f) => {
      if (existsSync(path.join(aside, f))) await rename(path.join(aside, f), path.join(siteDir, f));
    });
    await rm(aside, { recursive: true, force: true });
  }
}
