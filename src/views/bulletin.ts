/** What a bulletin's page and its poster show (src/pages/ban-tin/[date].astro, [date]/in.astro): their props, and so their cache keys. */
import type { AlertState } from '../domain/alert-level.ts';
import type { Stats } from '../domain/figures.ts';
import { BROADCAST_BULLETINS } from '../domain/routes.ts';
import { getBulletinSeries, type BulletinEntry } from '../lib/content.ts';
import { keyedPaths } from './keyed.ts';

export interface BulletinView {
  entry: BulletinEntry;
  /** The figures as known at this bulletin, and their changes since the last bulletin that gave them. */
  figures: { stats: Stats; known: Stats; delta: Stats; confirmedNew: number | undefined };
  alert: AlertState;
  /** Dates of the bulletins before and after, for the links between them. */
  previous: string | undefined;
  next: string | undefined;
  /** Whether the bulletin is among the BROADCAST_BULLETINS newest, which have a radio script, text messages and a poster. */
  broadcast: boolean;
}

export async function bulletinPaths() {
  const series = await getBulletinSeries();
  return keyedPaths(
    series.map((point, i) => ({
      params: { date: point.bulletin.date },
      props: {
        entry: point.bulletin.entry,
        figures: { stats: point.bulletin.stats, known: point.known, delta: point.delta, confirmedNew: point.confirmedNew },
        alert: point.alert,
        previous: point.previous?.date,
        next: point.next?.date,
        broadcast: i >= series.length - BROADCAST_BULLETINS,
      } satisfies BulletinView,
    })),
  );
}

/** What a bulletin's poster shows (src/pages/ban-tin/[date]/in.astro): the figures, level and districts, not the narrative. */
export interface PosterView {
  bulletin: Pick<BulletinEntry['data'], 'date' | 'time' | 'title' | 'source' | 'districts' | 'correction'>;
  figures: BulletinView['figures'];
  alert: AlertState;
}

export async function posterPaths() {
  return keyedPaths(
    (await getBulletinSeries()).slice(-BROADCAST_BULLETINS).map((point) => {
      const { date, time, title, source, districts, correction } = point.bulletin.entry.data;
      return {
        params: { date },
        props: {
          bulletin: { date, time, title, source, districts, correction },
          figures: { stats: point.bulletin.stats, known: point.known, delta: point.delta, confirmedNew: point.confirmedNew },
          alert: point.alert,
        } satisfies PosterView,
      };
    }),
  );
}
