import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { alertStates } from '../../src/domain/alert-level.ts';
import { toCsv } from '../../src/domain/csv.ts';
import { buildSeries } from '../../src/domain/figures.ts';
import { BULLETIN_CODEBOOK, bulletinRow, columnsOf, districtRows } from '../../src/domain/open-data.ts';

const series = () => {
  const points = buildSeries([
    { date: '2020-02-05', time: '15:00', stats: { confirmed: 1, tested: 100 }, districts: [{ name: 'Cao Lộc', confirmed: 1 }] },
    { date: '2020-02-07', time: '17:00', stats: { confirmed: 3, tested: 90 }, correction: 'Loại mẫu trùng, "đối soát" lại' },
  ]);
  const states = alertStates(points.map((p) => ({ underTreatment: p.underTreatment })));
  return points.map((p, i) => ({ ...p, alert: states[i]! }));
};

test('the bulletin CSV reads back in a real CSV parser: BOM, one row a day, Vietnamese and quotes intact, empty when not given', () => {
  const csv = toCsv(columnsOf(BULLETIN_CODEBOOK), series().map(bulletinRow));
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain('\r\n');
  const rows = parse<Record<string, string>>(csv, { bom: true, columns: true });
  expect(rows).toHaveLength(2); // days without a bulletin have no row
  expect(rows[1]).toMatchObject({
    date: '2020-02-07',
    time: '17:00',
    asOf: '2020-02-07T17:00:00+07:00',
    confirmed: '3',
    confirmedNew: '2',
    tested: '90',
    deaths: '',
    alertLevel: '2',
    alertLevelDeclared: 'false',
    correction: 'Loại mẫu trùng, "đối soát" lại',
  });
  expect(rows[0]!.confirmedNew).toBe('');
});

test('the district rows carry the district names as written', () => {
  const csv = toCsv(['date', 'district', 'confirmed'], series().flatMap(districtRows));
  expect(parse(csv, { bom: true, columns: true })).toEqual([{ date: '2020-02-05', district: 'Cao Lộc', confirmed: '1' }]);
});

test('a text cell that a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers', () => {
  const rows = ['=HYPERLINK("http://evil.example","Bấm")', '+84 205', '-1 ca', '@SUM(A1)', '\tTab', '\rCR', 'Chỉ thị 03/CT-UBND'].map(
    (title, i) => ({
      title,
      delta: -i,
    }),
  );
  const parsed = parse<Record<string, string>>(toCsv(['title', 'delta'], rows), { bom: true, columns: true, relax_quotes: true });
  expect(parsed.map((r) => r.title)).toEqual([
    `'=HYPERLINK("http://evil.example","Bấm")`,
    "'+84 205",
    "'-1 ca",
    "'@SUM(A1)",
    "'\tTab",
    "'\rCR",
    'Chỉ thị 03/CT-UBND',
  ]);
  expect(parsed.map((r) => r.delta)).toEqual(['0', '-1', '-2', '-3', '-4', '-5', '-6']);
});
