/** What the statistics page and the home trend chart draw: the series, grouped when it is long. */
import { downsample } from '../domain/chart.ts';
import type { AlertState } from '../domain/alert-level.ts';
import type { BulletinPoint } from './content.ts';

/** Most points a chart draws: enough for a phone's width, however long the epidemic. */
const CHART_POINTS = 120;

interface ChartRow {
  date: string;
  known: BulletinPoint['known'];
  newCases: number | undefined;
}

/** The series as chart rows; a long one grouped (figures: last of the group, new cases: sum). */
export function chartRows(points: readonly BulletinPoint[], max = CHART_POINTS): ChartRow[] {
  const rows = points.map((p) => ({ date: p.bulletin.date, known: p.known, newCases: p.confirmedNew }));
  return downsample(rows, max, (group) => {
    const last = group.at(-1)!;
    const news = group.map((g) => g.newCases).filter((v): v is number => v !== undefined);
    return { ...last, newCases: news.length > 0 ? news.reduce((a, b) => a + b, 0) : undefined };
  });
}

interface LevelChange {
  date: string;
  from: AlertState | undefined;
  to: AlertState;
}

/** The days the alert level (or whether it was declared) changed. */
export function levelChanges(points: readonly BulletinPoint[]): LevelChange[] {
  const changes: LevelChange[] = [];
  let previous: AlertState | undefined;
  for (const p of points) {
    if (!previous || previous.level !== p.alert.level || previous.declared !== p.alert.declared)
      changes.push({ date: p.bulletin.date, from: previous, to: p.alert });
    previous = p.alert;
  }
  return changes;
}
