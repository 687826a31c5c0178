/** The paths of a keyed route with their cache keys (src/build/page-keys.ts). */
import { createHash } from 'node:crypto';
import options from 'virtual:sukien/options';
import { pageKey } from '../build/page-keys.ts';
import { getChrome } from '../lib/chrome.ts';

let shared: Promise<string> | undefined;

/** What every page shows besides its own content (src/lib/chrome.ts), as a digest. */
export function sharedKey(): Promise<string> {
  shared ??= (async () =>
    createHash('sha256')
      .update(JSON.stringify(await getChrome()))
      .digest('hex'))();
  return shared;
}

/** The paths of a keyed route, each with the key of its props and of what every page shows. */
export async function keyedPaths<T extends { params: Record<string, string | undefined>; props: unknown }>(
  paths: readonly T[],
): Promise<(T & { cacheKey: string })[]> {
  const sharedPart = await sharedKey();
  return paths.map((p) => ({ ...p, cacheKey: pageKey(sharedPart, p.props, options.stageDir) }));
}
