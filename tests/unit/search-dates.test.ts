import { describe, expect, test } from 'vitest';
import { findDate } from '../../src/domain/search-dates.ts';

const TODAY = '2020-04-02';

describe('a date in a query, written the Vietnamese way', () => {
  test.each([
    ['bản tin 20/3/2020', ['2020-03-20'], 'bản tin', 'ngày 20/03/2020'],
    ['20/03/2020', ['2020-03-20'], '', 'ngày 20/03/2020'],
    ['20-3-2020', ['2020-03-20'], '', 'ngày 20/03/2020'],
    ['20.3.2020', ['2020-03-20'], '', 'ngày 20/03/2020'],
    ['2020-03-20', ['2020-03-20'], '', 'ngày 20/03/2020'],
    ['ngày 20 tháng 3 năm 2020', ['2020-03-20'], '', 'ngày 20/03/2020'],
    ['ca mac ngay 20/3/2020', ['2020-03-20'], 'ca mac', 'ngày 20/03/2020'],
    ['hôm nay', ['2020-04-02'], '', 'ngày 02/04/2020'],
    ['so lieu hom qua', ['2020-04-01'], 'so lieu', 'ngày 01/04/2020'],
    ['cách ly 5-7 ngày 20/3/2020', ['2020-03-20'], 'cách ly 5-7', 'ngày 20/03/2020'],
    ['ngày 2 tháng 4/2020', ['2020-04-02'], '', 'ngày 02/04/2020'],
    ['bản tin (20/3/2020)', ['2020-03-20'], 'bản tin ( )', 'ngày 20/03/2020'],
    ['20/3/2020.', ['2020-03-20'], '', 'ngày 20/03/2020'],
  ])('“%s” is the day %j, the rest “%s”', (query, days, rest, label) => {
    expect(findDate(query, TODAY)).toMatchObject({ days, months: [], rest, label });
  });

  test('a day without a year is that day in every year, newest first, the nearest past one for "before and after"', () => {
    const found = findDate('ngày 2/4', TODAY)!;
    expect(found.days.slice(0, 3)).toEqual(['2020-04-02', '2019-04-02', '2018-04-02']);
    expect(found).toMatchObject({ rest: '', label: 'ngày 2/4', from: '2020-04-02', to: '2020-04-02' });
    expect(findDate('ngay 2 thang 4', TODAY)!.days[0]).toBe('2020-04-02');
    expect(findDate('20/12', TODAY)).toMatchObject({ from: '2019-12-20' });
  });

  test('"ngày 24/7" is 24 July; "24/7" alone is round the clock', () => {
    expect(findDate('ngày 24/7', TODAY)).toMatchObject({ from: '2019-07-24' });
  });

  test('29 February without a year is only in leap years', () => {
    expect(findDate('29/2', TODAY)!.days.slice(0, 2)).toEqual(['2020-02-29', '2016-02-29']);
  });

  test.each([
    ['tháng 3/2020', ['2020-03'], 'tháng 3/2020', '2020-03-01', '2020-03-31'],
    ['thang 2 nam 2020', ['2020-02'], 'tháng 2/2020', '2020-02-01', '2020-02-29'],
    ['3/2020', ['2020-03'], 'tháng 3/2020', '2020-03-01', '2020-03-31'],
  ])('“%s” is the month %j', (query, months, label, from, to) => {
    expect(findDate(query, TODAY)).toMatchObject({ days: [], months, label, from, to, rest: '' });
  });

  test('a month without a year is that month in every year', () => {
    const found = findDate('tháng 5', TODAY)!;
    expect(found.months.slice(0, 2)).toEqual(['2020-05', '2019-05']);
    expect(found).toMatchObject({ label: 'tháng 5', from: '2019-05-01', to: '2019-05-31' });
  });

  test.each([
    '09/2017/NĐ-CP',
    '02/CĐ-UBND',
    'cách ly 5-7 ngày',
    'tăng 3,5%',
    'tăng 5.3 lần',
    '32/1/2020',
    '31/2/2020',
    'tháng 13',
    'đường dây nóng 24/7',
    'hotline 24/7 covid',
    '1102/SYT-NVY',
  ])('“%s” holds no date', (query) => {
    expect(findDate(query, TODAY)).toBeUndefined();
  });
});
