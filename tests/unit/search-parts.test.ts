import { describe, expect, test } from 'vitest';
import { CURRENT_YEARS, searchParts, type IndexedEntry } from '../../src/domain/search-parts.ts';

const entries: IndexedEntry[] = [
  { path: '/ban-tin/2029-12-28/', section: 'bulletins', date: '2029-12-28' },
  { path: '/ban-tin/2028-01-01/', section: 'bulletins', date: '2028-01-01' },
  { path: '/ban-tin/2027-12-31/', section: 'bulletins', date: '2027-12-31' },
  { path: '/ban-tin/2020-02-05/', section: 'bulletins', date: '2020-02-05' },
  { path: '/tin-tuc/cu/', section: 'news', date: '2021-05-01' },
  { path: '/infographic/5k/', section: 'infographics', date: '2020-03-01' },
  { path: '/van-ban/cu/', section: 'directives', date: '2020-01-31' },
  { path: '/van-ban/moi/', section: 'directives', date: '2028-03-01' },
  { path: '/cai-chinh/tin-don/', section: 'factchecks', date: '2020-02-10' },
  { path: '/thong-tin/gioi-thieu/', section: 'pages' },
];

describe('the two parts of the search index', () => {
  test('the current part holds the newest two calendar years; the archive the older bulletins, news, infographics and directives', () => {
    expect(CURRENT_YEARS).toBe(2);
    expect(searchParts(entries, 2030)).toEqual({
      currentFrom: 2028,
      archiveYears: [2020, 2027],
      archive: ['/ban-tin/2020-02-05/', '/ban-tin/2027-12-31/', '/infographic/5k/', '/tin-tuc/cu/', '/van-ban/cu/'],
    });
  });

  test('the years count from the newest entry, not the clock: an ended epidemic searches its last years first', () => {
    const ended = entries.filter((e) => !e.date || e.date < '2022');
    expect(searchParts(ended, 2030)).toMatchObject({ currentFrom: 2020, archiveYears: undefined, archive: [] });
  });

  test('a first bulletin of a new year moves the year before last into the archive', () => {
    const parts = searchParts([...entries, { path: '/ban-tin/2030-01-01/', section: 'bulletins', date: '2030-01-01' }], 2030);
    expect(parts.currentFrom).toBe(2029);
    expect(parts.archive).toContain('/ban-tin/2028-01-01/');
  });

  test('an entry dated years ahead by mistake does not send the years before it into the archive: the clock’s year caps the newest', () => {
    const typo = [...entries, { path: '/tin-tuc/nham-nam/', section: 'news' as const, date: '2092-01-10' }];
    expect(searchParts(typo, 2030).currentFrom).toBe(2029);
    expect(searchParts(typo, 2030).archive).not.toContain('/ban-tin/2029-12-28/');
  });

  test('a site without dated entries has no archive', () => {
    expect(searchParts([{ path: '/thong-tin/a/', section: 'pages' }], 2030)).toEqual({
      currentFrom: undefined,
      archiveYears: undefined,
      archive: [],
    });
  });
});
