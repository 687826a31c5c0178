import type { APIRoute } from 'astro';
import { getDirectives } from '../../lib/content.ts';
import { feedResponse } from '../../lib/feed-response.ts';
import { directiveItem, latest } from '../../lib/feeds.ts';

export const GET: APIRoute = async () => feedResponse('directives', latest((await getDirectives()).map(directiveItem)));
