import type { APIRoute } from 'astro';
import { getBulletinSeries } from '../../lib/content.ts';
import { feedResponse } from '../../lib/feed-response.ts';
import { bulletinItem, latest } from '../../lib/feeds.ts';

export const GET: APIRoute = async () => feedResponse('bulletins', latest((await getBulletinSeries()).map(bulletinItem)));
