/** Text for feeds and shares: the day's figures in a sentence; links made absolute; a body's opening as plain text; what XML cannot carry left out. */
import type { Root as HastRoot, RootContent as HastContent } from 'hast';
import { htmlToHast } from 'satteri';
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

/** A rendered body's opening as a reader sees it, at most 240 characters: entities decoded (the feed escapes the text once, itself). */
export function plainSummary(html: string | undefined): string {
  const words: string[] = [];
  const walk = (node: HastRoot | HastContent) => {
    if (node.type === 'text') words.push(node.value);
    else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(htmlToHast(html ?? '', { fragment: true }));
  const text = words.join(' ').replace(/\s+/g, ' ').trim();
  // Cut between characters, never inside one (an emoji is two UTF-16 units).
  const chars = [...text];
  return chars.length > 240 ? `${chars.slice(0, 237).join('')}…` : text;
}

/**
 * A feed's XML without the characters XML 1.0 cannot carry. Validation strips them from the
 * content first (src/content-folder/clean-text.ts); this is the net under it, so that a feed
 * stays well-formed whatever the input: one such character and a newsroom's reader drops the
 * whole feed.
 */
export const xmlSafe = (xml: string): string => xml.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
