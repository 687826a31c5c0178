import type { APIRoute } from 'astro';
import { getInfographics } from '../../lib/content.ts';
import { feedResponse } from '../../lib/feed-response.ts';
import { infographicItem, latest } from '../../lib/feeds.ts';

export const GET: APIRoute = async () => feedResponse('infographics', latest((await getInfographics()).map(infographicItem)));
