/**
 * What every page shows besides its own content: the site settings, the menu, the footer's
 * hotlines and the urgent notice while it is up. Computed once per build; the header, footer
 * and notices read it from here, and every page's cache key covers it whole
 * (src/lib/page-keys.ts), so that the two cannot drift apart.
 */
import { entryPath, MENU } from '../domain/routes.ts';
import type { Hotline } from '../content/schemas/hotline.ts';
import type { Site } from '../content/schemas/site.ts';
import { NOW } from './clock.ts';
import { getHotlines, getPages } from './content.ts';
import { getSite } from './site.ts';

interface Chrome {
  site: Site;
  /** The header's menu: the sections, then the "need to know" pages in menu order. */
  menu: { path: string; label: string }[];
  /** The hotlines the footer shows: the first three. */
  hotlines: Hotline[];
  /** The urgent notice, while it is shown (until its `until` time); derived from the clock. */
  notice: Site['notice'];
}

let chrome: Promise<Chrome> | undefined;

export function getChrome(): Promise<Chrome> {
  chrome ??= (async () => {
    const site = getSite();
    const pages = await getPages();
    const hotlines = await getHotlines();
    const notice = site.notice && (!site.notice.until || new Date(site.notice.until) > NOW) ? site.notice : undefined;
    return {
      site,
      menu: [...MENU, ...pages.map((p) => ({ path: entryPath('pages', p), label: p.data.title }))],
      hotlines: hotlines.slice(0, 3),
      notice,
    };
  })();
  return chrome;
}
