/**
 * The search page's answer to a query that holds a date (../domain/search-dates.ts reads it):
 * fetched by ./search.ts only for a query that may hold one, so that the page's own script
 * stays small. The page hands over what it shares: Pagefind, its ranking of pages for words,
 * and the fragment reader.
 */
import type { QueryDate } from '../domain/search-dates.ts';
import type { Filters, Found, Pagefind, Result } from './search-types.ts';

export { findDateToday } from '../domain/search-dates.ts';

export interface Page {
  pf: Pagefind;
  /** The pages for words, ranked, leaving out those already shown. */
  ranked: (text: string, filters: Filters, shown: Set<string>) => Promise<Found[]>;
  open: (r: Result) => Promise<Found>;
  /** The bulletins' section, as the index names it. */
  bulletins: string;
  /** How many results the page shows. */
  shown: number;
}

/**
 * The pages of the query's date: its bulletins newest first, then its other pages. With more
 * words, the pages of that date that hold them come first (its bulletins first among them).
 * `bulletins` is how many bulletins the date has, unless another section is chosen.
 */
export async function datePages(page: Page, date: QueryDate, filters: Filters): Promise<{ pages: Found[]; bulletins?: number }> {
  const { pf, bulletins: section } = page;
  const when: Filters = date.days.length > 0 ? { day: { any: date.days } } : { month: { any: date.months } };
  const newest = { date: 'desc' };
  const wanted = !filters.section || filters.section === section;
  const bulletins = wanted ? (await pf.search(null, { filters: { ...when, section }, sort: newest })).results : [];
  const isBulletin = new Set(bulletins.map((r) => r.id));
  const matching = date.rest ? await page.ranked(date.rest, { ...filters, ...when }, new Set()) : [];
  matching.sort((a, b) => Number(isBulletin.has(b.id)) - Number(isBulletin.has(a.id)));
  const shown = new Set(matching.map((f) => f.id));
  const all = (await pf.search(null, { filters: { ...filters, ...when }, sort: newest })).results;
  const others = [...bulletins, ...all.filter((r) => !isBulletin.has(r.id))].filter((r) => !shown.has(r.id));
  const more = await Promise.all(others.slice(0, Math.max(0, page.shown - matching.length)).map(page.open));
  return { pages: [...matching, ...more], bulletins: wanted ? bulletins.length : undefined };
}

export interface Nearest {
  before?: string | undefined;
  after?: string | undefined;
}

/** The bulletins nearest before and after a date that has none. */
export async function nearest({ pf, bulletins }: Page, date: QueryDate): Promise<Nearest> {
  const { filters } = await pf.search(null, { filters: { section: bulletins, day: { any: [] } } });
  const days = Object.entries(filters.day ?? {})
    .filter(([, n]) => n > 0)
    .map(([d]) => d)
    .sort();
  return { before: days.filter((d) => d < date.from).at(-1), after: days.find((d) => d > date.to) };
}

/** What the page says of a date without a bulletin, with links to the nearest (`list`: the bulletins' address). */
export function noteOf(date: QueryDate, near: Nearest, list: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.append(`Không có bản tin ${date.label}.`);
  const bulletin = (d: string) => {
    const a = document.createElement('a');
    a.href = `${list}${d}/`;
    a.textContent = `bản tin ngày ${d.split('-').reverse().join('/')}`;
    return a;
  };
  if (near.before) p.append(' Gần nhất trước đó: ', bulletin(near.before), near.after ? '; ' : '.');
  if (near.after) p.append(`${near.before ? 'sau' : ' Gần nhất sau'} đó: `, bulletin(near.after), '.');
  return p;
}
