/**
 * The search index: once Astro has written every page and exited, Pagefind reads them from the
 * built site and writes its index beside them. It indexes only what pages mark with
 * `data-pagefind-body` (the article, not menus and footers), with the section, date, kind and
 * issuer that pages declare as filters and meta (SearchFacts). A page copied from the last
 * build is in the folder like any other, so a rebuild indexes exactly what a fresh build does.
 *
 * After Astro has exited rather than in its `astro:build:done` (as Starlight does): the two
 * together would hold more memory than the machines have to spare (docs/performance.md).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Index the built site in `siteDir`; returns how many pages the index holds. */
export async function indexSite(siteDir: string): Promise<number> {
  try {
    // Only the article is read: what is indexed is in it (tests/site/discoverability.test.ts), and
    // the menus, footer and head around it are half of every page's bytes.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi', rootSelector: 'article' });
    if (!index) throw new Error(errors.join('; '));
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    // One fragment a page of the index: pages without data-pagefind-body are read, not indexed.
    const pages = (await readdir(path.join(siteDir, 'pagefind/fragment'))).length;
    if (pages === 0) throw new Error('không có trang nào để lập chỉ mục');
    return pages;
  } finally {
    await pagefind.close();
  }
}
