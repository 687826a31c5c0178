/** One bulletin's own figures: the row of the series for that day. */
import type { APIRoute } from 'astro';
import { BULLETIN_CODEBOOK, bulletinRow } from '../../../domain/open-data.ts';
import { getBulletinSeries, type BulletinPoint } from '../../../lib/content.ts';
import { csvResponse } from '../../../lib/open-data.ts';

export async function getStaticPaths() {
  return (await getBulletinSeries()).map((point) => ({ params: { date: point.bulletin.date }, props: { point } }));
}

export const GET: APIRoute = ({ props }) => csvResponse(BULLETIN_CODEBOOK, [bulletinRow((props as { point: BulletinPoint }).point)]);
