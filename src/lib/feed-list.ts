/** The feeds of the site: one of everything, one per section (the content format's URL table). */
/** Items per feed: feeds stay small however long the epidemic lasts. */
export const FEED_SIZE = 50;

export const FEEDS = {
  all: { path: '/rss.xml', title: 'Tất cả tin mới' },
  bulletins: { path: '/ban-tin/rss.xml', title: 'Bản tin tình hình dịch bệnh' },
  directives: { path: '/van-ban/rss.xml', title: 'Văn bản chỉ đạo' },
  news: { path: '/tin-tuc/rss.xml', title: 'Tin tức' },
  infographics: { path: '/infographic/rss.xml', title: 'Infographic, video' },
  factchecks: { path: '/cai-chinh/rss.xml', title: 'Cải chính thông tin sai sự thật' },
} as const;
export type FeedName = keyof typeof FEEDS;
