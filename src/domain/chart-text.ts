/** The words a chart says to someone who cannot see it. */
import { formatCount } from './vn-number.ts';
import { formatDate } from './vn-time.ts';

/** "Ca mắc tích lũy: từ 0 (05/02/2020) đến 20 (10/04/2020), cao nhất 20 (08/04/2020)." */
export function describeSeries(name: string, dates: readonly string[], values: readonly (number | undefined)[]): string {
  const known = values.flatMap((v, i) => (v === undefined ? [] : [{ v, date: dates[i]! }]));
  if (known.length === 0) return `${name}: chưa có số liệu.`;
  const first = known[0]!;
  const last = known.at(-1)!;
  if (known.length === 1) return `${name}: ${formatCount(first.v)} (${formatDate(first.date)}).`;
  const top = known.reduce((a, b) => (b.v > a.v ? b : a));
  return `${name}: từ ${formatCount(first.v)} (${formatDate(first.date)}) đến ${formatCount(last.v)} (${formatDate(last.date)}), cao nhất ${formatCount(top.v)} (${formatDate(top.date)}).`;
}

/** "Tổng số ca mới trong 30 bản tin: 12; nhiều nhất 4 ca (28/03/2020)." */
export function describeDaily(name: string, dates: readonly string[], values: readonly (number | undefined)[]): string {
  const known = values.flatMap((v, i) => (v === undefined ? [] : [{ v, date: dates[i]! }]));
  if (known.length === 0) return `${name}: chưa có số liệu.`;
  const total = known.reduce((s, k) => s + k.v, 0);
  const top = known.reduce((a, b) => (b.v > a.v ? b : a));
  return `${name} từ ${formatDate(known[0]!.date)} đến ${formatDate(known.at(-1)!.date)}: tổng ${formatCount(total)}, nhiều nhất ${formatCount(top.v)} (${formatDate(top.date)}).`;
}
