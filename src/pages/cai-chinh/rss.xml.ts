import type { APIRoute } from 'astro';
import { getFactchecks } from '../../lib/content.ts';
import { feedResponse } from '../../lib/feed-response.ts';
import { factcheckItem, latest } from '../../lib/feeds.ts';

export const GET: APIRoute = async () => feedResponse('factchecks', latest((await getFactchecks()).map(factcheckItem)));
