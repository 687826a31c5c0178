/** Text for feeds and shares: the day's figures in a sentence; links made absolute. */
import { STAT_KEYS, STAT_LABELS, type SeriesPoint, type BulletinFigures } from './figures.ts';
import { formatCount, formatDelta } from './vn-number.ts';
import { formatDateTime } from './vn-time.ts';

/** "Số liệu tính đến 15h00 ngày 10/04/2020. Ca mắc tích lũy: 20 (+1); …" — the figures the bulletin gives. */
export function figuresSummary(point: Pick<SeriesPoint, 'known' | 'delta'>, bulletin: BulletinFigures): string {
  const parts = STAT_KEYS.filter((k) => point.known[k] !== undefined && (bulletin.stats[k] !== undefined || k === 'confirmedNew')).map(
    (k) => {
      const delta = k === 'confirmedNew' ? undefined : point.delta[k];
      return `${STAT_LABELS[k]}: ${formatCount(point.known[k]!)}${delta ? ` (${formatDelta(delta)})` : ''}`;
    },
  );
  return `Số liệu tính đến ${formatDateTime(bulletin.date, bulletin.time)}. ${parts.join('; ')}.`;
}

/** Root-relative href, src and poster in HTML made absolute on `origin` (already base-prefixed paths stay as they are). */
export function absoluteLinks(html: string, origin: string): string {
  return html.replace(/\b(href|src|poster)="(\/(?!\/)[^"]*)"/g, (_, attr: string, p: string) => `${attr}="${origin}${p}"`);
}
