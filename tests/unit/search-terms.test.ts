import { describe, expect, test } from 'vitest';
import { excerpt, tier, weigh } from '../../src/domain/search-rank.ts';
import {
  canonicalQuery,
  DEFAULT_VARIANTS,
  holdsAll,
  indexWords,
  linkHosts,
  variantGroups,
  variants,
  words,
} from '../../src/domain/search-terms.ts';

const v = variants(variantGroups());

describe('spellings of one term', () => {
  test.each(['vắc xin', 'vaccine', 'vacxin', 'vắc-xin', 'VẮC XIN', 'Vaccine'])('“%s” is searched as vacxin', (q) => {
    expect(canonicalQuery(q, v)).toBe('vacxin');
  });
  test.each(['covid', 'COVID-19', 'covid19', 'nCoV', 'corona'])('“%s” is searched as covid', (q) => {
    expect(words(canonicalQuery(`${q} tuyên truyền`, v))).toEqual(['covid', 'tuyen', 'truyen']);
  });
  test('a query without a spelling is searched as typed, tone marks and all', () => {
    expect(canonicalQuery('Đồng Đăng', v)).toBe('Đồng Đăng');
    expect(canonicalQuery('ncovi', v)).toBe('ncovi');
  });
  test('F0, F1 and F2 are different things, never variants of each other', () => {
    for (const f of ['F0', 'F1', 'F2']) expect(canonicalQuery(f, v)).toBe(f);
    const flat = DEFAULT_VARIANTS.flat().map((s) => words(s).join(''));
    expect(flat.filter((s) => /^f\d$/.test(s))).toEqual([]);
  });
  test('a page gets the canonical word of each group it holds a spelling of, and not twice', () => {
    expect(indexWords('Chưa có vắc xin phòng bệnh do vi rút Corona', v)).toEqual(['vacxin', 'covid']);
    expect(indexWords('Tiêm vaccine COVID-19', v)).toEqual(['vacxin']);
    expect(indexWords('Rửa tay bằng xà phòng', v)).toEqual([]);
  });
  test('a province’s group joins a default group it shares a spelling with; its own stand apart', () => {
    const groups = variantGroups([
      ['covid', 'cô-vít'],
      ['khẩu trang', 'mask'],
    ]);
    expect(groups).toHaveLength(3);
    expect(groups[1]).toEqual([...DEFAULT_VARIANTS[1]!, 'cô-vít']);
    expect(canonicalQuery('co vit', variants(groups))).toBe('covid');
    expect(canonicalQuery('mask', variants(groups))).toBe('khautrang');
  });
});

describe('addresses', () => {
  test('the host names of links are words of the page', () => {
    expect(linkHosts('tải từ [trang](https://ncovi.vnpt.vn/) hoặc <https://www.tokhaiyte.vn/khai-bao>')).toEqual([
      'ncovi.vnpt.vn',
      'tokhaiyte.vn',
    ]);
    expect(indexWords('[trang của nhà phát triển](https://ncovi.vnpt.vn/)', v)).toEqual(['ncovi.vnpt.vn']);
  });
});

describe('ranking', () => {
  const guide = { title: 'Hướng dẫn khai báo y tế', summary: 'Ai phải khai báo, khai báo ở đâu và khai báo thế nào', content: '…' };
  const directive = {
    title: 'Công điện số 02/CĐ-UBND',
    summary: 'Về việc tăng cường các biện pháp',
    content: 'người dân khai báo y tế ở đâu cũng được',
  };
  test('a title or summary that holds every word of the query comes first, then a phrase, then the rest', () => {
    expect(tier('khai bao y te o dau', guide, v)).toBe(2);
    expect(tier('khai bao y te o dau', directive, v)).toBe(1);
    expect(tier('khai bao y te o dau', { ...directive, content: 'y tế … khai báo … ở … đâu' }, v)).toBe(0);
  });
  test('spellings count in the title: "covid19 tuyen truyen" is held by a title that says Corona', () => {
    expect(tier('covid19 tuyen truyen', { title: 'tuyên truyền phòng, chống dịch do vi rút Corona', summary: '', content: '' }, v)).toBe(2);
  });
  test('a word typed with tone marks counts only with them: "Đồng Đăng" is not "đang đóng cửa"', () => {
    const page = { title: 'Xe container ùn ứ vì đóng cửa khẩu', summary: 'Cửa khẩu đang đông', content: '' };
    expect(tier('dong dang', page, v)).toBe(2);
    expect(tier('Đồng Đăng', page, v)).toBe(0);
    expect(tier('Đồng Đăng', { ...page, summary: 'Ga Đồng Đăng' }, v)).toBe(2);
    expect(tier('vắc xin covid', { title: 'Tiêm vaccine COVID-19', summary: '', content: '' }, v)).toBe(2);
  });
  test('the old and the new placement of a tone mark are one word', () => {
    expect(tier('Khánh Hoà', { title: 'Bản tin Khánh Hòa', summary: '', content: '' }, v)).toBe(2);
    expect(tier('thuỷ đậu', { title: 'Phòng bệnh thủy đậu', summary: '', content: '' }, v)).toBe(2);
    expect(weigh('Khánh Hoà', { title: '', summary: '', content: 'tỉnh Khánh Hòa' }, 3)).toBe(6);
  });
  test('the last word may be a prefix: the reader is still typing', () => {
    expect(holdsAll(words('Hướng dẫn khai báo y tế'), words('huong dan khai ba'))).toBe(true);
    expect(holdsAll(words('Hướng dẫn khai báo y tế'), words('huong da khai'))).toBe(false);
  });
  test('a page that holds the query exactly as typed, tone marks and all, weighs double', () => {
    expect(weigh('Đồng Đăng', { title: '', summary: '', content: 'cửa khẩu Đồng Đăng' }, 3)).toBe(6);
    expect(weigh('Đồng Đăng', { title: '', summary: '', content: 'đang đóng cửa' }, 3)).toBe(3);
    expect(weigh('dong dang', { title: '', summary: '', content: 'cửa khẩu Đồng Đăng' }, 3)).toBe(3);
  });
});

describe('excerpts', () => {
  const text = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');
  test('mark the query’s words, in any of their spellings, around the first place they occur', () => {
    const content = `${'Mở đầu dài. '.repeat(20)}Chưa có vắc xin phòng COVID-19 nào được cấp phép.`;
    expect(text(excerpt(content, 'vaccine covid', v))).toBe('… dài. Mở đầu dài. Chưa có [vắc] [xin] phòng [COVID]-[19] nào được cấp phép.');
  });
  test('a word the query ends with is marked whole when the page holds it whole, not every word it begins', () => {
    expect(text(excerpt('Bản tin ngày 20/3. Tính đến 15h00, tình hình ổn định.', 'ban tin', v))).toBe(
      '[Bản] [tin] ngày 20/3. Tính đến 15h00, tình hình ổn định.',
    );
    expect(text(excerpt('Tình hình ổn định.', 'tin', v))).toBe('[Tình] hình ổn định.');
  });
  test('where the page holds most words of the query, with the tone marks typed', () => {
    const content = `Lạng Sơn đóng cửa khẩu, xe đang chờ. ${'Chữ. '.repeat(30)}Ga Đồng Đăng đón tàu.`;
    expect(text(excerpt(content, 'Đồng Đăng', v))).toMatch(/\[Đồng\] \[Đăng\] đón tàu\.$/);
    expect(text(excerpt(content, 'Đồng Đăng', v))).not.toContain('[đóng]');
  });
  test('without a match, the beginning of the page', () => {
    expect(text(excerpt('Một hai ba.', '', v))).toBe('Một hai ba.');
    expect(text(excerpt(`${'Một hai ba. '.repeat(20)}`, 'xyz', v))).toMatch(/^Một hai ba\. .* …$/);
  });
});
