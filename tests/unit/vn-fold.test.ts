import { describe, expect, test } from 'vitest';
import { MAX_VARIANTS, foldVietnamese, queryVariants } from '../../src/domain/vn-fold.ts';

describe('folding Vietnamese', () => {
  test.each([
    ['Đồng Đăng', 'dong dang'],
    ['Sở Y tế', 'so y te'],
    ['cách ly tập trung', 'cach ly tap trung'],
    ['237/QĐ-BYT', '237/qd-byt'],
    ['Lạng Sơn'.normalize('NFD'), 'lang son'],
  ])('%s folds to %s', (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
  });
});

describe('query spellings', () => {
  test('a word with d is searched with d and with đ, the query as typed first', () => {
    expect(queryVariants('dong dang')).toEqual(['dong dang', 'dong đang', 'đong dang', 'đong đang']);
  });
  test('a query without d is searched once', () => {
    expect(queryVariants('so y te')).toEqual(['so y te']);
    expect(queryVariants('  cach   ly ')).toEqual(['cach ly']);
  });
  test('a document number keeps its form, with QD also as QĐ', () => {
    expect(queryVariants('237/QD-BYT')).toEqual(['237/QD-BYT', '237/QĐ-BYT']);
    expect(queryVariants('237/QĐ-BYT')).toEqual(['237/QĐ-BYT', '237/QD-BYT']);
  });
  test('the number of spellings is bounded', () => {
    expect(queryVariants('do da di du de dy').length).toBe(MAX_VARIANTS);
    expect(queryVariants('')).toEqual([]);
  });
});
