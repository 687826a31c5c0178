/**
 * node scripts/cache-entries.ts prune <prefix> <key>: removes the deploy workflow's cache
 * entries that `key` supersedes, those of this branch whose key starts with `prefix`, once
 * `key` itself is stored: a cache entry on GitHub cannot be overwritten, so each run that
 * saves one would otherwise leave the last in place, some hundred megabytes a time. Needs
 * GITHUB_REPOSITORY, GITHUB_REF and GH_TOKEN (actions: write), which the workflow sets.
 */
import { call, type GitHub } from './publish-status.ts';

export interface CacheEntry {
  id: number;
  key: string;
  ref: string;
}

/** What to remove: nothing unless `key` is among the entries (its save may have failed), else the others of `prefix` on `ref`. */
export function superseded(entries: readonly CacheEntry[], prefix: string, key: string, ref: string): CacheEntry[] {
  if (!entries.some((e) => e.key === key && e.ref === ref)) return [];
  return entries.filter((e) => e.ref === ref && e.key.startsWith(prefix) && e.key !== key);
}

if (import.meta.main) {
  const [command, prefix, key] = process.argv.slice(2);
  const { GITHUB_REPOSITORY: repo, GH_TOKEN: token, GITHUB_REF: ref } = process.env;
  if (command !== 'prune' || !prefix || !key || !repo || !token || !ref) {
    console.error('cách dùng: cache-entries.ts prune <tiền tố> <khóa>, với GITHUB_REPOSITORY, GITHUB_REF và GH_TOKEN');
    process.exit(2);
  }
  const gh: GitHub = { api: process.env.GITHUB_API_URL?.trim() || 'https://api.github.com', repo, token };
  const query = new URLSearchParams({ key: prefix, ref, per_page: '100' });
  const { actions_caches: entries } = await call<{ actions_caches: CacheEntry[] }>(gh, 'GET', `/actions/caches?${query}`);
  const old = superseded(entries, prefix, key, ref);
  for (const entry of old) await call(gh, 'DELETE', `/actions/caches/${entry.id}`);
  console.log(
    old.length > 0 ? `Đã bỏ ${old.length} bộ nhớ đệm cũ: ${old.map((e) => e.key).join(', ')}.` : 'Không có bộ nhớ đệm cũ nào để bỏ.',
  );
}
