import { describe, expect, test } from 'vitest';
import { Register, documentStatus, facets } from '../../src/domain/register.ts';

const doc = (id: string, number: string, issued: string, extra: Partial<{ body: string; replaces: string[]; amends: string[] }> = {}) => ({
  id,
  number,
  issued,
  title: `Văn bản ${number}`,
  replaces: [],
  amends: [],
  ...extra,
});

describe('the register', () => {
  const register = new Register([
    doc('a-2020', '03/CT-UBND', '2020-01-31'),
    doc('a-2021', '03/CT-UBND', '2021-02-01'),
    doc('b', '237/QĐ-BYT', '2020-03-01', { body: 'Căn cứ Chỉ thị số 03/CT-UBND ngày 31/01/2020 và Quyết định 237/QĐ-BYT.' }),
    doc('c', '545/KH-UBND', '2020-02-14', {
      body: 'Thực hiện Quyết định số 237/QD-BYT; Chỉ thị 03/CT-UBND.',
      replaces: ['02/CĐ-UBND'],
      amends: ['237/QĐ-BYT'],
    }),
    doc('d', '02/CĐ-UBND', '2020-01-20'),
  ]);

  test('a number that repeats from year to year is matched by the year of its date, and not matched without one', () => {
    expect(register.resolve('03/CT-UBND', 2021)?.id).toBe('a-2021');
    expect(register.resolve('03/CT-UBND', 2020)?.id).toBe('a-2020');
    expect(register.resolve('03/CT-UBND')).toBeUndefined();
    expect(register.resolve('03/CT-UBND', 2019)).toBeUndefined();
  });

  test('an unambiguous number is matched in any case and with D for Đ', () => {
    expect(register.resolve('237/qd-byt')?.id).toBe('b');
  });

  test('citations and backlinks; a document does not list itself', () => {
    const r = register.relations();
    expect(r.get('b')!.cites).toEqual(['a-2020']);
    expect(r.get('a-2020')!.citedBy).toEqual(['b']);
    expect(r.get('b')!.citedBy).toEqual(['c']);
    expect(r.get('c')!.cites).toEqual(['b']); // the ambiguous 03/CT-UBND without a date is not linked
  });

  test('replaces and amends, both ways', () => {
    const r = register.relations();
    expect(r.get('c')!).toMatchObject({ replaces: ['d'], amends: ['b'] });
    expect(r.get('d')!.replacedBy).toEqual(['c']);
    expect(r.get('b')!.amendedBy).toEqual(['c']);
  });

  test('facets group documents by a key, keeping their order', () => {
    const byYear = facets([...register.byId.values()], (d) => d.issued.slice(0, 4));
    expect([...byYear.keys()]).toEqual(['2020', '2021']);
    expect(byYear.get('2020')!.map((d) => d.id)).toEqual(['a-2020', 'b', 'c', 'd']);
  });
});

describe('a document’s status on a day', () => {
  test.each([
    [{}, [], 'Còn hiệu lực', true],
    [{ expires: '2020-03-09' }, [], 'Còn hiệu lực', true],
    [{ expires: '2020-03-08' }, [], 'Hết hiệu lực', false],
    [{ effective: '2020-03-10' }, [], 'Chưa có hiệu lực', false],
    [{ effective: '2020-03-09' }, [], 'Còn hiệu lực', true],
    [{}, [{}], 'Hết hiệu lực (đã bị thay thế)', false],
    [{}, [{ effective: '2020-03-09' }], 'Hết hiệu lực (đã bị thay thế)', false],
    // Replaced by a document not yet in effect: still in force until that document is.
    [{}, [{ effective: '2020-03-10' }], 'Còn hiệu lực', true],
    [{ expires: '2020-03-08' }, [{ effective: '2020-03-10' }], 'Hết hiệu lực', false],
    [{}, [{ effective: '2020-03-10' }, {}], 'Hết hiệu lực (đã bị thay thế)', false],
  ])('%j replaced by %j on 09/03/2020: %s', (dates, replacedBy, label, inForce) => {
    expect(documentStatus(dates, replacedBy, '2020-03-09')).toEqual({ label, inForce });
  });
});
