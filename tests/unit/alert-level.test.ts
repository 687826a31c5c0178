import { describe, expect, test } from 'vitest';
import { alertStates, levelFromCases, levelRange } from '../../src/domain/alert-level.ts';

describe('alert level', () => {
  test.each([
    [0, 1],
    [1, 2],
    [19, 2],
    [20, 3],
    [79, 3],
    [80, 4],
    [399, 4],
    [400, 5],
    [10_000, 5],
  ])('%i cases under treatment is level %i with the default thresholds', (cases, level) => {
    expect(levelFromCases(cases)).toBe(level);
  });

  test('site thresholds replace the defaults', () => {
    expect(levelFromCases(5, [5, 10, 15, 20])).toBe(2);
    expect(levelFromCases(4, [5, 10, 15, 20])).toBe(1);
  });

  test('a declared level holds until another is declared; before it the level is estimated', () => {
    const states = alertStates([
      { underTreatment: 0 },
      { underTreatment: 25 },
      { declared: 2, underTreatment: 30 },
      { underTreatment: 500 },
      { declared: 4, underTreatment: 500 },
      { underTreatment: 0 },
    ]);
    expect(states).toEqual([
      { level: 1, declared: false },
      { level: 3, declared: false },
      { level: 2, declared: true },
      { level: 2, declared: true },
      { level: 4, declared: true },
      { level: 4, declared: true },
    ]);
  });

  test('the meaning of a level is written from the thresholds', () => {
    expect(levelRange(1)).toBe('chưa có ca bệnh đang điều trị');
    expect(levelRange(3)).toBe('từ 20 đến dưới 80 ca đang điều trị');
    expect(levelRange(5)).toBe('từ 400 ca đang điều trị trở lên');
  });
});
