import { expect, test } from 'vitest';
import { formatBytes, formatCount, formatDelta } from '../../src/domain/vn-number.ts';
import { slugify } from '../../src/domain/vn-slug.ts';
import { telHref } from '../../src/domain/phone.ts';

test('counts use a dot between thousands', () => {
  expect(formatCount(0)).toBe('0');
  expect(formatCount(1234)).toBe('1.234');
  expect(formatCount(1234567)).toBe('1.234.567');
});

test('changes carry their sign', () => {
  expect(formatDelta(12)).toBe('+12');
  expect(formatDelta(-3)).toBe('−3');
  expect(formatDelta(0)).toBe('0');
});

test('file sizes use a decimal comma', () => {
  expect(formatBytes(512)).toBe('512 byte');
  expect(formatBytes(35_000)).toBe('35 KB');
  expect(formatBytes(1_250_000)).toBe('1,3 MB');
});

test('slugs drop tone marks and đ', () => {
  expect(slugify('UBND tỉnh Lạng Sơn')).toBe('ubnd-tinh-lang-son');
  expect(slugify('Sở Y tế – Đồng Đăng')).toBe('so-y-te-dong-dang');
});

test('tel: links keep only what is dialled', () => {
  expect(telHref('0205 3812 345')).toBe('tel:02053812345');
  expect(telHref('+84 205.3812.345')).toBe('tel:+842053812345');
});
