import { KINDS } from '../content-folder/kinds.ts';
import type { LoadedContent } from '../content-folder/load.ts';

/** Old path → new path, for every published entry's aliases. */
export function redirectsOf(content: LoadedContent): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const e of content.entries) {
    if (!e.published) continue;
    const kind = KINDS.find((k) => k.name === e.kind)!;
    for (const alias of e.data.aliases as string[]) redirects[alias] = kind.route(e.slug, e.data);
  }
  return redirects;
}
