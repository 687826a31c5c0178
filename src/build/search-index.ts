/**
 * The search index: once Astro has written every page and exited, Pagefind reads them from the
 * built site and writes its index beside them. It indexes only what pages mark with
 * `data-pagefind-body` (the article, not menus and footers), with the section, date, kind and
 * issuer that pages declare as filters and meta (SearchFacts). A page copied from the last
 * build is in the folder like any other, so a rebuild indexes exactly what a fresh build does.
 *
 * Two indexes, each a Pagefind bundle of its own (src/domain/search-parts.ts): the current
 * part in pagefind/, which every search reads, and the archive in pagefind-archive/, which the
 * search page merges in when it needs it (Pagefind's `mergeIndex`). Each part is indexed from
 * a folder of links to its pages. The archive changes about once a year, so it is kept in the
 * cache with a digest of everything it is made of (Pagefind's version and options, and the
 * address and bytes of each of its pages) and copied from there while that digest is the same:
 * the daily rebuild writes the current part only. Any change of any archived page's bytes
 * writes the archive again.
 *
 * After Astro has exited rather than in its `astro:build:done` (as Starlight does): the two
 * together would hold more memory than the machines have to spare (docs/performance.md).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, cp, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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

/** Links (or copies, across file systems) each file of `siteDir` into `partDir`, in order. */
async function linkInto(siteDir: string, partDir: string, files: readonly string[]): Promise<void> {
  for (const folder of new Set(files.map((f) => path.dirname(path.join(partDir, f))))) await mkdir(folder, { recursive: true });
  for (const f of files)
    await link(path.join(siteDir, f), path.join(partDir, f)).catch(() => copyFile(path.join(siteDir, f), path.join(partDir, f)));
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

/** Everything the archive's bundle is made of. */
async function archiveDigest(siteDir: string, files: readonly string[]): Promise<string> {
  const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION} ${JSON.stringify(INDEX_OPTIONS)}\0`);
  for (const f of files)
    hash
      .update(f)
      .update('\0')
      .update(await readFile(path.join(siteDir, f)))
      .update('\0');
  return hash.digest('hex');
}

/**
 * Index the built site in `siteDir`, the pages at the `archive` addresses apart. The part
 * folders are made in `workDir`; the archive's bundle is kept in `cacheDir`.
 */
export async function indexSite(
  siteDir: string,
  { archive, workDir, cacheDir }: { archive: readonly string[]; workDir: string; cacheDir: string },
): Promise<IndexedSite> {
  const parts = path.join(workDir, 'search-parts');
  const kept = path.join(cacheDir, 'search-archive');
  const keptDigest = path.join(kept, 'digest.txt');
  const keptBundle = path.join(kept, SEARCH_DIRS.archive);
  await rm(parts, { recursive: true, force: true });
  try {
    const html = (await readdir(siteDir, { recursive: true }))
      .map((f) => f.split(path.sep).join('/'))
      .filter((f) => f.endsWith('.html'))
      .sort();
    const archived = new Set(archive.map(pageFile));
    const built = new Set(html);
    const missing = [...archived].filter((f) => !built.has(f));
    if (missing.length > 0) throw new Error(`thiếu trang của lưu trữ: ${missing.slice(0, 5).join(', ')}`);

    let archiveReused = false;
    let archivePages = 0;
    if (archived.size === 0) await rm(kept, { recursive: true, force: true });
    else {
      const files = [...archived].sort();
      const digest = await archiveDigest(siteDir, files);
      archiveReused = existsSync(keptDigest) && (await readFile(keptDigest, 'utf8')) === digest;
      if (!archiveReused) {
        await rm(kept, { recursive: true, force: true });
        await linkInto(siteDir, path.join(parts, 'archive'), files);
        await writeIndex(path.join(parts, 'archive'), keptBundle);
        // The digest last: a bundle without it is never trusted.
        await writeFile(keptDigest, digest);
      }
      await cp(keptBundle, path.join(siteDir, SEARCH_DIRS.archive), { recursive: true });
      archivePages = (await readdir(path.join(siteDir, SEARCH_DIRS.archive, 'fragment'))).length;
    }

    await linkInto(
      siteDir,
      path.join(parts, 'current'),
      html.filter((f) => !archived.has(f)),
    );
    const current = await writeIndex(path.join(parts, 'current'), path.join(siteDir, SEARCH_DIRS.current));
    if (current === 0) throw new Error('không có trang nào để lập chỉ mục');
    return { current, archive: archivePages, archiveReused };
  } finally {
    await pagefind.close();
    await rm(parts, { recursive: true, force: true });
  }
}
