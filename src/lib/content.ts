/**
 * Collection queries for pages: sorted, with the figures series and alert levels computed
 * once per build (not once per page).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { seriesWithAlerts, type AlertState } from '../domain/alert-level.ts';
import type { SeriesPoint } from '../domain/figures.ts';
import { KINDS } from '../content-folder/kinds.ts';
import { getSite } from './site.ts';

export type BulletinEntry = CollectionEntry<'bulletins'>;
export type DirectiveEntry = CollectionEntry<'directives'>;

export interface BulletinPoint extends SeriesPoint<BulletinEntry['data'] & { id: string; entry: BulletinEntry }> {
  alert: AlertState;
}

let series: Promise<BulletinPoint[]> | undefined;

/** Every published bulletin in date order, with known figures, changes and alert level. */
export function getBulletinSeries(): Promise<BulletinPoint[]> {
  series ??= (async () => {
    const entries = await getCollection('bulletins');
    return seriesWithAlerts(
      entries.map((entry) => ({ ...entry.data, id: entry.id, entry })),
      getSite().alertThresholds,
    );
  })();
  return series;
}

/** The days whose own data files the dev server serves; a build writes them (src/build/integrations/bulletin-files.ts). */
export async function bulletinDataPaths() {
  if (!import.meta.env.DEV) return [];
  return (await getBulletinSeries()).map((point) => ({ params: { date: point.bulletin.date }, props: { point } }));
}

export async function getLatestBulletin(): Promise<BulletinPoint | undefined> {
  return (await getBulletinSeries()).at(-1);
}

const byDateDesc = <T extends { data: { date: string }; id: string }>(a: T, b: T) =>
  b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id);

export async function getDirectives(): Promise<DirectiveEntry[]> {
  return (await getCollection('directives')).sort(
    (a, b) => b.data.issued.localeCompare(a.data.issued) || a.data.number.localeCompare(b.data.number, 'vi'),
  );
}

export const getInfographics = async () => (await getCollection('infographics')).sort(byDateDesc);
export const getNews = async () => (await getCollection('news')).sort(byDateDesc);
export const getFactchecks = async () => (await getCollection('factchecks')).sort(byDateDesc);
/** The hotlines in the order of hotlines.yaml. */
export const getHotlines = async () =>
  (await getCollection('hotlines')).sort((a, b) => a.id.localeCompare(b.id)).map(({ data: { id: _id, ...hotline } }) => hotline);

/** Standing pages in menu order: by `order`, then by title. */
export async function getPages() {
  return (await getCollection('pages')).sort(
    (a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || a.data.title.localeCompare(b.data.title, 'vi'),
  );
}

/** Every old path (`aliases`) of a published entry, with the path it now lives at. */
export async function getAliases(): Promise<{ from: string; to: string }[]> {
  const aliases: { from: string; to: string }[] = [];
  for (const kind of KINDS) {
    for (const entry of await getCollection(kind.name)) {
      const data = entry.data as { aliases: string[] } & Record<string, unknown>;
      for (const from of data.aliases) aliases.push({ from, to: kind.route(entry.id, data) });
    }
  }
  return aliases;
}
