/** One RSS 2.0 document for a feed: channel in Vietnamese, the Dublin Core namespace for dc:creator. */
import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import { absolute } from './urls.ts';
import { xmlSafe } from '../domain/feed-text.ts';
import { FEEDS, type FeedName } from '../domain/routes.ts';
import { getSite } from './site.ts';
import { NOW } from './clock.ts';

export async function feedResponse(name: FeedName, items: RSSFeedItem[]): Promise<Response> {
  const site = getSite();
  const feed = FEEDS[name];
  const xml = await getRssString({
    title: `${feed.title} | ${site.shortName ?? site.name}`,
    description: `${feed.title} từ ${site.name}, kênh thông tin chính thống của ${site.agency}.`,
    site: absolute('/'),
    items,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    // lastBuildDate: when the site was built, kept apart from each item's own date and time.
    customData: `<language>vi</language><lastBuildDate>${NOW.toUTCString()}</lastBuildDate><atom:link href="${absolute(feed.path)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
  return new Response(xmlSafe(xml), { headers: { 'Content-Type': 'application/xml' } });
}
