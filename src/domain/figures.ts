/**
 * Bulletin figures as a series: what each bulletin says, what is known at that date (a
 * figure a bulletin leaves out is unknown, not zero, and the last given value stands), and
 * the change since the previous bulletin. One pass over the series, in date order.
 */
import type { LocalDate, LocalTime } from './vn-time.ts';

/** Cumulative figures: they never go down unless a bulletin says why (`correction`). */
export const CUMULATIVE_KEYS = ['confirmed', 'recovered', 'deaths', 'tested', 'vaccinated'] as const;
/** Current figures: they go up and down freely. */
const CURRENT_KEYS = ['suspected', 'quarantinedFacility', 'quarantinedHome'] as const;
export const STAT_KEYS = [
  'confirmed',
  'confirmedNew',
  'recovered',
  'deaths',
  'suspected',
  'quarantinedFacility',
  'quarantinedHome',
  'tested',
  'vaccinated',
] as const;

export type StatKey = (typeof STAT_KEYS)[number];
export type Stats = Partial<Record<StatKey, number>>;

/** Vietnamese labels of the figures, as the Department of Health writes them. */
export const STAT_LABELS: Record<StatKey, string> = {
  confirmed: 'Ca mắc tích lũy',
  confirmedNew: 'Ca mắc mới trong ngày',
  recovered: 'Khỏi bệnh, ra viện',
  deaths: 'Tử vong',
  suspected: 'Ca nghi ngờ đang theo dõi',
  quarantinedFacility: 'Đang cách ly tập trung',
  quarantinedHome: 'Đang cách ly tại nhà, nơi lưu trú',
  tested: 'Mẫu đã xét nghiệm',
  vaccinated: 'Mũi vắc xin đã tiêm',
};

/**
 * Whether a rise of the figure is good news (more recoveries, more tests) or bad news (more
 * cases, more people in quarantine): the colour of a change follows it.
 */
export const RISE_IS_GOOD: Record<StatKey, boolean> = {
  confirmed: false,
  confirmedNew: false,
  recovered: true,
  deaths: false,
  suspected: false,
  quarantinedFacility: false,
  quarantinedHome: false,
  tested: true,
  vaccinated: true,
};

/**
 * A figure's change since the last bulletin that gave it, as the pages show it, and whether
 * it is good news; none for the day's new cases (a count of one day) or an unknown change.
 */
export function figureChange(key: StatKey, delta: Stats): { delta: number; good: boolean } | undefined {
  const d = key === 'confirmedNew' ? undefined : delta[key];
  return d === undefined ? undefined : { delta: d, good: d > 0 === RISE_IS_GOOD[key] };
}

export interface District {
  name: string;
  confirmed: number;
}

/** Districts with the most cases first, then in Vietnamese alphabetical order. */
export const byCases = (a: District, b: District): number => b.confirmed - a.confirmed || a.name.localeCompare(b.name, 'vi');

export interface BulletinFigures {
  date: LocalDate;
  time: LocalTime;
  stats: Stats;
  districts?: District[] | undefined;
  alertLevel?: number | undefined;
  correction?: string | undefined;
}

export interface SeriesPoint<B extends BulletinFigures = BulletinFigures> {
  bulletin: B;
  /** Every figure known at this bulletin: given here, or (cumulative only) carried from earlier. */
  known: Stats;
  /** Change of each figure this bulletin gives since the last bulletin that gave it. */
  delta: Stats;
  /** New cases of the day: given, or the rise of `confirmed` since the previous bulletin. */
  confirmedNew: number | undefined;
  /** Cases under treatment: confirmed − recovered − deaths, with the figures known then. */
  underTreatment: number;
  /** The previous bulletin in the series, for previous/next links. */
  previous: B | undefined;
  next: B | undefined;
}

const normaliseName = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase('vi');

export function districtKey(name: string): string {
  return normaliseName(name);
}

/** Builds the series from bulletins in any order; the result is in date order. */
export function buildSeries<B extends BulletinFigures>(bulletins: readonly B[]): SeriesPoint<B>[] {
  const sorted = [...bulletins].sort((a, b) => a.date.localeCompare(b.date));
  const lastGiven: Stats = {};
  const known: Stats = {};
  const points: SeriesPoint<B>[] = [];
  for (const [i, b] of sorted.entries()) {
    const delta: Stats = {};
    for (const key of STAT_KEYS) {
      const value = b.stats[key];
      if (value === undefined) continue;
      const before = lastGiven[key];
      if (before !== undefined) delta[key] = value - before;
      lastGiven[key] = value;
    }
    for (const key of CUMULATIVE_KEYS) {
      const value = b.stats[key];
      if (value !== undefined) known[key] = value;
    }
    const current: Stats = { ...known };
    for (const key of CURRENT_KEYS) {
      const value = b.stats[key];
      if (value !== undefined) current[key] = value;
    }
    const confirmedNew =
      b.stats.confirmedNew ?? (b.stats.confirmed !== undefined && delta.confirmed !== undefined ? Math.max(0, delta.confirmed) : undefined);
    if (confirmedNew !== undefined) current.confirmedNew = confirmedNew;
    points.push({
      bulletin: b,
      known: current,
      delta,
      confirmedNew,
      underTreatment: Math.max(0, (known.confirmed ?? 0) - (known.recovered ?? 0) - (known.deaths ?? 0)),
      previous: sorted[i - 1],
      next: sorted[i + 1],
    });
  }
  return points;
}
