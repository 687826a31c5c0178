/**
 * Figures that look wrong: a daily change far outside the recent range is more often a typo
 * (an extra zero, yesterday's figure) than news. The checker asks staff to look again.
 */
import type { Finding } from './findings.ts';
import { STAT_LABELS, type StatKey } from './figures.ts';
import { formatCount, formatDelta } from './vn-number.ts';

const WATCHED: StatKey[] = ['confirmed', 'recovered', 'deaths', 'tested', 'quarantinedFacility', 'quarantinedHome', 'vaccinated'];
/** How many earlier bulletins make "the recent range". */
const WINDOW = 14;

interface DatedFigures {
  file: string;
  date: string;
  stats: Partial<Record<StatKey, number>>;
}

/**
 * A change is suspicious when, with at least 5 earlier changes to compare with, it is more
 * than three times the largest change of the last 14 bulletins and at least 10 people or
 * samples away from it.
 */
export function suspiciousChanges(bulletins: readonly DatedFigures[]): Finding[] {
  const sorted = [...bulletins].sort((a, b) => a.date.localeCompare(b.date));
  const findings: Finding[] = [];
  for (const key of WATCHED) {
    const changes: number[] = [];
    let last: number | undefined;
    for (const b of sorted) {
      const value = b.stats[key];
      if (value === undefined) continue;
      if (last !== undefined) {
        const change = value - last;
        const recent = changes.slice(-WINDOW);
        if (recent.length >= 5) {
          const largest = Math.max(...recent.map(Math.abs));
          if (Math.abs(change) > 3 * largest && Math.abs(change) - largest >= 10) {
            findings.push({
              severity: 'warning',
              file: b.file,
              field: `stats.${key}`,
              value,
              message: `${STAT_LABELS[key]} thay đổi ${formatDelta(change)} so với bản tin trước (${formatCount(last)}), khác thường so với ${recent.length} bản tin gần đây (thay đổi lớn nhất ${formatCount(largest)}). Hãy kiểm tra lại con số trước khi đăng.`,
            });
          }
        }
        changes.push(change);
      }
      last = value;
    }
  }
  return findings;
}
