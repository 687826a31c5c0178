/**
 * Lists paged from their oldest entry, so that adding an entry changes a bounded number of
 * pages: page n (`…/trang-n/`) holds entries (n − 1)·size + 1 to n·size counted from the
 * first one and never changes once written; the list's own page holds the newest, from `size`
 * to 2·size − 1 entries (all of them while there are fewer). A new entry changes the list's
 * own page, and once every `size` entries moves its oldest `size` entries to a new numbered
 * page. An old page keeps its address and its entries for good.
 */

export interface ListPage<T> {
  /** The page's number, counted from the oldest; undefined for the list's own page (the newest entries). */
  number: number | undefined;
  /** Its entries, newest first. */
  items: T[];
  /** How many numbered pages the list has (the list's own page not counted). */
  numbered: number;
}

/** The pages of a list given oldest first. */
export function pagesFromOldest<T>(oldestFirst: readonly T[], size: number): ListPage<T>[] {
  const numbered = Math.max(0, Math.floor(oldestFirst.length / size) - 1);
  const pages: ListPage<T>[] = [];
  for (let n = 1; n <= numbered; n++) pages.push({ number: n, items: oldestFirst.slice((n - 1) * size, n * size).reverse(), numbered });
  pages.push({ number: undefined, items: oldestFirst.slice(numbered * size).reverse(), numbered });
  return pages;
}

/** The links of a page's navigation: the newer and the older page (undefined: none; 'own': the list's own page). */
export function neighbours(page: Pick<ListPage<unknown>, 'number' | 'numbered'>): { newer?: number | 'own'; older?: number } {
  if (page.number === undefined) return page.numbered > 0 ? { older: page.numbered } : {};
  return {
    newer: page.number === page.numbered ? 'own' : page.number + 1,
    ...(page.number > 1 ? { older: page.number - 1 } : {}),
  };
}
