/** Each bulletin's own data files, /ban-tin/YYYY-MM-DD/so-lieu.csv and .json, in one go (src/lib/file-bundle.ts). */
import type { APIRoute } from 'astro';
import { getBulletinSeries } from '../lib/content.ts';
import { bundleResponse } from '../lib/file-bundle.ts';
import { bulletinDataFiles } from '../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const files: Record<string, string> = {};
  for (const point of await getBulletinSeries()) {
    const { csv, json } = bulletinDataFiles(point);
    files[`/ban-tin/${point.bulletin.date}/so-lieu.csv`] = csv;
    files[`/ban-tin/${point.bulletin.date}/so-lieu.json`] = json;
  }
  return bundleResponse(files);
};
