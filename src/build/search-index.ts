/**
 * The search index: once Astro has written every page and exited, Pagefind reads them from the
 * built site and writes its index beside them. It indexes only what pages mark with
 * `data-pagefind-body` (the article, not menus and footers), with the section, date, kind and
 * issuer that pages declare as filters and meta (SearchFacts). A page copied from the last
 * build is in the folder like any other, so a rebuild indexes exactly what a fresh build does.
 *
 * Two indexes, each a Pagefind bundle of its own (src/domain/search-parts.ts): the current
 * part in pagefind/, which every search reads, and the archive in pagefind-archive/, which the
 * search page merges in when it needs it (Pagefind's `mergeIndex`). While Pagefind reads the
 * site for the current part, the archived pages carry another extension, so that it passes
 * them by; the archive is indexed from a folder of links to them.
 *
 * The archive changes about once a year, so its bundle is kept in the cache with a digest of
 * everything it is made of (Pagefind's version and options, and the address and bytes of each
 * of its pages), and while that digest is the same it is put into the site from there, as
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

/** The page file of an address: /ban-tin/2020-02-05/ → ban-tin/2020-02-05/index.html. */
const pageFile = (address: string) => `${address.replace(/^\//, '')}index.html`;

/** Runs `job` on each item, `width` at a time. */
async function eachOf<T>(items: readonly T[], job: (item: T) => Promise<unknown>, width = 16): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await job(items[next++]!);
  };
  await Promise.all(Array.from({ length: width }, worker));
}

/** The extension an archived page carries while the current part is indexed: Pagefind reads only `.html`. */
const HIDDEN = '.archived';

/** Puts the files of `from` at the same places in `to` (each with `suffix` dropped): hard links where the file system allows, copies elsewhere. */
async function linkAll(files: readonly string[], from: string, to: string, suffix = ''): Promise<void> {
  await eachOf([...new Set(files.map((f) => path.dirname(path.join(to, f))))], (folder) => mkdir(folder, { recursive: true }));
  await eachOf(files, async (f) => {
    const [source, target] = [path.join(from, f + suffix), path.join(to, f)];
    await link(source, target).catch(() => copyFile(source, target));
  });
}

const filesIn = async (dir: string) =>
  (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((f) => f.isFile())
    .map((f) => path.relative(dir, path.join(f.parentPath, f.name)));

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

/** Everything the archive's bundle is made of: the files are read 16 at a time, and hashed in order. */
async function archiveDigest(dir: string, files: readonly string[]): Promise<string> {
  const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION} ${JSON.stringify(INDEX_OPTIONS)}\0`);
  for (let i = 0; i < files.length; i += 16) {
    const batch = files.slice(i, i + 16);
    const bytes = await Promise.all(batch.map((f) => readFile(path.join(dir, f + HIDDEN))));
    batch.forEach((f, j) => hash.update(f).update('\0').update(bytes[j]!).update('\0'));
  }
  return hash.digest('hex');
}

/**
 * Index the built site in `siteDir`, the pages at the `archive` addresses apart. Their folder
 * of links is made in `workDir`; the archive's bundle is kept in `cacheDir`.
 */
export async function indexSite(
  siteDir: string,
  { archive, workDir, cacheDir }: { archive: readonly string[]; workDir: string; cacheDir: string },
): Promise<IndexedSite> {
  const aside = path.join(workDir, 'search-archive');
  const kept = path.join(cacheDir, 'search-archive');
  const keptDigest = path.join(kept, 'digest.txt');
  const keptBundle = path.join(kept, SEARCH_DIRS.archive);
  const files = archive.map(pageFile).sort();
  const missing = files.filter((f) => !existsSync(path.join(siteDir, f)));
  if (missing.length > 0) throw new Error(`thiếu trang của lưu trữ: ${missing.slice(0, 5).join(', ')}`);
  await eachOf(files, (f) => rename(path.join(siteDir, f), path.join(siteDir, f + HIDDEN)));
  try {
    let archiveReused = false;
    if (files.length === 0) await rm(kept, { recursive: true, force: true });
    else {
      const digest = await archiveDigest(siteDir, files);
      archiveReused = existsSync(keptDigest) && (await readFile(keptDigest, 'utf8')) === digest;
      if (!archiveReused) {
        await rm(kept, { recursive: true, force: true });
        await rm(aside, { recursive: true, force: true });
        await linkAll(files, siteDir, aside, HIDDEN);
        await writeIndex(aside, keptBundle);
        // The digest last: a bundle without it is never trusted.
        await writeFile(keptDigest, digest);
      }
      await linkAll(await filesIn(keptBundle), keptBundle, path.join(siteDir, SEARCH_DIRS.archive));
    }
    const current = await writeIndex(siteDir, path.join(siteDir, SEARCH_DIRS.current));
    if (current === 0) throw new Error('không có trang nào để lập chỉ mục');
    const archivePages = files.length === 0 ? 0 : (await readdir(path.join(siteDir, SEARCH_DIRS.archive, 'fragment'))).length;
    return { current, archive: archivePages, archiveReused };
  } finally {
    await pagefind.close();
    // Every page back in place, whatever failed (a failure while hiding them left some as they were).
    await eachOf(files, async (f) => {
      if (existsSync(path.join(siteDir, f + HIDDEN))) await rename(path.join(siteDir, f + HIDDEN), path.join(siteDir, f));
    });
    await rm(aside, { recursive: true, force: true });
  }
}
