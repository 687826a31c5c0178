/** The latest bulletin for newsrooms that poll one URL: figures, as-of time and build time, both +07:00. */
import { bulletinPath } from '../../domain/routes.ts';
import type { APIRoute } from 'astro';
import { bulletinRow } from '../../domain/open-data.ts';
import { instantToIsoVN } from '../../domain/vn-time.ts';
import { getLatestBulletin } from '../../lib/content.ts';
import { absolute } from '../../lib/urls.ts';
import { dataResponse } from '../../lib/data-files.ts';
import { getSite } from '../../lib/site.ts';
import { NOW } from '../../lib/clock.ts';

export const GET: APIRoute = async () => {
  const latest = await getLatestBulletin();
  const site = getSite();
  const row = latest ? bulletinRow(latest) : undefined;
  const body = {
    publisher: site.agency,
    license: site.license,
    asOf: row?.asOf ?? null,
    generated: instantToIsoVN(NOW),
    timeZone: 'Asia/Ho_Chi_Minh (UTC+07:00)',
    bulletin: latest
      ? {
          ...Object.fromEntries(Object.entries(row!).filter(([, v]) => v !== undefined)),
          title: latest.bulletin.title,
          source: latest.bulletin.source ?? null,
          url: absolute(bulletinPath(latest.bulletin.date)),
          districts: latest.bulletin.districts ?? [],
        }
      : null,
  };
  return dataResponse(`${JSON.stringify(body, null, 2)}\n`, 'json');
};
