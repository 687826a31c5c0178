import { describe, expect, test } from 'vitest';
import { suspiciousChanges } from '../../src/domain/anomalies.ts';
import { findPersonalData } from '../../src/domain/personal-data.ts';
import { adviseContent } from '../../src/content-folder/advice.ts';
import { loadContent } from '../../src/content-folder/load.ts';
import { SITE_YAML, makeContent, md } from '../helpers/content.ts';

const series = (values: number[]) =>
  values.map((confirmed, i) => ({ file: `bulletins/${i}.md`, date: `2020-03-${String(i + 1).padStart(2, '0')}`, stats: { confirmed } }));

describe('suspicious figures', () => {
  test('a steady series raises nothing', () => {
    expect(suspiciousChanges(series([1, 2, 2, 3, 5, 6, 8, 9, 9, 11]))).toEqual([]);
  });
  test('a typed extra zero is flagged on its file and field', () => {
    const found = suspiciousChanges(series([1, 2, 2, 3, 5, 6, 8, 9, 9, 110]));
    expect(found).toMatchObject([{ severity: 'warning', file: 'bulletins/9.md', field: 'stats.confirmed', value: 110 }]);
    expect(found[0]!.message).toContain('kiểm tra lại');
  });
  test('too little history to judge raises nothing', () => {
    expect(suspiciousChanges(series([1, 2, 500]))).toEqual([]);
  });
});

describe('personal data about patients', () => {
  test.each([
    ['Bệnh nhân N.V.A, CCCD 020187001234, trú tại …', 'số căn cước'],
    ['Liên hệ gia đình bệnh nhân qua số 0912 345 678.', 'số điện thoại'],
    ['Ca bệnh BN123 ở số nhà 15 đường Trần Đăng Ninh.', 'địa chỉ nhà'],
  ])('“%s” is flagged', (text, kind) => {
    expect(
      findPersonalData(text)
        .map((h) => h.kind)
        .join(),
    ).toContain(kind);
  });
  test.each([
    'Bệnh nhân BN123 ở xã Tân Thanh, huyện Văn Lãng.',
    'Gọi đường dây nóng 19009095 hoặc 0205 3 870 115.',
    'Ngày 31/01/2020, 1.234 mẫu xét nghiệm.',
    'Sở Y tế làm việc tại số nhà 2 đường Lê Lợi.',
  ])('“%s” is not flagged', (text) => {
    expect(findPersonalData(text, ['0205 3 870 115'])).toEqual([]);
  });
  test('a hotline number is not personal', () => {
    expect(findPersonalData('Gọi 0912 345 678 để được tư vấn.', ['0912345678'])).toEqual([]);
  });
});

describe('cited documents missing from the register', () => {
  const DIRECTIVE = md('number: 03/CT-UBND\nkind: chi-thi\ntitle: T\nissuer: UBND\nissued: 2020-01-31');
  const notesOf = async (body: string) => {
    const content = await loadContent(
      makeContent({ 'directives/03-ct-ubnd.md': DIRECTIVE, 'news/a.md': md('title: T\ndate: 2020-02-03', body) }),
      new Date('2020-04-10T09:00:00Z'),
    );
    return adviseContent(content).filter((f) => f.severity === 'note');
  };
  test('are told apart by number and the year of the date that follows, as the build links them', async () => {
    expect(await notesOf('Theo Chỉ thị số 03/CT-UBND ngày 31/01/2020.')).toEqual([]);
    expect(await notesOf('Theo Chỉ thị số 03/CT-UBND.')).toEqual([]);
    // The same number of another year is another document: the build does not link it.
    expect(await notesOf('Theo Chỉ thị số 03/CT-UBND ngày 05/02/2021.')).toMatchObject([{ file: 'news/a.md', value: '03/CT-UBND' }]);
  });
});

describe('links that lead nowhere', () => {
  const NOW = new Date('2020-04-10T09:00:00Z');
  test("the site's notice linking to a draft, on every page, is named like a body's link", async () => {
    const content = await loadContent(
      makeContent({
        'site.yaml': `${SITE_YAML}notice: { text: Thông báo khẩn, link: /tin-tuc/nhap/ }\n`,
        'news/nhap.md': md('title: T\ndate: 2020-02-03\ndraft: true'),
        'news/a.md': md('title: T\ndate: 2020-02-03', 'Xem [tin](/tin-tuc/nhap/).'),
      }),
      NOW,
    );
    const found = adviseContent(content).filter((f) => f.severity === 'warning');
    expect(found.map((f) => [f.file, f.field])).toEqual([
      ['news/a.md', undefined],
      ['site.yaml', 'notice.link'],
    ]);
    expect(found[1]!.message).toContain('trang chưa đăng (news/nhap.md');
  });
});

describe('documents a directive replaces or amends', () => {
  test('a number no published document has is named on its field; a published one, in either spelling, is not', async () => {
    const directive = (number: string, extra = '') =>
      md(`number: ${number}\nkind: chi-thi\ntitle: T\nissuer: UBND\nissued: 2020-03-01${extra}`);
    const content = await loadContent(
      makeContent({
        'directives/a.md': directive('01/CT-UBND'),
        'directives/b.md': directive('02/CT-UBND', '\nreplaces: [01/CT-UBND, 0l/CT-UBND]\namends: [09/CT-UBND]'),
        'directives/c.md': directive('09/CT-UBND', '\ndraft: true'),
        'directives/d.md': directive('03/QĐ-UBND', '\namends: [02/ct-ubnd]'),
      }),
      new Date('2020-04-10T09:00:00Z'),
    );
    const found = adviseContent(content).filter((f) => f.severity === 'warning');
    expect(found.map((f) => [f.file, f.field, f.value])).toEqual([
      ['directives/b.md', 'replaces[1]', '0l/CT-UBND'],
      ['directives/b.md', 'amends[0]', '09/CT-UBND'],
    ]);
    expect(found[1]!.message).toContain('chưa đăng');
  });
});
