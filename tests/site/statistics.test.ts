/** Issue "Figures people can trust and reuse": statistics, open data, two times, corrections, print, English. */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { loadContent } from '../../src/content-folder/load.ts';
import { buildClock } from '../../src/domain/vn-time.ts';
import { DEMO_EPOCH, ROOT } from '../helpers/build.ts';
import { fileOf, page } from '../helpers/site.ts';

const dist = inject('demoDist');
const content = await loadContent(path.join(ROOT, 'content'), buildClock({ SOURCE_DATE_EPOCH: DEMO_EPOCH }));
const bulletins = content.entries
  .filter((e) => e.kind === 'bulletins' && e.published)
  .sort((a, b) => String(a.data.date).localeCompare(String(b.data.date)));
const read = (p: string) => readFileSync(fileOf(dist, p));
const csv = (p: string) => {
  const raw = read(p);
  return {
    bom: raw.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])),
    rows: parse<Record<string, string>>(raw, { bom: true, columns: true }),
  };
};

describe('open data', () => {
  test('the bulletin series: CSV with BOM, one row per bulletin, a column per figure, empty when not given', () => {
    const { bom, rows } = csv('/du-lieu/ban-tin.csv');
    expect(bom).toBe(true);
    expect(rows).toHaveLength(bulletins.length);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['date', 'time', 'confirmed', 'tested', 'alertLevel', 'correction']));
    const last = bulletins.at(-1)!;
    expect(rows.at(-1)).toMatchObject({
      date: String(last.data.date),
      asOf: `${String(last.data.date)}T${String(last.data.time)}:00+07:00`,
    });
    expect(rows.find((r) => r.correction)?.correction).toBe(String(bulletins.find((b) => b.data.correction)!.data.correction));
  });

  test('the JSON files say what, who, which licence and as of when, in Vietnam time', () => {
    const series = JSON.parse(read('/du-lieu/ban-tin.json').toString()) as {
      license: { name: string };
      asOf: string;
      generated: string;
      data: unknown[];
      codebook: unknown[];
    };
    expect(series.license.name).toBe('CC BY 4.0');
    expect(series.asOf).toMatch(/\+07:00$/);
    expect(series.generated).toBe('2020-04-10T17:00:00+07:00');
    expect(series.data).toHaveLength(bulletins.length);
    const latest = JSON.parse(read('/du-lieu/latest.json').toString()) as { asOf: string; generated: string; bulletin: { date: string } };
    expect(latest.bulletin.date).toBe(String(bulletins.at(-1)!.data.date));
    expect(latest.asOf).toBe(`${latest.bulletin.date}T${String(bulletins.at(-1)!.data.time)}:00+07:00`);
  });

  test('districts and directives are there as CSV and JSON, Vietnamese intact', () => {
    expect(csv('/du-lieu/huyen.csv').rows.some((r) => r.district === 'Lộc Bình')).toBe(true);
    const docs = csv('/du-lieu/van-ban.csv').rows;
    expect(docs).toHaveLength(content.entries.filter((e) => e.kind === 'directives' && e.published).length);
    expect(docs.some((d) => d.number === '02/CĐ-UBND')).toBe(true);
    expect(JSON.parse(read('/du-lieu/huyen.json').toString())).toHaveProperty('data');
    expect(JSON.parse(read('/du-lieu/van-ban.json').toString())).toHaveProperty('data');
  });

  test('every data file is linked from the open-data page, with the codebook and the licence', () => {
    const $ = page(dist, '/du-lieu/');
    for (const f of ['ban-tin.csv', 'ban-tin.json', 'huyen.csv', 'huyen.json', 'van-ban.csv', 'van-ban.json', 'latest.json'])
      expect($(`a[href="/du-lieu/${f}"]`).length, f).toBeGreaterThan(0);
    expect($('table caption').first().text()).toBe('Chuỗi số liệu các bản tin');
    expect($('main').text()).toContain('CC BY 4.0');
  });

  test('every bulletin page links to its own figures', () => {
    const b = bulletins[10]!;
    const $ = page(dist, `/ban-tin/${String(b.data.date)}/`);
    expect($(`a[href="/ban-tin/${String(b.data.date)}/so-lieu.csv"]`)).toHaveLength(1);
    const own = JSON.parse(read(`/ban-tin/${String(b.data.date)}/so-lieu.json`).toString()) as { data: { date: string }[] };
    expect(own.data[0]!.date).toBe(String(b.data.date));
  });

  test('every bulletin has its own CSV and JSON, the same row as in the whole series; the bundle they are written from is not published', () => {
    const series = csv('/du-lieu/ban-tin.csv').rows;
    for (const [i, b] of bulletins.entries()) {
      const own = csv(`/ban-tin/${String(b.data.date)}/so-lieu.csv`);
      expect(own.bom).toBe(true);
      expect(own.rows).toEqual([series[i]]);
      const json = JSON.parse(read(`/ban-tin/${String(b.data.date)}/so-lieu.json`).toString()) as { asOf: string; districts: unknown[] };
      expect(json.asOf).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+07:00$/);
    }
  });
});

describe('statistics page', () => {
  const $ = page(dist, '/so-lieu/');
  test('each chart is an image with a title and a text summary, and links to its data table', () => {
    const charts = $('figure.chart');
    expect(charts.length).toBeGreaterThanOrEqual(5);
    charts.each((_, el) => {
      const svg = $(el).find('svg[role="img"]');
      expect(svg.find('title').text()).not.toBe('');
      expect(svg.find('desc').text().length).toBeGreaterThan(10);
      const link = $(el).find('figcaption a').attr('href')!;
      expect($(link.replace(/^.*#/, '#')).length).toBe(1);
    });
  });
  test('numbers are written the Vietnamese way and times say which moment they describe', () => {
    expect($('#bang-so-lieu ~ .table-wrap td').text()).toMatch(/\d\.\d{3}/);
    expect($('main').text()).toContain('Số liệu tính đến 15h00 ngày 10/04/2020');
    expect($('main').text()).toContain('Cập nhật trang lúc 17h00 ngày 10/04/2020');
  });
  test('the alert level history and the current guidance are shown, declared or estimated', () => {
    const history = $('table caption:contains("Lịch sử cấp độ dịch")').closest('table');
    expect(history.find('tbody tr').length).toBeGreaterThanOrEqual(2);
    expect(history.text()).toContain('Công bố chính thức');
    expect($('.alert-level').text()).toContain('Cấp độ do cơ quan có thẩm quyền công bố');
  });
  test('corrections are shown on the page and in their log', () => {
    expect($('main').text()).toContain('đính chính số liệu');
    const log = page(dist, '/dinh-chinh/');
    expect(log('.item-list li')).toHaveLength(bulletins.filter((b) => b.data.correction).length);
  });
  test('the home page has the trend chart of new cases', () => {
    expect(page(dist, '/')('figure.chart svg title').text()).toBe('Ca mắc mới, 30 bản tin gần nhất');
  });
});

describe('print and English', () => {
  test('articles offer a print button (shown by its script) and the print stylesheet hides the menus', () => {
    const $ = page(dist, `/ban-tin/${String(bulletins[0]!.data.date)}/`);
    expect($('button.print-button').text()).toBe('In / lưu PDF');
    expect($('script[src]').length).toBeGreaterThan(0);
    const cssFile = $('link[rel="stylesheet"]').attr('href')!;
    expect(read(cssFile).toString()).toMatch(/@media print\{[^}]*nav/);
  });
  test('the English page is in English, with the figures, the alert level, the hotlines and the data files', () => {
    const $ = page(dist, '/en/');
    expect($('html').attr('lang')).toBe('en');
    expect($('header').closest('[lang]').attr('lang')).toBe('vi');
    expect($('main').text()).toContain('Figures as of 15:00 on 10 April 2020');
    expect($('main').text()).toMatch(/Level \d of 5/);
    expect($('main a[href^="tel:"]').length).toBe(content.hotlines.length);
    expect($('main a[href="/du-lieu/ban-tin.csv"]')).toHaveLength(1);
  });
});
