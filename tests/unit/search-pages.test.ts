/** The searchable part of a page that src/middleware.ts hands to the search index. */
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { searchablePart } from '../../src/lib/search-pages.ts';

const page = (main: string) =>
  `<!doctype html><html lang="vi"><head><title>T</title></head><body><header><nav>Menu</nav></header><main>${main}</main><footer>Chân trang</footer></body></html>`;

describe('searchablePart', () => {
  test('keeps the language and the whole article marked for search, and nothing around it', () => {
    const part = searchablePart(
      page('<article data-pagefind-body><h1>Bản tin</h1><span data-pagefind-filter="section">Bản tin</span><p>Nội dung</p></article>'),
    )!;
    const $ = cheerio.load(part);
    expect($('html').attr('lang')).toBe('vi');
    expect($('[data-pagefind-body] h1').text()).toBe('Bản tin');
    expect($('[data-pagefind-filter="section"]').text()).toBe('Bản tin');
    expect($.text()).not.toContain('Menu');
    expect($.text()).not.toContain('Chân trang');
  });

  test('an article inside the content does not cut the page short', () => {
    const part = searchablePart(
      page('<article data-pagefind-body><h1>Tin</h1><article><p>trích dẫn</p></article><p>phần sau</p></article>'),
    )!;
    expect(cheerio.load(part)('[data-pagefind-body]').text()).toBe('Tintrích dẫnphần sau');
  });

  test('a page with nothing marked for search (a list, the 404, a redirect) gives nothing', () => {
    expect(searchablePart(page('<h1>Danh sách</h1>'))).toBeUndefined();
  });
});
