import { describe, expect, test } from 'vitest';
import {
  buildClock,
  formatDate,
  formatDateTime,
  formatInstant,
  instantToIsoVN,
  parseLocalDate,
  parseLocalDateTime,
  parseLocalTime,
  toInstant,
  toLocal,
} from '../../src/domain/vn-time.ts';

describe('Vietnamese dates and times', () => {
  test('a moment is written the Vietnamese way', () => {
    expect(formatDateTime('2020-02-05', '15:00')).toBe('15h00 ngày 05/02/2020');
    expect(formatDate('2020-12-31')).toBe('31/12/2020');
  });

  test('15:00 in Vietnam is 08:00 UTC', () => {
    expect(toInstant('2020-02-05', '15:00').toISOString()).toBe('2020-02-05T08:00:00.000Z');
  });

  test('an instant near midnight UTC falls on the next day in Vietnam', () => {
    expect(toLocal(new Date('2020-02-05T18:30:00Z'))).toEqual({ date: '2020-02-06', time: '01:30', seconds: 0 });
    expect(formatInstant(new Date('2020-02-05T18:30:00Z'))).toBe('01h30 ngày 06/02/2020');
    expect(instantToIsoVN(new Date('2020-02-05T18:30:05Z'))).toBe('2020-02-06T01:30:05+07:00');
  });

  test.each([
    ['2020-02-05', '2020-02-05'],
    ['2020-02-30', undefined],
    ['2020-2-5', undefined],
    ['05/02/2020', undefined],
  ])('parseLocalDate(%s) is %s', (input, expected) => {
    expect(parseLocalDate(input)).toBe(expected);
  });

  test.each([
    ['15:00', '15:00'],
    ['9:30', '09:30'],
    ['24:00', undefined],
    ['15h00', undefined],
  ])('parseLocalTime(%s) is %s', (input, expected) => {
    expect(parseLocalTime(input)).toBe(expected);
  });

  test.each([
    ['2020-02-05T15:00', '2020-02-05T08:00:00.000Z'],
    ['2020-02-05 15:00', '2020-02-05T08:00:00.000Z'],
    ['2020-02-05', '2020-02-04T17:00:00.000Z'],
    ['2020-02-05T15:00:30', '2020-02-05T08:00:30.000Z'],
    ['2020-02-05T15:00:00+07:00', '2020-02-05T08:00:00.000Z'],
    ['2020-02-05T08:00Z', '2020-02-05T08:00:00.000Z'],
  ])('parseLocalDateTime(%s) reads Vietnam time unless an offset is given', (input, expected) => {
    expect(parseLocalDateTime(input)?.toISOString()).toBe(expected);
  });

  test('SOURCE_DATE_EPOCH sets the build clock', () => {
    expect(buildClock({ SOURCE_DATE_EPOCH: '1586500000' }).toISOString()).toBe('2020-04-10T06:26:40.000Z');
    expect(() => buildClock({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
  });
});
