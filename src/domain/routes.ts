/**
 * The site's addresses, below `site.base`: one table of the sections (their path, menu label,
 * title, search section, feed and page size), the fixed pages, and one function for each kind
 * of address. Pages, feeds, the validator and the advice all make their addresses here, so a
 * section is named in one place. The public contract is the URL table of docs/content-format.md.
 */

export const SECTIONS = {
  bulletins: { path: '/ban-tin/', menu: 'Bản tin', title: 'Bản tin tình hình dịch bệnh', search: 'Bản tin', pageSize: 30 },
  directives: { path: '/van-ban/', menu: 'Văn bản chỉ đạo', title: 'Văn bản chỉ đạo', search: 'Văn bản chỉ đạo', pageSize: 20 },
  infographics: { path: '/infographic/', menu: 'Infographic', title: 'Infographic, video', search: 'Infographic', pageSize: 24 },
  news: { path: '/tin-tuc/', menu: 'Tin tức', title: 'Tin tức', search: 'Tin tức', pageSize: 15 },
  factchecks: { path: '/cai-chinh/', menu: 'Cải chính', title: 'Cải chính thông tin sai sự thật', search: 'Cải chính', pageSize: 15 },
  pages: { path: '/thong-tin/', menu: undefined, title: 'Thông tin cần biết', search: 'Thông tin cần biết', pageSize: undefined },
} as const;

export type SectionName = keyof typeof SECTIONS;
/** The sections that are dated lists, with list pages and a feed of their own. */
export type ListName = Exclude<SectionName, 'pages'>;
export const LISTS: readonly ListName[] = ['bulletins', 'directives', 'infographics', 'news', 'factchecks'];

/** The pages the generator itself builds. */
export const PAGES = {
  home: '/',
  statistics: '/so-lieu/',
  hotlines: '/duong-day-nong/',
  search: '/tim-kiem/',
  corrections: '/dinh-chinh/',
  openData: '/du-lieu/',
  feeds: '/dang-ky-rss/',
  english: '/en/',
} as const;

/**
 * The staff's editor (src/pages/admin/): not a public page. It has a security policy of its
 * own, and stays out of the sitemap, the search index, the feeds and search engines.
 */
export const EDITOR_PATH = '/admin/';

/** The search index's two bundles (src/domain/search-parts.ts): the current part, read by every search, and the archive. */
export const SEARCH_INDEX = { current: '/pagefind/', archive: '/pagefind-archive/' } as const;

/** The picture shown when a page is shared (Zalo, Facebook). */
export const SHARE_IMAGE = '/og-image.png';

/** The header's menu, before the "need to know" pages (src/lib/chrome.ts adds them). */
export const MENU: readonly { path: string; label: string }[] = [
  { path: PAGES.home, label: 'Trang chủ' },
  { path: SECTIONS.bulletins.path, label: SECTIONS.bulletins.menu },
  { path: PAGES.statistics, label: 'Số liệu' },
  ...(['directives', 'infographics', 'news', 'factchecks'] as const).map((s) => ({ path: SECTIONS[s].path, label: SECTIONS[s].menu })),
  { path: PAGES.hotlines, label: 'Đường dây nóng' },
];

/** The feeds: one of everything, one a list, and the bulletins' radio scripts for commune stations. */
export const FEEDS = {
  all: { path: '/rss.xml', title: 'Tất cả tin mới' },
  ...(Object.fromEntries(LISTS.map((s) => [s, { path: `${SECTIONS[s].path}rss.xml`, title: SECTIONS[s].title }])) as Record<
    ListName,
    { path: string; title: string }
  >),
  radio: { path: `${SECTIONS.bulletins.path}phat-thanh.xml`, title: 'Kịch bản phát thanh bản tin hằng ngày' },
};
export type FeedName = keyof typeof FEEDS;
/** Items per feed: feeds stay small however long the epidemic lasts. */
export const FEED_SIZE = 50;
/**
 * The newest bulletins, as many as a feed holds, have what the other channels broadcast: the
 * radio script, the text messages and the poster. Loudspeakers, phones and notice boards carry
 * the latest figures; an older bulletin's would spread superseded ones, and the build does not
 * make three files and a page for every bulletin ever published that nobody broadcasts
 * (docs/performance.md). Its page, its figures and its data files stay.
 */
export const BROADCAST_BULLETINS = FEED_SIZE;

/** The register's facets: /van-ban/loai/chi-thi/ … */
export const FACETS = ['loai', 'nam', 'co-quan', 'hieu-luc'] as const;
export type Facet = (typeof FACETS)[number];

/** An entry's page. A bulletin lives at its date; every other entry at its slug (its file name). */
export function entryPath(section: SectionName, entry: { id: string; date?: string }): string {
  return `${SECTIONS[section].path}${section === 'bulletins' ? entry.date : entry.id}/`;
}

/** A bulletin's page: /ban-tin/2020-02-05/. */
export const bulletinPath = (date: string): string => entryPath('bulletins', { id: date, date });

/** A file published with an entry, under its page: an attachment, an original picture, a file its body links to. */
export const entryFilePath = (section: SectionName, entry: { id: string; date?: string }, name: string): string =>
  // A file's name as an address: "qd#2.pdf" or "báo cáo 50%.pdf" would otherwise break the link.
  `${entryPath(section, entry)}${name.split('/').map(encodeURIComponent).join('/')}`;

/** Page `n` of a list (counted from the oldest entry), or the list's own page (the newest entries). */
export const listPath = (base: string, n?: number): string => (n === undefined ? base : `${base}trang-${n}/`);

export const facetPath = (facet: Facet, value: string): string => `${SECTIONS.directives.path}${facet}/${value}/`;

/** A bulletin's own figures: /ban-tin/2020-02-05/so-lieu.csv. */
export const bulletinDataPath = (date: string, format: 'csv' | 'json'): string => `${SECTIONS.bulletins.path}${date}/so-lieu.${format}`;

/** What a bulletin publishes for the province's other channels: the radio script, the text message, the LED text. */
export const CHANNEL_FILES = ['phat-thanh.txt', 'tin-nhan.txt', 'tin-nhan-co-dau.txt'] as const;
export const bulletinChannelPath = (date: string, file: (typeof CHANNEL_FILES)[number]): string =>
  `${SECTIONS.bulletins.path}${date}/${file}`;

/** The sections whose entries have a print sheet for notice boards: one A4 page at `in/` under the entry's page. */
export const PRINTED = ['bulletins', 'infographics'] as const;
const PRINT_DIR = 'in/';
export const printPath = (section: (typeof PRINTED)[number], entry: { id: string; date?: string }): string =>
  entryFilePath(section, entry, PRINT_DIR);
/** Whether a path is a print sheet: it duplicates its entry's page, so it stays out of the sitemap. */
export const isPrintPage = (p: string): boolean => PRINTED.some((s) => new RegExp(`^${SECTIONS[s].path}[^/]+/${PRINT_DIR}$`).test(p));

/**
 * The names the generator publishes under an entry's page, reserved there: a file linked from
 * the body, or an alias, may not take them.
 */
export const ENTRY_FILES: Partial<Record<SectionName, readonly string[]>> = {
  bulletins: ['so-lieu.csv', 'so-lieu.json', ...CHANNEL_FILES, PRINT_DIR],
  infographics: [PRINT_DIR],
};

/** The open data files of /du-lieu/. */
export const dataFilePath = (name: 'ban-tin' | 'huyen' | 'van-ban' | 'latest', format: 'csv' | 'json'): string =>
  `${PAGES.openData}${name}.${format}`;

/** The absolute address of a path of the site: https://sukien.example.gov.vn/covid/ban-tin/. */
export const absoluteUrl = (site: { url: string; base: string }, sitePath: string): string =>
  `${site.url}${site.base.replace(/\/$/, '')}${sitePath}`;

/** The register's quick-find index, fetched by the list of directives. */
export const REGISTER_INDEX = `${SECTIONS.directives.path}chi-muc.json`;

/**
 * Paths the generator itself builds, whatever the content; no entry, alias or file may take
 * them (tests/unit/routes.test.ts checks that every route of src/pages without a parameter, and every file of public/, is here).
 */
export const FIXED_ROUTES: readonly string[] = [
  ...Object.values(PAGES),
  ...LISTS.map((s) => SECTIONS[s].path),
  ...FACETS.map((f) => `${SECTIONS.directives.path}${f}/`),
  ...Object.values(FEEDS).map((f) => f.path),
  ...Object.values(SEARCH_INDEX),
  ...(['ban-tin', 'huyen', 'van-ban', 'latest'] as const).flatMap((name) => (['csv', 'json'] as const).map((f) => dataFilePath(name, f))),
  REGISTER_INDEX,
  SHARE_IMAGE,
  EDITOR_PATH,
  `${EDITOR_PATH}config.json`,
  '/404.html',
  '/favicon.svg',
  '/robots.txt',
  '/_headers',
  '/sitemap-index.xml',
];

/**
 * Paths below which the generator makes pages as the content grows (a list's `trang-N/`, the
 * register's facets, the sitemap's parts): an alias there would be dropped the day a page
 * takes its place.
 */
export const isGrowingRoute = (p: string): boolean =>
  isListPage(p.endsWith('/') ? p : `${p}/`) ||
  FACETS.some((f) => p.startsWith(`${SECTIONS.directives.path}${f}/`)) ||
  /^\/sitemap-\d+\.xml\/?$/.test(p);

/** Whether a path is a list page of a section (`/tin-tuc/trang-3/`) or a feed: the advice on links knows them without the content. */
export const isListPage = (p: string): boolean => LISTS.some((s) => new RegExp(`^${SECTIONS[s].path}trang-\\d+/$`).test(p));
export const isFeed = (p: string): boolean => Object.values(FEEDS).some((f) => f.path === p);
