import type { APIRoute } from 'astro';
import { getNews } from '../../lib/content.ts';
import { feedResponse } from '../../lib/feed-response.ts';
import { latest, newsItem } from '../../lib/feeds.ts';

export const GET: APIRoute = async () => feedResponse('news', latest((await getNews()).map(newsItem)));
