/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): when a page's key and
 * its code are the same as at the last build, Astro copies the page it cached then instead of
 * rendering it again. The daily bulletin then costs the pages it changes (the new bulletin,
 * its neighbour, the documents it cites, the lists), not the ten years of pages it does not.
 *
 * A key cannot miss what the page shows, because it is made of exactly what the page reads:
 * - the props its route hands it (src/views/), whole: the page reads nothing else of its
 *   own, and every state derived from the clock that it shows (a directive's status) is
 *   worked out there, as a value, so that pages do not change with the clock alone;
 * - what every page shows, `sharedKey()` in src/views/keyed.ts: the shared state of
 *   src/lib/chrome.ts (settings, menu, footer hotlines, the notice while it is up).
 * tests/unit/keyed-pages.test.ts stops a keyed page, or anything it imports, from reading a
 * collection, a file or the clock. Adding a field to a page therefore means adding it to its
 * props, which puts it in the key: there is no second list to keep.
 *
 * Content entries among the props stand for their data and body (Astro's digest of the staged
 * entry, which also covers the code that renders Markdown and the register that citations
 * link into: src/content/staged.ts) and the contents of the files they point at (a picture
 * replaced under the same name changes the page).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { stagedEntries } from '../content/staged.ts';

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
function entryRef(stageDir: string, { collection, id, digest }: EntryLike): string {
  const staged = stagedEntries(stageDir, collection).get(id);
  const media = (staged?.media ?? []).map(fileDigest).join(',');
  return `${collection}/${id}@${digest}[${media}]`;
}

/**
 * Props as key text. Only plain data can be keyed: a Map, a Set or a function would be
 * dropped by JSON and leave what it holds out of the key, so they are refused.
 */
export function propsText(props: unknown, stageDir: string): string {
  return JSON.stringify(props, (_key, value: unknown) => {
    if (isEntry(value)) return entryRef(stageDir, value);
    if (typeof value === 'function' || value instanceof Map || value instanceof Set) {
      throw new Error('A keyed page’s props must be plain data (no Map, Set or function): JSON would leave it out of the cache key.');
    }
    return value;
  });
}

/** The key of a page: what every page shows (`shared`, a digest) and the page's own props. */
export const pageKey = (shared: string, props: unknown, stageDir: string): string =>
  createHash('sha256').update(shared).update('\0').update(propsText(props, stageDir)).digest('hex');
