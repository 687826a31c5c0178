/**
 * RSS items for the press, one builder per kind of content, shared by the section feeds and
 * the feed of everything. Every link is absolute (site.url + base), the date is the exact
 * instant of the content's Vietnam date and time, the source is `dc:creator`.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { CollectionEntry } from 'astro:content';
import { DIRECTIVE_KINDS } from '../content/schemas/directive.ts';
import { VERDICTS } from '../content/schemas/factcheck.ts';
import { absoluteLinks, figuresSummary, plainSummary } from '../domain/feed-text.ts';
import { formatDate, toInstant } from '../domain/vn-time.ts';
import type { BulletinPoint, DirectiveEntry } from './content.ts';
import { downloadFile, writtenPath } from './downloads.ts';
import { getSite } from './site.ts';
import { absolute } from './urls.ts';
import { bulletinPath, entryFilePath, entryPath, FEED_SIZE } from '../domain/routes.ts';

/** The site's own links and images in content HTML, made absolute for feed readers. */
function absolutizeHtml(html: string): string {
  return absoluteLinks(html, getSite().url);
}

const MIME: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};

const creator = (name: string | undefined) => (name ? `<dc:creator>${escapeHtml(name)}</dc:creator>` : '');

export function bulletinItem(point: BulletinPoint): RSSFeedItem {
  const b = point.bulletin;
  const summary = figuresSummary(point, b);
  return {
    title: b.title,
    link: absolute(bulletinPath(b.date)),
    pubDate: toInstant(b.date, b.time),
    description: summary,
    content: `<p>${summary}</p>${b.correction ? `<p><strong>Đính chính số liệu:</strong> ${escapeHtml(b.correction)}</p>` : ''}${absolutizeHtml(b.entry.rendered?.html ?? '')}`,
    customData: creator(b.source ?? getSite().agency),
    categories: ['Bản tin'],
  };
}

export function directiveItem(doc: DirectiveEntry): RSSFeedItem {
  const d = doc.data;
  const kind = DIRECTIVE_KINDS[d.kind];
  return {
    title: `${d.urgent ? 'KHẨN: ' : ''}${kind} số ${d.number} của ${d.issuer}: ${d.title}`,
    link: absolute(entryPath('directives', doc)),
    pubDate: toInstant(d.issued),
    description: `${kind} số ${d.number} ngày ${formatDate(d.issued)} của ${d.issuer} ${d.title.charAt(0).toLowerCase()}${d.title.slice(1)}`,
    content: absolutizeHtml(doc.rendered?.html ?? ''),
    customData: creator(d.issuer),
    categories: ['Văn bản chỉ đạo', kind],
  };
}

export function newsItem(item: CollectionEntry<'news'>): RSSFeedItem {
  const d = item.data;
  const credit = d.source
    ? `<p>Nguồn: ${d.source.url ? `<a href="${escapeHtml(d.source.url)}">${escapeHtml(d.source.name)}</a>` : escapeHtml(d.source.name)}</p>`
    : '';
  return {
    title: d.title,
    link: absolute(entryPath('news', item)),
    pubDate: toInstant(d.date),
    description: d.summary ?? plainSummary(item.rendered?.html),
    content: `${absolutizeHtml(item.rendered?.html ?? '')}${credit}`,
    customData: creator(d.source?.name ?? getSite().agency),
    categories: ['Tin tức', ...d.tags],
  };
}

export function infographicItem(item: CollectionEntry<'infographics'>): RSSFeedItem {
  const d = item.data;
  const original = downloadFile(item, writtenPath(item, 'image'));
  const imageUrl = absolute(entryFilePath('infographics', item, original.name));
  return {
    title: d.title,
    link: absolute(entryPath('infographics', item)),
    pubDate: toInstant(d.date),
    description: d.alt,
    content: `<p><img src="${imageUrl}" alt="${escapeHtml(d.alt)}"></p>${absolutizeHtml(item.rendered?.html ?? '')}`,
    enclosure: {
      url: imageUrl,
      length: original.bytes,
      type: MIME[original.name.slice(original.name.lastIndexOf('.')).toLowerCase()] ?? 'application/octet-stream',
    },
    customData: creator(d.source ?? getSite().agency),
    categories: ['Infographic', ...d.tags],
  };
}

export function factcheckItem(item: CollectionEntry<'factchecks'>): RSSFeedItem {
  const d = item.data;
  return {
    title: d.title,
    link: absolute(entryPath('factchecks', item)),
    pubDate: toInstant(d.date),
    description: `${VERDICTS[d.verdict]}: “${d.claim}”`,
    content: `<p><strong>Thông tin lan truyền:</strong> “${escapeHtml(d.claim)}”</p><p><strong>Kết luận:</strong> ${VERDICTS[d.verdict]}</p>${absolutizeHtml(item.rendered?.html ?? '')}`,
    customData: creator(getSite().agency),
    categories: ['Cải chính'],
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Newest first, at most FEED_SIZE. */
export function latest(items: RSSFeedItem[]): RSSFeedItem[] {
  return items
    .sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0) || String(a.link).localeCompare(String(b.link)))
    .slice(0, FEED_SIZE);
}
