/** The paths of a keyed route with their cache keys (src/lib/page-keys.ts). */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { renderedWithFile, resolvePaths } from '../content-folder/paths.ts';
import { getChrome } from '../lib/chrome.ts';
import { pageKey } from '../lib/page-keys.ts';

let shared: Promise<string> | undefined;

/**
 * What every page shows besides its own content, as a digest: the shared state of
 * src/lib/chrome.ts, the register that citations in every body link into, and the code that
 * rendered the bodies (a change of the citation or allow-list plugins changes every page).
 */
export function sharedKey(): Promise<string> {
  shared ??= (async () => {
    const paths = resolvePaths();
    const renderedWith = renderedWithFile(paths);
    return createHash('sha256')
      .update(JSON.stringify(await getChrome()))
      .update('\0')
      .update(readFileSync(path.join(paths.stageDir, 'register.json')))
      .update('\0')
      .update(existsSync(renderedWith) ? readFileSync(renderedWith) : '')
      .digest('hex');
  })();
  return shared;
}

/** The paths of a keyed route, each with the key of its props and of what every page shows. */
export async function keyedPaths<T extends { params: Record<string, string>; props: unknown }>(
  paths: readonly T[],
): Promise<(T & { cacheKey: string })[]> {
  const sharedPart = await sharedKey();
  return paths.map((p) => ({ ...p, cacheKey: pageKey(sharedPart, p.props) }));
}
