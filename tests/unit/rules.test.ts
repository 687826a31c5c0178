import { describe, expect, test } from 'vitest';
import { checkBulletinSeries, checkDirectiveRegister, checkRouteClaims, type BulletinInput } from '../../src/domain/rules.ts';

const b = (date: string, stats: BulletinInput['stats'], extra: Partial<BulletinInput> = {}): BulletinInput => ({
  file: `bulletins/${date}.md`,
  date,
  time: '15:00',
  stats,
  ...extra,
});
const errors = (list: ReturnType<typeof checkBulletinSeries>) => list.filter((f) => f.severity === 'error');

describe('rules across bulletins', () => {
  test('a consistent series has no finding', () => {
    expect(checkBulletinSeries([b('2020-02-05', { confirmed: 1 }), b('2020-02-06', { confirmed: 2, confirmedNew: 1 })])).toEqual([]);
  });

  test('two bulletins on one day is an error naming both files', () => {
    const findings = errors(checkBulletinSeries([b('2020-02-05', {}), { ...b('2020-02-05', {}), file: 'bulletins/ban-tin-2.md' }]));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'bulletins/ban-tin-2.md', field: 'date' });
    expect(findings[0]!.message).toContain('bulletins/2020-02-05.md');
  });

  test('a cumulative figure that decreases is an error, unless the bulletin gives a correction', () => {
    const series = [b('2020-02-05', { tested: 100 }), b('2020-02-06', { tested: 90 })];
    const found = errors(checkBulletinSeries(series));
    expect(found).toMatchObject([{ file: 'bulletins/2020-02-06.md', field: 'stats.tested', value: 90 }]);
    expect(found[0]!.message).toContain('correction');
    series[1]!.correction = 'Loại bỏ mẫu trùng';
    expect(errors(checkBulletinSeries(series))).toEqual([]);
  });

  test('current figures may go down', () => {
    expect(
      errors(checkBulletinSeries([b('2020-02-05', { quarantinedFacility: 100 }), b('2020-02-06', { quarantinedFacility: 10 })])),
    ).toEqual([]);
  });

  test('a figure left out is compared with the last bulletin that gave it', () => {
    const found = errors(checkBulletinSeries([b('2020-02-05', { confirmed: 5 }), b('2020-02-06', {}), b('2020-02-07', { confirmed: 4 })]));
    expect(found).toMatchObject([{ file: 'bulletins/2020-02-07.md', field: 'stats.confirmed' }]);
  });

  test("a district's cumulative cases may not decrease", () => {
    const found = errors(
      checkBulletinSeries([
        b('2020-02-05', { confirmed: 5 }, { districts: [{ name: 'Cao Lộc', confirmed: 3 }] }),
        b('2020-02-06', { confirmed: 5 }, { districts: [{ name: 'cao lộc', confirmed: 2 }] }),
      ]),
    );
    expect(found).toMatchObject([{ field: 'districts[0].confirmed', value: 2 }]);
  });

  test('recovered plus deaths may not exceed confirmed', () => {
    expect(errors(checkBulletinSeries([b('2020-02-05', { confirmed: 3, recovered: 2, deaths: 2 })]))).toMatchObject([
      { field: 'stats.recovered' },
    ]);
  });

  test("the districts' sum may not exceed confirmed", () => {
    const found = errors(
      checkBulletinSeries([
        b(
          '2020-02-05',
          { confirmed: 2 },
          {
            districts: [
              { name: 'A', confirmed: 2 },
              { name: 'B', confirmed: 1 },
            ],
          },
        ),
      ]),
    );
    expect(found).toMatchObject([{ field: 'districts', value: 3 }]);
  });

  test('warnings: confirmedNew unlike the rise, and missing days', () => {
    const findings = checkBulletinSeries([b('2020-02-05', { confirmed: 1 }), b('2020-02-08', { confirmed: 4, confirmedNew: 2 })]);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings.map((f) => f.field).sort()).toEqual(['date', 'stats.confirmedNew']);
    expect(findings.find((f) => f.field === 'date')!.message).toContain('thiếu 2 ngày');
  });
});

describe('register and paths', () => {
  test('a document number may repeat in another year, not in the same year', () => {
    const doc = (file: string, number: string, issued: string) => ({
      file,
      id: file,
      published: true,
      number,
      issued,
      replaces: [],
      amends: [],
    });
    const docs = [
      doc('directives/a.md', '03/CT-UBND', '2020-01-31'),
      doc('directives/b.md', '03/CT-UBND', '2021-02-01'),
      doc('directives/c.md', '03/ct-ubnd', '2020-05-01'),
    ];
    expect(checkDirectiveRegister(docs)).toMatchObject([{ file: 'directives/c.md', field: 'number' }]);
  });

  test.each(['replaces', 'amends'] as const)('a document that %s itself is an error', (field) => {
    const docs = [
      { file: 'directives/a.md', id: 'a', published: true, number: '03/CT-UBND', issued: '2020-01-31', replaces: [], amends: [] },
      {
        file: 'directives/b.md',
        id: 'b',
        published: true,
        number: '05/CT-UBND',
        issued: '2020-03-01',
        replaces: [],
        amends: [],
        [field]: ['03/CT-UBND', '05/ct-ubnd'],
      },
    ];
    expect(checkDirectiveRegister(docs)).toMatchObject([
      { severity: 'error', file: 'directives/b.md', field: `${field}[1]`, value: '05/ct-ubnd' },
    ]);
  });

  test('two pages may not claim one path', () => {
    const found = checkRouteClaims([
      { file: 'news/a.md', field: '', path: '/tin-tuc/a/' },
      { file: 'news/b.md', field: 'aliases[0]', path: '/tin-tuc/a' },
    ]);
    expect(found).toMatchObject([{ file: 'news/b.md', field: 'aliases[0]' }]);
  });
});
