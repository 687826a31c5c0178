/**
 * The radio scripts, newest first (RSS 2.0): a commune station's software, or its announcer's
 * phone, picks up the day's script as soon as the bulletin is published. An item's guid is its
 * bulletin's page, so a correction updates the item in place.
 */
import type { APIRoute } from 'astro';
import { BROADCAST_BULLETINS, bulletinPath, bulletinChannelPath } from '../../domain/routes.ts';
import { channelTexts } from '../../domain/channels.ts';
import { toInstant } from '../../domain/vn-time.ts';
import { getChrome } from '../../lib/chrome.ts';
import { getBulletinSeries } from '../../lib/content.ts';
import { feedResponse } from '../../lib/feed-response.ts';
import { escapeHtml, latest } from '../../lib/feeds.ts';
import { absolute } from '../../lib/urls.ts';

export const GET: APIRoute = async () => {
  const { site, hotlines } = await getChrome();
  const items = (await getBulletinSeries()).slice(-BROADCAST_BULLETINS).map((point) => {
    const b = point.bulletin;
    const { script } = channelTexts(
      {
        bulletin: { ...b, body: b.entry.body ?? '' },
        known: point.known,
        delta: point.delta,
        confirmedNew: point.confirmedNew,
        alert: point.alert,
      },
      site,
      hotlines,
    );
    const paragraphs = script.trim().split('\n\n');
    return {
      title: `${b.correction ? 'Đính chính: ' : ''}Kịch bản phát thanh: ${b.title}`,
      link: absolute(bulletinPath(b.date)),
      pubDate: toInstant(b.date, b.time),
      description: paragraphs[0]!,
      content: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join(''),
      enclosure: { url: absolute(bulletinChannelPath(b.date, 'phat-thanh.txt')), length: Buffer.byteLength(script), type: 'text/plain' },
      customData: `<dc:creator>${escapeHtml(b.source ?? site.agency)}</dc:creator>`,
      categories: ['Phát thanh'],
    };
  });
  return feedResponse('radio', latest(items));
};
