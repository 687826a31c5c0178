/** Everything new on the site in one feed: bulletins, directives, news, infographics, fact-checks. */
import type { APIRoute } from 'astro';
import { getBulletinSeries, getDirectives, getFactchecks, getInfographics, getNews } from '../lib/content.ts';
import { feedResponse } from '../lib/feed-response.ts';
import { bulletinItem, directiveItem, factcheckItem, infographicItem, latest, newsItem } from '../lib/feeds.ts';

export const GET: APIRoute = async () =>
  feedResponse(
    'all',
    latest([
      ...(await getBulletinSeries()).map(bulletinItem),
      ...(await getDirectives()).map(directiveItem),
      ...(await getNews()).map(newsItem),
      ...(await getInfographics()).map(infographicItem),
      ...(await getFactchecks()).map(factcheckItem),
    ]),
  );
