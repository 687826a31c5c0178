/** The dated list sections that share one archive component. */
import { getFactchecks, getNews } from './content.ts';
import { PAGE_SIZE } from './archive.ts';

export const SECTIONS = {
  news: {
    base: '/tin-tuc/',
    title: 'Tin tức',
    lead: 'Tin hoạt động phòng, chống dịch trên địa bàn tỉnh và tin đăng lại từ các cơ quan báo chí (có ghi nguồn).',
    load: getNews,
    size: PAGE_SIZE.news,
  },
  factchecks: {
    base: '/cai-chinh/',
    title: 'Cải chính thông tin sai sự thật',
    lead: 'Thông tin sai sự thật về dịch bệnh lan truyền trên mạng xã hội và thông tin chính thức để cải chính.',
    load: getFactchecks,
    size: PAGE_SIZE.factchecks,
  },
} as const;
