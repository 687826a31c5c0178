import { describe, expect, test } from 'vitest';
import { buildSeries, byCases, figureChange } from '../../src/domain/figures.ts';

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

describe('what the pages show of a change', () => {
  test('a rise of cases is bad news, a rise of recoveries good; no change for the day’s new cases or an unknown figure', () => {
    expect(figureChange('confirmed', { confirmed: 3 })).toEqual({ delta: 3, good: false });
    expect(figureChange('recovered', { recovered: 2 })).toEqual({ delta: 2, good: true });
    expect(figureChange('deaths', { deaths: 0 })).toMatchObject({ delta: 0 });
    expect(figureChange('confirmedNew', { confirmedNew: 4 })).toBeUndefined();
    expect(figureChange('tested', {})).toBeUndefined();
  });

  test('districts: most cases first, then in Vietnamese order', () => {
    const names = [
      { name: 'Văn Lãng', confirmed: 1 },
      { name: 'Cao Lộc', confirmed: 2 },
      { name: 'Bắc Sơn', confirmed: 1 },
      { name: 'Đình Lập', confirmed: 1 },
    ]
      .sort(byCases)
      .map((d) => d.name);
    expect(names).toEqual(['Cao Lộc', 'Bắc Sơn', 'Đình Lập', 'Văn Lãng']);
  });
});
