import { describe, expect, test } from 'vitest';
import { findCitations, numberKey } from '../../src/domain/doc-number.ts';

describe('document numbers in text', () => {
  test.each([
    ['Thực hiện Chỉ thị số 06/CT-TTg ngày 31/01/2020 của Thủ tướng', '06/CT-TTg', 2020],
    ['Quyết định 237/QĐ-BYT', '237/QĐ-BYT', undefined],
    ['theo Nghị định 09/2017/NĐ-CP', '09/2017/NĐ-CP', undefined],
    ['Công văn 79-CV/TW ngày 1/2/2020', '79-CV/TW', 2020],
    ['văn bản số 106/STTTT-TTBCXB,', '106/STTTT-TTBCXB', undefined],
    ['Nghị định 15/2020/NĐ-CP.', '15/2020/NĐ-CP', undefined],
    ['quyết định 447/qđ-ttg', '447/qđ-ttg', undefined],
    ['Công điện 02/CĐ-UBND ngày 17/3/2020', '02/CĐ-UBND', 2020],
    ['237/QD-BYT', '237/QD-BYT', undefined],
  ])('finds the number in “%s”', (text, number, year) => {
    expect(findCitations(text)).toEqual([expect.objectContaining({ number, year })]);
  });

  test.each(['ngày 31/01/2020', 'gọi 0912.345.678', 'https://example.org/03/CT-UBND', 'tỷ lệ 1/3 dân số', 'làm việc 24/7', 'COVID-19'])(
    'finds nothing in “%s”',
    (text) => {
      expect(findCitations(text)).toEqual([]);
    },
  );

  test('one key for the ways a number is written', () => {
    expect(numberKey('237/QĐ-BYT')).toBe(numberKey('237/qd-byt'));
  });
});
