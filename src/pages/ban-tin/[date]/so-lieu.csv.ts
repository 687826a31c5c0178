/** One bulletin's own figures on the dev server; a build writes them (src/build/integrations/bulletin-files.ts). */
import type { APIRoute } from 'astro';
import { bulletinDataFiles } from '../../../domain/open-data.ts';
import { dataResponse, publisher } from '../../../lib/data-files.ts';
import { bulletinDataPaths, type BulletinPoint } from '../../../lib/content.ts';

export const getStaticPaths = bulletinDataPaths;

export const GET: APIRoute = ({ props }) =>
  dataResponse(bulletinDataFiles((props as { point: BulletinPoint }).point, publisher()).csv, 'csv');
