/** One bulletin's own figures as JSON, with its districts. */
import type { APIRoute } from 'astro';
import { BULLETIN_CODEBOOK, bulletinRow, districtRows } from '../../../domain/open-data.ts';
import { getBulletinSeries, type BulletinPoint } from '../../../lib/content.ts';
import { jsonResponse } from '../../../lib/open-data.ts';

export async function getStaticPaths() {
  return (await getBulletinSeries()).map((point) => ({ params: { date: point.bulletin.date }, props: { point } }));
}

export const GET: APIRoute = ({ props }) => {
  const { point } = props as { point: BulletinPoint };
  const row = bulletinRow(point);
  return jsonResponse(point.bulletin.title, BULLETIN_CODEBOOK, [row], row.asOf as string, { districts: districtRows(point) });
};
