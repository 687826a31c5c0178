import { describe, expect, test } from 'vitest';
import { buildSeries } from '../../src/domain/figures.ts';

const b = (date: string, stats: Record<string, number>) => ({ date, time: '15:00', stats });

describe('bulletin series', () => {
  test('changes are computed against the previous bulletin, in date order whatever the input order', () => {
    const series = buildSeries([b('2020-02-06', { confirmed: 3 }), b('2020-02-05', { confirmed: 1 })]);
    expect(series.map((p) => p.bulletin.date)).toEqual(['2020-02-05', '2020-02-06']);
    expect(series[1]!.delta.confirmed).toBe(2);
    expect(series[1]!.confirmedNew).toBe(2);
    expect(series[0]!.confirmedNew).toBeUndefined();
  });

  test('a figure left out is unknown, not zero: it is compared with the last bulletin that gave it', () => {
    const series = buildSeries([
      b('2020-02-05', { confirmed: 1, tested: 100 }),
      b('2020-02-06', { confirmed: 2 }),
      b('2020-02-07', { tested: 150 }),
    ]);
    expect(series[1]!.known.tested).toBe(100);
    expect(series[1]!.delta.tested).toBeUndefined();
    expect(series[2]!.delta.tested).toBe(50);
    expect(series[2]!.known.confirmed).toBe(2);
  });

  test('a given confirmedNew wins over the computed rise', () => {
    const series = buildSeries([b('2020-02-05', { confirmed: 1 }), b('2020-02-06', { confirmed: 3, confirmedNew: 1 })]);
    expect(series[1]!.confirmedNew).toBe(1);
  });

  test('cases under treatment use the figures known at that date', () => {
    const series = buildSeries([b('2020-02-05', { confirmed: 10, recovered: 2 }), b('2020-02-06', { confirmed: 12, deaths: 1 })]);
    expect(series[1]!.underTreatment).toBe(9);
  });

  test('previous and next link the neighbours', () => {
    const series = buildSeries([b('2020-02-05', {}), b('2020-02-06', {}), b('2020-02-08', {})]);
    expect(series[1]!.previous?.date).toBe('2020-02-05');
    expect(series[1]!.next?.date).toBe('2020-02-08');
  });
});
