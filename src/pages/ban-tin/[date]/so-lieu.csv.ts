/**
 * One bulletin's own figures: the row of the series for that day. The build writes these files
 * through src/pages/sukien-files.json.ts; this route serves them on the dev server.
 */
import type { APIRoute } from 'astro';
import type { BulletinPoint } from '../../../lib/content.ts';
import { bulletinDataFiles, bulletinDataPaths, dataResponse } from '../../../lib/open-data.ts';

export const getStaticPaths = bulletinDataPaths;

export const GET: APIRoute = ({ props }) => dataResponse(bulletinDataFiles((props as { point: BulletinPoint }).point).csv, 'csv');
