import { describe, expect, test } from 'vitest';
import { PHONE_FRAME, bars, downsample, linePath, niceStep, scale } from '../../src/domain/chart.ts';

describe('chart geometry', () => {
  test.each([
    [0, 1],
    [7, 2],
    [20, 5],
    [130, 50],
    [6004, 2000],
  ])('a round step for a maximum of %i is %i', (max, step) => {
    expect(niceStep(max)).toBe(step);
  });

  test('0 sits on the bottom of the plot and the top tick on its top', () => {
    const s = scale(10, 20);
    expect(s.y(0)).toBe(PHONE_FRAME.height - PHONE_FRAME.bottom);
    expect(s.y(s.max)).toBe(PHONE_FRAME.top);
    expect(s.ticks.map((t) => t.value)).toEqual([0, 5, 10, 15, 20]);
  });

  test('points map to their values, first and last on the plot edges', () => {
    const s = scale(3, 10);
    expect(linePath([0, 5, 10], s)).toBe(
      `M${PHONE_FRAME.left} ${s.y(0)}L${s.x(1)} ${s.y(5)}L${PHONE_FRAME.width - PHONE_FRAME.right} ${PHONE_FRAME.top}`,
    );
  });

  test('an unknown value breaks the line instead of dropping to 0', () => {
    const s = scale(4, 10);
    expect(linePath([1, undefined, 3, 4], s).match(/M/g)).toHaveLength(2);
  });

  test('an empty series and a single point draw without error', () => {
    expect(linePath([], scale(0, 0))).toBe('');
    const one = scale(1, 5);
    expect(linePath([5], one)).toBe(`M${one.x(0)} ${one.y(5)}`);
    expect(bars([5], one)).toHaveLength(1);
  });

  test('bar heights are proportional to the values', () => {
    const b = bars([10, 5, 0], scale(3, 10));
    expect(b[0]!.height).toBe(2 * b[1]!.height);
    expect(b[2]!.height).toBe(0);
  });

  test('a long series is grouped to at most the given number of points', () => {
    const days = Array.from({ length: 3650 }, (_, i) => i);
    const last = downsample(days, 120, (g) => g.at(-1)!);
    expect(last.length).toBeLessThanOrEqual(120);
    expect(last.at(-1)).toBe(3649);
    expect(downsample([1, 2, 3], 120, (g) => g[0]!)).toEqual([1, 2, 3]);
  });
});

describe('chart text alternatives', async () => {
  const { describeDaily, describeSeries } = await import('../../src/domain/chart-text.ts');
  test('a cumulative series is told from first to last with its highest value', () => {
    expect(describeSeries('Ca mắc tích lũy', ['2020-02-05', '2020-02-06', '2020-02-07'], [0, 1234, 1300])).toBe(
      'Ca mắc tích lũy: từ 0 (05/02/2020) đến 1.300 (07/02/2020), cao nhất 1.300 (07/02/2020).',
    );
  });
  test('a daily series is told by its total and its peak; empty and single series are handled', () => {
    expect(describeDaily('Ca mắc mới', ['2020-02-05', '2020-02-06'], [3, 1])).toBe(
      'Ca mắc mới từ 05/02/2020 đến 06/02/2020: tổng 4, nhiều nhất 3 (05/02/2020).',
    );
    expect(describeSeries('X', [], [])).toBe('X: chưa có số liệu.');
    expect(describeSeries('X', ['2020-02-05'], [7])).toBe('X: 7 (05/02/2020).');
  });
});
