/**
 * The labelled queries: everyday questions a citizen types into the search box of the demo
 * site, each with the page a person would expect first. tests/e2e/search-quality.test.ts runs
 * them through the real search box in Chromium, on 2 April 2020 at 16:00 in Vietnam (the day
 * "hôm nay" means), and every one must put its page first.
 *
 * Pagefind matches word prefixes, not typos, so there are no typos here.
 */
export interface LabelledQuery {
  query: string;
  first: string;
  kind: 'không dấu' | 'có dấu' | 'số hiệu' | 'ngày' | 'địa danh' | 'biến thể' | 'địa chỉ' | 'tiêu đề';
}

export const SEARCH_TODAY = '2020-04-02T16:00:00+07:00';

export const LABELLED_QUERIES: readonly LabelledQuery[] = [
  // Typed without tone marks, the way most people type on a phone.
  { kind: 'không dấu', query: 'cho ky lua', first: '/tin-tuc/tam-dung-hoat-dong-cho-tp-lang-son/' },
  { kind: 'không dấu', query: 'cho dong kinh', first: '/tin-tuc/tam-dung-hoat-dong-cho-tp-lang-son/' },
  { kind: 'không dấu', query: 'xe container un u', first: '/cai-chinh/video-xe-container-un-u-la-hinh-anh-cu/' },
  { kind: 'không dấu', query: 'deo khau trang dung cach', first: '/infographic/deo-khau-trang/' },
  { kind: 'không dấu', query: 'huong dan cach ly tai nha', first: '/thong-tin/huong-dan-cach-ly-tai-nha/' },
  { kind: 'không dấu', query: 'rua tay xa phong', first: '/infographic/rua-tay/' },
  { kind: 'không dấu', query: 'dau hieu nghi nhiem', first: '/infographic/dau-hieu-nghi-nhiem/' },
  { kind: 'không dấu', query: 'thong quan hang hoa', first: '/tin-tuc/thong-quan-hang-hoa-co-kiem-soat/' },
  { kind: 'không dấu', query: 'benh nhan tu vong sai su that', first: '/cai-chinh/tin-benh-nhan-covid-19-tu-vong-la-sai-su-that/' },
  { kind: 'không dấu', query: 'ra mat trang thong tin', first: '/tin-tuc/ra-mat-trang-thong-tin-phong-chong-dich/' },
  { kind: 'không dấu', query: 'gioi thieu', first: '/thong-tin/gioi-thieu/' },
  // With tone marks.
  { kind: 'có dấu', query: 'Đeo khẩu trang đúng cách', first: '/infographic/deo-khau-trang/' },
  { kind: 'có dấu', query: 'rửa tay', first: '/infographic/rua-tay/' },
  { kind: 'có dấu', query: 'thông điệp 5K', first: '/infographic/5k/' },
  { kind: 'có dấu', query: 'tin giả vắc xin', first: '/cai-chinh/tin-da-co-vac-xin-covid-19-ban-tai-hieu-thuoc-la-sai-su-that/' },
  // Title and summary answer the question: the guide, not a page that mentions the words in passing.
  { kind: 'tiêu đề', query: 'khai bao y te o dau', first: '/thong-tin/huong-dan-khai-bao-y-te/' },
  { kind: 'tiêu đề', query: 'huong dan khai bao y te', first: '/thong-tin/huong-dan-khai-bao-y-te/' },
  { kind: 'tiêu đề', query: 'so dien thoai duong day nong', first: '/infographic/duong-day-nong/' },
  { kind: 'tiêu đề', query: 'ke hoach ung pho voi dich', first: '/van-ban/545-kh-ubnd/' },
  // Document numbers, as typed, with or without Đ.
  { kind: 'số hiệu', query: '02/CD-UBND', first: '/van-ban/02-cd-ubnd/' },
  { kind: 'số hiệu', query: '02/CĐ-UBND', first: '/van-ban/02-cd-ubnd/' },
  { kind: 'số hiệu', query: '1102/SYT-NVY', first: '/van-ban/1102-syt-nvy/' },
  { kind: 'số hiệu', query: '237/QD-UBND', first: '/van-ban/237-qd-ubnd/' },
  { kind: 'số hiệu', query: '545/KH-UBND', first: '/van-ban/545-kh-ubnd/' },
  { kind: 'số hiệu', query: '15/TB-BCD', first: '/van-ban/15-tb-bcd/' },
  { kind: 'số hiệu', query: 'chi thi 03', first: '/van-ban/03-ct-ubnd/' },
  // Dates written the Vietnamese way.
  { kind: 'ngày', query: 'bản tin 20/3/2020', first: '/ban-tin/2020-03-20/' },
  { kind: 'ngày', query: 'ban tin 20/3/2020', first: '/ban-tin/2020-03-20/' },
  { kind: 'ngày', query: 'ngày 2/4', first: '/ban-tin/2020-04-02/' },
  { kind: 'ngày', query: 'ngay 2 thang 4', first: '/ban-tin/2020-04-02/' },
  { kind: 'ngày', query: '05/03/2020', first: '/ban-tin/2020-03-05/' },
  { kind: 'ngày', query: '5-3-2020', first: '/ban-tin/2020-03-05/' },
  { kind: 'ngày', query: '5.3.2020', first: '/ban-tin/2020-03-05/' },
  { kind: 'ngày', query: 'tháng 3/2020', first: '/ban-tin/2020-03-31/' },
  { kind: 'ngày', query: 'thang 2 nam 2020', first: '/ban-tin/2020-02-29/' },
  { kind: 'ngày', query: 'hôm nay', first: '/ban-tin/2020-04-02/' },
  { kind: 'ngày', query: 'so lieu hom qua', first: '/ban-tin/2020-04-01/' },
  // Place names.
  { kind: 'địa danh', query: 'cua khau huu nghi', first: '/tin-tuc/cua-khau-huu-nghi-kiem-soat-y-te-nguoi-nhap-canh/' },
  { kind: 'địa danh', query: 'van lang', first: '/cai-chinh/tin-cong-nhan-tron-ve-lay-benh-o-van-lang/' },
  { kind: 'địa danh', query: 'quoc lo 4B dinh lap', first: '/tin-tuc/lap-chot-kiem-soat-dich-benh-cua-ngo-tinh/' },
  // Spellings of one term.
  { kind: 'biến thể', query: 'vaccine covid', first: '/cai-chinh/tin-da-co-vac-xin-covid-19-ban-tai-hieu-thuoc-la-sai-su-that/' },
  { kind: 'biến thể', query: 'vacxin', first: '/cai-chinh/tin-da-co-vac-xin-covid-19-ban-tai-hieu-thuoc-la-sai-su-that/' },
  { kind: 'biến thể', query: 'vắc-xin', first: '/cai-chinh/tin-da-co-vac-xin-covid-19-ban-tai-hieu-thuoc-la-sai-su-that/' },
  { kind: 'biến thể', query: 'covid19 tuyen truyen', first: '/van-ban/106-stttt-ttbcxb/' },
  { kind: 'biến thể', query: 'ncov tuyen truyen', first: '/van-ban/106-stttt-ttbcxb/' },
  // The demo's own group in site.yaml (searchVariants): UBND is Ủy ban nhân dân.
  { kind: 'biến thể', query: 'chi thi uy ban nhan dan tinh', first: '/van-ban/03-ct-ubnd/' },
  // Web addresses and app names.
  { kind: 'địa chỉ', query: 'tokhaiyte', first: '/thong-tin/huong-dan-khai-bao-y-te/' },
  { kind: 'địa chỉ', query: 'tokhaiyte.vn', first: '/thong-tin/huong-dan-khai-bao-y-te/' },
  { kind: 'địa chỉ', query: 'ncovi', first: '/thong-tin/huong-dan-khai-bao-y-te/' },
  { kind: 'địa chỉ', query: 'vnpt', first: '/thong-tin/huong-dan-khai-bao-y-te/' },
];
