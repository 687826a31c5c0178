import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { remarkCitations } from '../../src/markdown/remark-citations.ts';

const documents = [
  { id: '03-ct-ubnd', number: '03/CT-UBND', issued: '2020-01-31', title: 'Về việc phòng, chống dịch' },
  { id: '03-ct-ubnd-2021', number: '03/CT-UBND', issued: '2021-02-01', title: 'Về việc tiêm vắc xin' },
  { id: '237-qd-byt', number: '237/QĐ-BYT', issued: '2020-01-31', title: 'Kế hoạch ứng phó' },
  { id: '02-cd-ubnd', number: '02/CĐ-UBND', issued: '2020-03-17', title: 'Công điện khẩn' },
];

const render = (markdown: string) =>
  String(
    unified().use(remarkParse).use(remarkCitations, { documents }).use(remarkRehype).use(rehypeStringify).processSync(markdown),
  ).trim();

describe('citations become links', () => {
  test.each([
    [
      'Thực hiện Chỉ thị số 03/CT-UBND ngày 31/01/2020 của UBND tỉnh.',
      '<a href="/van-ban/03-ct-ubnd/" title="Về việc phòng, chống dịch">03/CT-UBND</a> ngày 31/01/2020',
    ],
    ['Theo Chỉ thị 03/CT-UBND ngày 01/02/2021.', '<a href="/van-ban/03-ct-ubnd-2021/" title="Về việc tiêm vắc xin">03/CT-UBND</a>'],
    ['Căn cứ Quyết định 237/QD-BYT.', '<a href="/van-ban/237-qd-byt/" title="Kế hoạch ứng phó">237/QD-BYT</a>'],
    ['công điện số 02/cđ-ubnd khẩn', '<a href="/van-ban/02-cd-ubnd/" title="Công điện khẩn">02/cđ-ubnd</a>'],
  ])('%s', (markdown, expected) => {
    expect(render(markdown)).toContain(expected);
  });

  test.each([
    ['a number that is not in the register', 'Theo Chỉ thị 16/CT-TTg ngày 31/3/2020.'],
    ['an ambiguous number without a date', 'Theo Chỉ thị 03/CT-UBND.'],
    ['a number in another year than any registered', 'Chỉ thị 03/CT-UBND ngày 05/01/2019.'],
    ['a date', 'Ngày 31/01/2020, tỉnh ghi nhận ca bệnh.'],
    ['a phone number', 'Gọi 0205.3870.115 hoặc 1900 9095.'],
    ['5K', 'Thực hiện khuyến cáo 5K.'],
    ['inline code', 'Gõ `03/CT-UBND ngày 31/01/2020` vào ô tìm kiếm.'],
    ['an existing link', 'Xem [Chỉ thị 03/CT-UBND ngày 31/01/2020](https://example.org/).'],
    ['a URL', 'Tại https://example.org/van-ban/03/CT-UBND ngày 31/01/2020'],
  ])('leaves %s as written', (_label, markdown) => {
    const html = render(markdown);
    expect(html).not.toContain('href="/van-ban/');
  });

  test('several citations in one paragraph', () => {
    expect(render('Căn cứ 237/QĐ-BYT và 02/CĐ-UBND.')).toBe(
      '<p>Căn cứ <a href="/van-ban/237-qd-byt/" title="Kế hoạch ứng phó">237/QĐ-BYT</a> và <a href="/van-ban/02-cd-ubnd/" title="Công điện khẩn">02/CĐ-UBND</a>.</p>',
    );
  });
});
