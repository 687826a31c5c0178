/**
 * One bulletin's own figures: the row of the series for that day. The build writes these
 * files through src/pages/sukien-files.json.ts; this route serves them on the dev server.
 */
import type { APIRoute } from 'astro';
import { getBulletinSeries, type BulletinPoint } from '../../../lib/content.ts';
import { bulletinDataFiles } from '../../../lib/open-data.ts';

export async function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  return (await getBulletinSeries()).map((point) => ({ params: { date: point.bulletin.date }, props: { point } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(bulletinDataFiles((props as { point: BulletinPoint }).point).csv, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
