import { describe, expect, test } from 'vitest';
import { neighbours, pagesFromOldest } from '../../src/domain/pagination.ts';

const list = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const shape = (n: number, size = 3) => pagesFromOldest(list(n), size).map((p) => [p.number ?? 'own', p.items]);

describe('lists paged from the oldest entry', () => {
  test.each([
    [0, [['own', []]]],
    [2, [['own', [2, 1]]]],
    [5, [['own', [5, 4, 3, 2, 1]]]],
    [
      6,
      [
        [1, [3, 2, 1]],
        ['own', [6, 5, 4]],
      ],
    ],
    [
      8,
      [
        [1, [3, 2, 1]],
        ['own', [8, 7, 6, 5, 4]],
      ],
    ],
    [
      9,
      [
        [1, [3, 2, 1]],
        [2, [6, 5, 4]],
        ['own', [9, 8, 7]],
      ],
    ],
  ])('%i entries', (n, expected) => {
    expect(shape(n)).toEqual(expected);
  });

  test('adding one entry changes the list’s own page, and at most one numbered page, whatever the length', () => {
    for (let n = 1; n < 200; n++) {
      const before = new Map(pagesFromOldest(list(n), 10).map((p) => [p.number ?? 'own', JSON.stringify(p.items)]));
      const after = pagesFromOldest(list(n + 1), 10);
      const changed = after.filter((p) => before.get(p.number ?? 'own') !== JSON.stringify(p.items));
      expect(changed.length, `${n} → ${n + 1}`).toBeLessThanOrEqual(2);
      expect(changed.filter((p) => p.number !== undefined).every((p) => !before.has(p.number!))).toBe(true);
    }
  });

  test('the list’s own page holds from size to 2·size − 1 entries once there are enough', () => {
    for (let n = 10; n < 200; n++) {
      const own = pagesFromOldest(list(n), 10).at(-1)!;
      expect(own.items.length).toBeGreaterThanOrEqual(10);
      expect(own.items.length).toBeLessThan(20);
    }
  });

  test('each page links the newer and the older one', () => {
    expect(neighbours({ number: undefined, numbered: 0 })).toEqual({});
    expect(neighbours({ number: undefined, numbered: 4 })).toEqual({ older: 4 });
    expect(neighbours({ number: 4, numbered: 4 })).toEqual({ newer: 'own', older: 3 });
    expect(neighbours({ number: 2, numbered: 4 })).toEqual({ newer: 3, older: 1 });
    expect(neighbours({ number: 1, numbered: 4 })).toEqual({ newer: 2 });
  });
});
