import type { APIRoute } from 'astro';
import { getBulletinSeries } from '../../lib/content.ts';
import { DATA_FILES, asOfLatest, dataRows, jsonResponse } from '../../lib/open-data.ts';

export const GET: APIRoute = async () =>
  jsonResponse(
    DATA_FILES.bulletins.title,
    DATA_FILES.bulletins.codebook,
    await dataRows('bulletins'),
    asOfLatest(await getBulletinSeries()),
  );
