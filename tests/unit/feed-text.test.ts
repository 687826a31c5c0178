import { expect, test } from 'vitest';
import { absoluteLinks, figuresSummary, plainSummary, xmlSafe } from '../../src/domain/feed-text.ts';
import { buildSeries } from '../../src/domain/figures.ts';

test("a bulletin's feed summary gives the time and each figure with its change", () => {
  const [, second] = buildSeries([
    { date: '2020-02-05', time: '15:00', stats: { confirmed: 1, tested: 1200 } },
    { date: '2020-02-06', time: '17:00', stats: { confirmed: 3, tested: 1500, quarantinedFacility: 140 } },
  ]);
  expect(figuresSummary(second!, second!.bulletin)).toBe(
    'Số liệu tính đến 17h00 ngày 06/02/2020. Ca mắc tích lũy: 3 (+2); Ca mắc mới trong ngày: 2; Đang cách ly tập trung: 140; Mẫu đã xét nghiệm: 1.500 (+300).',
  );
});

test('links of the site become absolute; other links and protocol-relative ones stay', () => {
  expect(
    absoluteLinks(
      '<a href="/duong-day-nong/">x</a><img src="/_astro/a.webp"><a href="https://baolangson.vn/">y</a><a href="//cdn.example/">z</a>',
      'https://sukien.example.gov.vn',
    ),
  ).toBe(
    '<a href="https://sukien.example.gov.vn/duong-day-nong/">x</a><img src="https://sukien.example.gov.vn/_astro/a.webp"><a href="https://baolangson.vn/">y</a><a href="//cdn.example/">z</a>',
  );
});

test("a body's opening in a feed is its text as a reader sees it: entities decoded once, cut between characters", () => {
  expect(plainSummary('<p>A &amp; B &lt; C</p><p>D&#x27;E</p>')).toBe("A & B < C D'E");
  const long = plainSummary(`<p>${'a'.repeat(236)}😷😷😷😷😷</p>`);
  expect(long).toBe(`${'a'.repeat(236)}😷…`);
  expect(long.isWellFormed()).toBe(true);
});

test('a feed keeps no character XML cannot carry, and every one it can', () => {
  const bad = 'a\u000Bb\u001Bc\uFFFEd\uD800e';
  expect(xmlSafe(`<title>${bad}</title>`)).toBe('<title>abcde</title>');
  const good = 'Tab\tLF\nCR\r Việt 😷 \uE000 \uFFFD';
  expect(xmlSafe(good)).toBe(good);
});
