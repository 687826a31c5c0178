/**
 * Issue "The 15:00 bulletin is live within a minute": the 15-minute schedule builds only when
 * something has come due since the last publish. The build writes down the next moment the site
 * changes by the clock (src/domain/next-due.ts); scripts/due.ts reads it. The differential test
 * (tests/build/differential.test.ts) checks the build's record against its own model at every step.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { decide, readRecord } from '../../scripts/due.ts';
import { isDue, nextDue } from '../../src/domain/next-due.ts';

const at = (iso: string) => new Date(iso);
const NOW = at('2030-01-01T07:00:00+07:00');
const when = (...entries: Parameters<typeof nextDue>[0]) => nextDue(entries, undefined, NOW)?.toISOString();

describe('the next moment due', () => {
  test('an entry scheduled later comes out at its publishAt; one already out, or a draft, never comes due', () => {
    expect(when({ kind: 'news', publishAt: '2030-01-01T15:00:00+07:00' })).toBe(at('2030-01-01T15:00:00+07:00').toISOString());
    expect(when({ kind: 'news', publishAt: '2029-12-31T15:00:00+07:00' })).toBeUndefined();
    expect(when({ kind: 'bulletins', draft: true, publishAt: '2030-01-01T15:00:00+07:00' })).toBeUndefined();
    expect(when()).toBeUndefined();
  });

  test('a directive comes into force at the start of its effective day, and lapses at the start of the day after it expires, in Vietnam time', () => {
    expect(when({ kind: 'directives', effective: '2030-01-03' })).toBe(at('2030-01-03T00:00:00+07:00').toISOString());
    expect(when({ kind: 'directives', expires: '2030-01-03' })).toBe(at('2030-01-04T00:00:00+07:00').toISOString());
    // Still in force all of its last day: the build at 07:00 on 1 January is not due again until 2 January.
    expect(when({ kind: 'directives', expires: '2030-01-01' })).toBe(at('2030-01-02T00:00:00+07:00').toISOString());
    expect(when({ kind: 'directives', effective: '2030-01-01' })).toBeUndefined();
    // Only a directive has a status by date.
    expect(when({ kind: 'news', effective: '2030-01-03' })).toBeUndefined();
  });

  test('New Year’s Day, when an entry out now is dated in a later year: the search index’s parts move with the clock’s year', () => {
    expect(when({ kind: 'news', date: '2031-02-01' })).toBe(at('2031-01-01T00:00:00+07:00').toISOString());
    expect(when({ kind: 'news', date: '2030-12-31' })).toBeUndefined();
    // Not yet out, or a draft: its own publishAt comes first, or a commit.
    expect(when({ kind: 'news', date: '2031-02-01', publishAt: '2030-06-01T08:00:00+07:00' })).toBe(
      at('2030-06-01T08:00:00+07:00').toISOString(),
    );
    expect(when({ kind: 'news', date: '2031-02-01', draft: true })).toBeUndefined();
  });

  test('the notice comes down at its until; the earliest moment of all is the one due', () => {
    expect(nextDue([], '2030-01-01T12:00:00+07:00', NOW)?.toISOString()).toBe(at('2030-01-01T12:00:00+07:00').toISOString());
    expect(nextDue([], '2029-12-01T12:00:00+07:00', NOW)).toBeUndefined();
    const entries = [
      { kind: 'directives', effective: '2030-02-01', expires: '2030-03-01' },
      { kind: 'news', publishAt: '2030-01-05T08:00:00+07:00' },
      { kind: 'bulletins', publishAt: '2030-01-01T15:00:00+07:00' },
    ];
    expect(nextDue(entries, '2030-01-10T00:00:00+07:00', NOW)?.toISOString()).toBe(at('2030-01-01T15:00:00+07:00').toISOString());
  });
});

describe('whether a scheduled run builds', () => {
  const record = (nextDue: string | null) => ({ nextDue });

  test('only once the next moment has come; never when nothing is ahead; always without a record', () => {
    expect(isDue(record('2030-01-01T15:00:00+07:00'), at('2030-01-01T14:59:00+07:00'))).toBe(false);
    expect(isDue(record('2030-01-01T15:00:00+07:00'), at('2030-01-01T15:00:00+07:00'))).toBe(true);
    expect(isDue(record('2030-01-01T15:00:00+07:00'), at('2030-01-02T09:00:00+07:00'))).toBe(true);
    expect(isDue(record(null), at('2031-01-01T00:00:00+07:00'))).toBe(false);
    expect(isDue(undefined, NOW)).toBe(true);
    expect(isDue(record('hôm qua'), NOW)).toBe(true);
  });

  test('a commit the last publish was not of builds, whatever the moment: its own run may have been replaced while it waited', () => {
    const published = { nextDue: null, commit: 'abc123' };
    expect(isDue(published, NOW, 'abc123')).toBe(false);
    expect(isDue(published, NOW, 'def456')).toBe(true);
    expect(isDue({ nextDue: null }, NOW, 'def456')).toBe(true);
    expect(decide(published, NOW, 'def456')).toEqual({
      due: true,
      reason: 'Lần đăng trước là của bản abc123, chưa đăng bản def456: tạo trang.',
    });
  });

  const dir = mkdtempSync(path.join(os.tmpdir(), 'sukien-due-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };

  test('a missing, broken or strange record builds, and the log says why in Vietnamese', () => {
    expect(readRecord(path.join(dir, 'khong-co.json'))).toBeUndefined();
    expect(readRecord(file('hong.json', '{"builtAt": '))).toBeUndefined();
    expect(readRecord(file('la.json', '{"nextDue": 5}'))).toBeUndefined();
    expect(decide(readRecord(file('sai.json', '{"nextDue": "hôm qua"}')), NOW)).toEqual({
      due: true,
      reason: 'Không đọc được thời điểm "hôm qua": tạo trang.',
    });
    expect(decide(undefined, NOW)).toEqual({ due: true, reason: 'Không có ghi chép của lần đăng trước: tạo trang.' });
    const kept = readRecord(file('tot.json', JSON.stringify(record('2030-01-01T15:00:00+07:00'))));
    expect(decide(kept, NOW)).toEqual({
      due: false,
      reason: 'Chưa đến hạn (lúc 15h00 ngày 01/01/2030): không cần tạo lại trang.',
    });
    expect(decide(kept, at('2030-01-01T15:05:00+07:00')).due).toBe(true);
    expect(decide(readRecord(file('khong.json', JSON.stringify(record(null)))), NOW).due).toBe(false);
    expect(readRecord(file('ban.json', '{"nextDue": null, "commit": "abc123"}'))).toEqual({ nextDue: null, commit: 'abc123' });
  });
});
