/** What the search page's scripts know of Pagefind's API and of a page found (./search.ts, ./search-by-date.ts). */
import type { PageText } from '../domain/search-rank.ts';

export interface ResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}
export interface Result {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
export type Filters = Record<string, string | { any: string[] }>;
export interface Pagefind {
  options: (o: { baseUrl?: string }) => Promise<void>;
  mergeIndex: (url: string, o: { baseUrl: string; indexWeight: number }) => Promise<void>;
  destroy: () => Promise<void>;
  search: (
    q: string | null,
    o?: { filters?: Filters; sort?: Record<string, string> },
  ) => Promise<{ results: Result[]; filters: Record<string, Record<string, number>> }>;
}
export interface Found {
  id: string;
  data: ResultData;
  page: PageText;
}
