/**
 * Which pages the search index keeps in its archive (src/domain/search-parts.ts), worked out
 * from the content that is published now and staged beside it (SEARCH_PARTS_FILE): the
 * build's index step splits the site by it, and the search page reads from it whether there
 * is an archive and which years it spans.
 */
import { searchParts, type SearchParts } from '../domain/search-parts.ts';
import { toLocal } from '../domain/vn-time.ts';
import { KINDS } from './kinds.ts';
import type { LoadedContent } from './load.ts';

export const SEARCH_PARTS_FILE = 'search-parts.json';

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The parts of the index for the entries published at `now`: each dated by its `date`, a directive by its `issued`. */
export function contentSearchParts(content: LoadedContent, now: Date): SearchParts {
  const route = new Map(KINDS.map((k) => [k.name, k.route]));
  return searchParts(
    content.entries
      .filter((e) => e.published)
      .map((e) => ({ path: route.get(e.kind)!(e.slug, e.data), section: e.kind, date: text(e.data.date) ?? text(e.data.issued) })),
    Number(toLocal(now).date.slice(0, 4)),
  );
}
