import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { loadContent, type Entry } from '../../src/content-folder/load.ts';
import { FEED_SIZE } from '../../src/domain/routes.ts';
import { buildClock, toInstant } from '../../src/domain/vn-time.ts';
import { DEMO_EPOCH, ROOT } from '../helpers/build.ts';
import { parseFeed } from '../helpers/feedparser.ts';
import { fileOf, page } from '../helpers/site.ts';
import { fileFor } from '../site-checks/links.ts';

const dist = inject('demoDist');
const origin = inject('demoOrigin');
const content = await loadContent(path.join(ROOT, 'content'), buildClock({ SOURCE_DATE_EPOCH: DEMO_EPOCH }));
const published = (kind: Entry['kind']) => content.entries.filter((e) => e.kind === kind && e.published);
const feed = (p: string) => parseFeed(readFileSync(fileOf(dist, p)));

const FEEDS: [string, Entry['kind'][]][] = [
  ['/rss.xml', ['bulletins', 'directives', 'news', 'infographics', 'factchecks']],
  ['/ban-tin/rss.xml', ['bulletins']],
  ['/van-ban/rss.xml', ['directives']],
  ['/tin-tuc/rss.xml', ['news']],
  ['/infographic/rss.xml', ['infographics']],
  ['/cai-chinh/rss.xml', ['factchecks']],
  ['/ban-tin/phat-thanh.xml', ['bulletins']],
];

describe.each(FEEDS)('%s', (feedPath, kinds) => {
  const parsed = feed(feedPath);
  test('parses cleanly as RSS 2.0 in a real feed reader', () => {
    expect(parsed.bozoException).toBe('');
    expect(parsed.bozo).toBe(false);
    expect(parsed.version).toBe('rss20');
    expect(parsed.feed.language).toBe('vi');
    expect(readFileSync(fileOf(dist, feedPath), 'utf8')).toContain('<lastBuildDate>Fri, 10 Apr 2020 10:00:00 GMT</lastBuildDate>');
  });
  test('holds the newest items, at most the feed size', () => {
    const total = kinds.reduce((n, k) => n + published(k).length, 0);
    expect(parsed.entries).toHaveLength(Math.min(FEED_SIZE, total));
    const times = parsed.entries.map((e) => e.publishedUtc);
    expect([...times].sort().reverse()).toEqual(times);
  });
  test('every item has an absolute link to a page of the site, the same guid, a creator and a summary', () => {
    for (const e of parsed.entries) {
      expect(e.link.startsWith(`${origin}/`), e.link).toBe(true);
      expect(fileFor(dist, new URL(e.link).pathname), e.link).toBeDefined();
      expect(e.id).toBe(e.link);
      expect(e.author.trim()).not.toBe('');
      expect(e.summary.trim()).not.toBe('');
      expect(e.content).not.toMatch(/(href|src)="\/(?!\/)/);
    }
  });
  test('pages of the section advertise the feed', () => {
    const section = feedPath === '/rss.xml' ? '/' : feedPath.replace(/[^/]+\.xml$/, '');
    const $ = page(dist, section);
    expect($(`link[rel="alternate"][type="application/rss+xml"][href="${origin}${feedPath}"]`)).toHaveLength(1);
  });
});

describe('feed items', () => {
  test('a bulletin is dated at its Vietnam time (15:00 is 08:00 GMT) and carries the key figures', () => {
    const items = feed('/ban-tin/rss.xml').entries;
    for (const b of published('bulletins').slice(-FEED_SIZE)) {
      const item = items.find((e) => e.link === `${origin}/ban-tin/${String(b.data.date)}/`);
      if (!item) continue;
      expect(item.publishedUtc).toBe(toInstant(String(b.data.date), String(b.data.time)).toISOString().replace('.000', ''));
    }
    const latest = items[0]!;
    expect(latest.publishedUtc).toMatch(/T08:00:00Z$/);
    expect(latest.summary).toMatch(/^Số liệu tính đến 15h00 ngày \d{2}\/\d{2}\/\d{4}\. Ca mắc tích lũy: \d+/);
  });
  test('a directive shows its number and issuer in the title', () => {
    for (const e of feed('/van-ban/rss.xml').entries) {
      const doc = published('directives').find((d) => e.link.endsWith(`/van-ban/${d.slug}/`))!;
      expect(e.title).toContain(String(doc.data.number));
      expect(e.title).toContain(String(doc.data.issuer));
      expect(e.author).toBe(String(doc.data.issuer));
    }
  });
  test('an infographic carries its original image as an enclosure with its real length and type', () => {
    for (const e of feed('/infographic/rss.xml').entries) {
      expect(e.enclosures).toHaveLength(1);
      const enclosure = e.enclosures[0]!;
      const file = fileFor(dist, new URL(enclosure.href).pathname)!;
      expect(Number(enclosure.length)).toBe(statSync(file).size);
      expect(enclosure.type).toMatch(/^image\/(png|jpeg|webp|svg\+xml)$/);
    }
  });
  test("a radio item is the bulletin's script as published beside it, a correction said in the item of the same guid", () => {
    const items = feed('/ban-tin/phat-thanh.xml').entries;
    for (const e of items) {
      const date = /\/ban-tin\/(\d{4}-\d{2}-\d{2})\/$/.exec(e.link)![1]!;
      const script = readFileSync(fileOf(dist, `/ban-tin/${date}/phat-thanh.txt`), 'utf8');
      expect(e.enclosures).toEqual([
        { href: `${origin}/ban-tin/${date}/phat-thanh.txt`, length: String(Buffer.byteLength(script)), type: 'text/plain' },
      ]);
      // The item holds the whole script, paragraph by paragraph, with no figure left in digits.
      const text = e.content.replace(/<\/p><p>/g, '\n\n').replace(/<\/?p>/g, '');
      expect(text.replace(/&quot;/g, '"').replace(/&amp;/g, '&')).toBe(script.trim());
      expect(text).not.toMatch(/\d/);
    }
    const corrected = published('bulletins').find((b) => b.data.correction !== undefined)!;
    const item = items.find((e) => e.link === `${origin}/ban-tin/${String(corrected.data.date)}/`)!;
    expect(item.id).toBe(item.link);
    expect(item.title).toMatch(/^Đính chính: /);
    expect(item.content).toContain('Đính chính số liệu: Sau khi rà soát');
  });
  test('the subscription page lists every feed', () => {
    const $ = page(dist, '/dang-ky-rss/');
    for (const [feedPath] of FEEDS) expect($(`a[href="${feedPath}"]`).length, feedPath).toBe(1);
  });
});
