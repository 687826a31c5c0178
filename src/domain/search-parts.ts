/**
 * The search index in two parts (src/build/search-index.ts): the current part, which every
 * search reads, and the archive, which the search page reads only when it is needed (the
 * reader asks for it, the current part finds nothing, or the query holds an earlier date).
 *
 * The current part holds the dated entries of the newest two calendar years (counted from the
 * newest entry's year, not the clock, so that a site whose epidemic has ended still searches
 * its last years first), every rebuttal (false information comes back) and every standing
 * page. The archive holds the earlier bulletins, news, infographics and directives. An
 * earlier directive still in force is in the archive too: a query for its number that the
 * current part does not hold reads the archive, and the register lists every document in
 * force. A rule by date alone keeps the current part's size to two years however long
 * documents stay in force.
 *
 * Calendar years rather than the last 365 days: the archive then changes about once a year,
 * and the daily rebuild writes only the current part. A phone's first search downloads the
 * current part's metadata only (docs/performance.md).
 */
import type { SectionName } from './routes.ts';

/** How many calendar years the current part holds, the newest entry's year included. */
export const CURRENT_YEARS = 2;

/** The sections whose entries move to the archive when they are old. */
const ARCHIVED: readonly SectionName[] = ['bulletins', 'news', 'infographics', 'directives'];

/** An entry with a page in the index: its address, section and date (a directive's day of issue). */
export interface IndexedEntry {
  path: string;
  section: SectionName;
  date?: string | undefined;
}

export interface SearchParts {
  /** The first year of the current part; undefined when no entry is dated. */
  currentFrom: number | undefined;
  /** The years the archive spans, oldest and newest; undefined when it is empty. */
  archiveYears: [number, number] | undefined;
  /** The addresses of the archive's pages, sorted. */
  archive: string[];
}

const year = (date: string) => Number(date.slice(0, 4));

/**
 * The parts for the entries published in `thisYear` (the build clock's year in Vietnam). The
 * newest year counted is never later than the clock's: an entry dated years ahead by mistake
 * (the check only warns about it) cannot send the years before it into the archive.
 */
export function searchParts(entries: readonly IndexedEntry[], thisYear: number): SearchParts {
  const dated = entries.filter((e): e is IndexedEntry & { date: string } => e.date !== undefined);
  if (dated.length === 0) return { currentFrom: undefined, archiveYears: undefined, archive: [] };
  const newest = Math.min(
    thisYear,
    dated.reduce((n, e) => Math.max(n, year(e.date)), 0),
  );
  const currentFrom = newest - CURRENT_YEARS + 1;
  const archived = dated.filter((e) => ARCHIVED.includes(e.section) && year(e.date) < currentFrom);
  const years = archived.map((e) => year(e.date));
  return {
    currentFrom,
    archiveYears: archived.length > 0 ? [Math.min(...years), Math.max(...years)] : undefined,
    archive: archived.map((e) => e.path).sort(),
  };
}

/** The archive's years as the search page and the build's log say them: "năm 2018", "từ năm 2020 đến năm 2027" (read aloud as written). */
export const archiveYearsText = ([from, to]: [number, number]): string => (from === to ? `năm ${from}` : `từ năm ${from} đến năm ${to}`);
