/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): when a page's key and
 * its code are the same as at the last build, Astro copies the page it cached then instead of
 * rendering it again. The daily bulletin then costs the pages it changes (the new bulletin,
 * its neighbour, the documents it cites, the lists), not the ten years of pages it does not.
 *
 * A key must cover everything the page shows, or a changed page would be published stale:
 * - what every page shows, `sharedKey()`: the site settings (header, footer, notices), the
 *   menu (the "need to know" pages), the footer's hotlines, whether the urgent notice is
 *   still shown, the register of directives (every body's citations link into it, and a
 *   directive page lists its related documents) and the code that renders Markdown;
 * - what the page itself shows: its entries (by Astro's digest of the staged entry), the
 *   contents of the files they point at (a picture replaced under the same name changes the
 *   page), and whatever the route computes from other entries (neighbours, mentions …), which
 *   the route passes to `pageKey`.
 *
 * Lists, the home page, statistics, feeds and data files have no key: they change with every
 * bulletin and are rendered every time. The footer's "Cập nhật trang lúc" is therefore the
 * time the page was last rendered, that is, when it last changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { renderedWithFile, resolvePaths } from '../content-folder/paths.ts';
import { stagedEntries } from '../content/staged.ts';
import { activeNotice } from './site.ts';

/** The staged files whose content any page may show (src/content-folder/stage.ts). */
const SHARED_FILES = ['site.json', 'pages.json', 'hotlines.json', 'directives.json', 'register.json'];

let shared: string | undefined;

/** What every page shows besides its own content, as a digest. */
export function sharedKey(): string {
  if (!shared) {
    const paths = resolvePaths();
    const hash = createHash('sha256');
    for (const file of SHARED_FILES)
      hash
        .update(`${file}\0`)
        .update(readFileSync(path.join(paths.stageDir, file)))
        .update('\0');
    // The code that rendered the bodies: a change of the citation or allow-list plugins changes every page.
    const renderedWith = renderedWithFile(paths);
    if (existsSync(renderedWith)) hash.update(readFileSync(renderedWith));
    hash.update(activeNotice() ? 'notice shown' : 'no notice');
    shared = hash.digest('hex');
  }
  return shared;
}

const fileDigests = new Map<string, string>();

function fileDigest(file: string): string {
  let digest = fileDigests.get(file);
  if (!digest) {
    digest = createHash('sha256').update(readFileSync(file)).digest('hex');
    fileDigests.set(file, digest);
  }
  return digest;
}

interface EntryLike {
  id: string;
  collection: string;
  digest: string;
}

const isEntry = (value: unknown): value is EntryLike =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as EntryLike).collection === 'string' &&
  typeof (value as EntryLike).id === 'string' &&
  typeof (value as EntryLike).digest === 'string';

/** An entry as a short reference: its staged digest and the digests of the files it points at. */
function entryRef({ collection, id, digest }: EntryLike): string {
  const staged = stagedEntries(resolvePaths().stageDir, collection).get(id);
  const media = (staged?.media ?? []).map(fileDigest).join(',');
  return `${collection}/${id}@${digest}[${media}]`;
}

/**
 * The key of one page: what every page shows, and `parts`, everything this page shows of its
 * own. Content entries among the parts stand for their data, body and files.
 */
export function pageKey(...parts: unknown[]): string {
  const own = JSON.stringify(parts, (_key, value: unknown) => (isEntry(value) ? entryRef(value) : value));
  return createHash('sha256').update(sharedKey()).update('\0').update(own).digest('hex');
}
