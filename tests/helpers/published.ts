/**
 * A built site as what it publishes: every folder and file, byte for byte, and the search
 * index by the pages and text it holds rather than by Pagefind's chunk layout (Pagefind numbers
 * pages in the order they were added, which differs between a rebuild and a fresh build).
 *
 * Two readings of the clock differ between a page copied from the last build and the same page
 * rendered now, by design: the "Cập nhật trang lúc" time (`data-rendered-at`) and the JSON-LD
 * `dateModified` (src/lib/clock.ts). Exactly those are masked; nothing else.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

const RENDERED_AT = /<time datetime="[^"]*" data-rendered-at>[^<]*<\/time>/g;
const DATE_MODIFIED = /"dateModified":"[^"]*"/g;

/** A page's bytes with the two readings of the build clock masked. */
export function masked(text: string): string {
  return text.replace(RENDERED_AT, '<time data-rendered-at>…</time>').replace(DATE_MODIFIED, '"dateModified":"…"');
}

/** The search index's two bundles (src/domain/search-parts.ts). */
export const SEARCH_BUNDLES = ['pagefind', 'pagefind-archive'] as const;

/** Pagefind's page fragments in one bundle (the current part unless said): gzipped JSON after a short signature. */
export function fragments(dist: string, bundle: (typeof SEARCH_BUNDLES)[number] = 'pagefind'): Record<string, unknown>[] {
  const dir = path.join(dist, bundle, 'fragment');
  if (bundle !== 'pagefind' && !existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => {
      const text = gunzipSync(readFileSync(path.join(dir, f))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as Record<string, unknown>;
    })
    .sort((a, b) => String(a.url).localeCompare(String(b.url)));
}

export interface Published {
  /** Every folder (with a trailing slash) and file outside the search index, with a digest of its masked bytes. */
  tree: Record<string, string>;
  /** Every page of the search index: its part, URL, text, meta, filters and anchors. */
  search: Record<string, unknown>[];
}

export function published(dist: string): Published {
  const tree: Record<string, string> = {};
  for (const f of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    const rel = path.relative(dist, path.join(f.parentPath, f.name)).split(path.sep).join('/');
    if (SEARCH_BUNDLES.some((b) => rel === b || rel.startsWith(`${b}/`))) continue;
    if (f.isDirectory()) {
      tree[`${rel}/`] = 'folder';
      continue;
    }
    const bytes = readFileSync(path.join(dist, rel));
    tree[rel] = createHash('sha256')
      .update(rel.endsWith('.html') ? masked(bytes.toString('utf8')) : bytes)
      .digest('hex');
  }
  return { tree, search: SEARCH_BUNDLES.flatMap((bundle) => fragments(dist, bundle).map((f) => ({ bundle, ...f }))) };
}

/** The differences between two published sites, for a readable failure. */
export function differences(a: Published, b: Published): string[] {
  const out: string[] = [];
  for (const key of new Set([...Object.keys(a.tree), ...Object.keys(b.tree)])) {
    if (a.tree[key] !== b.tree[key])
      out.push(
        `${key}: ${a.tree[key] ? 'rebuild' : '-'} / ${b.tree[key] ? 'fresh' : '-'}${a.tree[key] && b.tree[key] ? ' (differs)' : ''}`,
      );
  }
  const byUrl = (list: Record<string, unknown>[]) => new Map(list.map((f) => [`${String(f.bundle)} ${String(f.url)}`, JSON.stringify(f)]));
  const [sa, sb] = [byUrl(a.search), byUrl(b.search)];
  for (const url of new Set([...sa.keys(), ...sb.keys()]))
    if (sa.get(url) !== sb.get(url)) out.push(`search ${url}: ${sa.has(url) ? 'rebuild' : '-'} / ${sb.has(url) ? 'fresh' : '-'}`);
  return out.sort();
}
