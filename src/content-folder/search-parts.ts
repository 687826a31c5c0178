/**
 * Which pages the search index keeps in its archive (src/domain/search-parts.ts), worked out
 * from the content that is published now and staged beside it (SEARCH_PARTS_FILE): the
 * build's index step splits the site by it, and the search page reads from it whether there
 * is an archive and which years it spans.
 */
import { Register, documentStatus } from '../domain/register.ts';
import { searchParts, type IndexedEntry, type SearchParts } from '../domain/search-parts.ts';
import { toLocal } from '../domain/vn-time.ts';
import { KINDS } from './kinds.ts';
import type { LoadedContent } from './load.ts';

export const SEARCH_PARTS_FILE = 'search-parts.json';

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

/** The parts of the index for the content published at `now`: a directive's status is the one its page shows (src/lib/register.ts). */
export function contentSearchParts(content: LoadedContent, now: Date): SearchParts {
  const published = content.entries.filter((e) => e.published);
  const directives = published.filter((e) => e.kind === 'directives');
  const relations = new Register(
    directives.map((e) => ({
      id: e.slug,
      number: String(e.data.number),
      issued: String(e.data.issued),
      title: '',
      replaces: list(e.data.replaces),
      amends: list(e.data.amends),
    })),
  ).relations();
  const today = toLocal(now).date;
  const route = new Map(KINDS.map((k) => [k.name, k.route]));
  return searchParts(
    published.map((e): IndexedEntry => {
      const path = route.get(e.kind)!(e.slug, e.data);
      if (e.kind !== 'directives') return { path, section: e.kind, date: text(e.data.date) };
      const d = { expires: text(e.data.expires), effective: text(e.data.effective) };
      return {
        path,
        section: e.kind,
        date: text(e.data.issued),
        inForce: documentStatus(d, relations.get(e.slug)?.replacedBy ?? [], today).inForce,
      };
    }),
  );
}
