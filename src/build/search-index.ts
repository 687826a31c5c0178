/**
 * The search index, written once Astro has exited (the two together would hold more memory
 * than the machines have to spare: docs/performance.md). Pagefind reads what each built page
 * marks with `data-pagefind-body` (the article, with the section, date, kind and issuer that
 * SearchFacts declares as filters and meta), in two parts that the search page merges
 * (Pagefind's mergeIndex, src/scripts/search.ts):
 * - the archive, /pagefind/luu-tru/: pages dated before this year (src/domain/search-parts.ts).
 *   It is kept in the cache with a digest of every page it holds, each page's searchable part
 *   included, and copied from there while that digest is the same: old pages rarely change;
 * - this year's pages and those without a date, /pagefind/: indexed at every build.
 * Pages are added in the order of their addresses, so the same pages make the same index
 * whichever build makes it.
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { ARCHIVE_INDEX, searchPart, splitIndexes, type SearchPart } from '../domain/search-parts.ts';

/** Every page of the built site with a searchable part, by address. */
async function searchParts(siteDir: string): Promise<SearchPart[]> {
  const files = (await readdir(siteDir, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${path.sep}`));
  const parts = await Promise.all(
    files.map(async (file) =>
      searchPart(`/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''), await readFile(path.join(siteDir, file), 'utf8')),
    ),
  );
  return parts.filter((p): p is SearchPart => p !== undefined).sort((a, b) => a.url.localeCompare(b.url));
}

const digestOf = (parts: readonly SearchPart[]) => {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p.url).update('\0').update(p.html).update('\0');
  return hash.digest('hex');
};

async function writeIndex(parts: readonly SearchPart[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(errors.join('; '));
  for (const p of parts) {
    const added = await index.addHTMLFile({ url: p.url, content: p.html });
    if (added.errors.length > 0) throw new Error(`${p.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  await index.deleteIndex();
}

export interface Indexed {
  pages: number;
  /** The archive's part of them, and whether it was copied from the last build. */
  archive: { pages: number; reused: boolean };
}

/** Index the built site in `siteDir` in `year` (Vietnam time, by the build clock), reusing the archive kept in `cacheDir`. */
export async function indexSite(siteDir: string, cacheDir: string, year: number): Promise<Indexed> {
  const parts = await searchParts(siteDir);
  if (parts.length === 0) throw new Error('không có trang nào để lập chỉ mục');
  const { archive, current } = splitIndexes(parts, (p) => p.year, year);
  const kept = path.join(cacheDir, 'search-archive');
  const keptDigest = path.join(kept, 'digest.txt');
  try {
    await writeIndex(current, path.join(siteDir, 'pagefind'));
    let reused = false;
    if (archive.length > 0) {
      const digest = digestOf(archive);
      const target = path.join(siteDir, ARCHIVE_INDEX);
      reused = existsSync(keptDigest) && (await readFile(keptDigest, 'utf8')) === digest;
      if (reused) {
        await cp(path.join(kept, 'pagefind'), target, { recursive: true });
      } else {
        await writeIndex(archive, target);
        // Kept for the next build, the digest last: a copy without it is never trusted.
        await rm(kept, { recursive: true, force: true });
        await mkdir(kept, { recursive: true });
        await cp(target, path.join(kept, 'pagefind'), { recursive: true });
        await writeFile(keptDigest, digest);
      }
    } else {
      await rm(kept, { recursive: true, force: true });
    }
    return { pages: parts.length, archive: { pages: archive.length, reused } };
  } finally {
    await pagefind.close();
  }
}
