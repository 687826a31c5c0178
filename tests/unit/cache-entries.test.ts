/**
 * The deploy workflow keeps one cache entry of each kind: once a new entry is stored, the ones
 * it supersedes on the same branch go (scripts/cache-entries.ts).
 */
import { expect, test } from 'vitest';
import { superseded } from '../../scripts/cache-entries.ts';

const MAIN = 'refs/heads/main';
const entries = [
  { id: 1, key: 'astro-lock1-aaa', ref: MAIN },
  { id: 2, key: 'astro-lock1-bbb', ref: MAIN },
  { id: 3, key: 'astro-lock0-ccc', ref: MAIN },
  { id: 4, key: 'astro-lock1-ddd', ref: 'refs/heads/thu-nghiem' },
  { id: 5, key: 'next-due-41-1', ref: MAIN },
];

test('the entries of the same kind and branch go once the new one is stored; other kinds and branches stay', () => {
  expect(superseded(entries, 'astro-', 'astro-lock1-bbb', MAIN).map((e) => e.id)).toEqual([1, 3]);
  expect(superseded(entries, 'next-due-', 'next-due-41-1', MAIN)).toEqual([]);
  expect(superseded([...entries, { id: 6, key: 'next-due-42-1', ref: MAIN }], 'next-due-', 'next-due-42-1', MAIN).map((e) => e.id)).toEqual(
    [5],
  );
});

test('nothing goes when the new entry is not there: its save failed, and the old one is all the next run has', () => {
  expect(superseded(entries, 'astro-', 'astro-lock1-eee', MAIN)).toEqual([]);
  expect(superseded(entries, 'astro-', 'astro-lock1-ddd', MAIN)).toEqual([]);
});
