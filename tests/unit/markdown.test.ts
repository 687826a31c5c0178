/**
 * Content Markdown through the real processor the build uses (Sätteri with the generator's
 * plugins, src/markdown/plugins.ts): citations, the allow-list, frames, table alignment,
 * footnotes and the base path, each on both paths (a body without raw HTML, and one with).
 */
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { contentMarkdown } from '../../src/markdown/plugins.ts';

const documents = [
  { id: '03-ct-ubnd', number: '03/CT-UBND', issued: '2020-01-31', title: 'Về việc phòng, chống dịch' },
  { id: '03-ct-ubnd-2021', number: '03/CT-UBND', issued: '2021-02-01', title: 'Về việc tiêm vắc xin' },
  { id: '237-qd-byt', number: '237/QĐ-BYT', issued: '2020-01-31', title: 'Kế hoạch ứng phó' },
  { id: '02-cd-ubnd', number: '02/CĐ-UBND', issued: '2020-03-17', title: 'Công điện khẩn' },
];

async function renderer(base = '/') {
  const processor = contentMarkdown({ documents, embedHosts: ['www.youtube-nocookie.com'], base });
  return processor.createRenderer({ syntaxHighlight: false, gfm: true, smartypants: true });
}
const plain = await renderer();
const underCovid = await renderer('/covid/');
const render = async (markdown: string) => (await plain.render(markdown)).code.trim();

/** A little raw HTML that sends a body down the whole-tree path. */
const RAW = '\n\n<small>Nguồn: Sở Y tế</small>';

describe('citations become links', () => {
  test.each([
    [
      'Thực hiện Chỉ thị số 03/CT-UBND ngày 31/01/2020 của UBND tỉnh.',
      '<a href="/van-ban/03-ct-ubnd/" title="Về việc phòng, chống dịch">03/CT-UBND</a> ngày 31/01/2020',
    ],
    ['Theo Chỉ thị 03/CT-UBND ngày 01/02/2021.', '<a href="/van-ban/03-ct-ubnd-2021/" title="Về việc tiêm vắc xin">03/CT-UBND</a>'],
    ['Căn cứ Quyết định 237/QD-BYT.', '<a href="/van-ban/237-qd-byt/" title="Kế hoạch ứng phó">237/QD-BYT</a>'],
    ['công điện số 02/cđ-ubnd khẩn', '<a href="/van-ban/02-cd-ubnd/" title="Công điện khẩn">02/cđ-ubnd</a>'],
    [
      '**Căn cứ Quyết định 237/QĐ-BYT**',
      '<strong>Căn cứ Quyết định <a href="/van-ban/237-qd-byt/" title="Kế hoạch ứng phó">237/QĐ-BYT</a></strong>',
    ],
  ])('%s', async (markdown, expected) => {
    expect(await render(markdown)).toContain(expected);
    expect(await render(markdown + RAW)).toContain(expected);
  });

  test.each([
    ['a number that is not in the register', 'Theo Chỉ thị 16/CT-TTg ngày 31/3/2020.'],
    ['an ambiguous number without a date', 'Theo Chỉ thị 03/CT-UBND.'],
    ['a number in another year than any registered', 'Chỉ thị 03/CT-UBND ngày 05/01/2019.'],
    ['a date', 'Ngày 31/01/2020, tỉnh ghi nhận ca bệnh.'],
    ['a phone number', 'Gọi 0205.3870.115 hoặc 1900 9095.'],
    ['5K', 'Thực hiện khuyến cáo 5K.'],
    ['inline code', 'Gõ `03/CT-UBND ngày 31/01/2020` vào ô tìm kiếm.'],
    ['an existing link', 'Xem [Chỉ thị 03/CT-UBND ngày 31/01/2020](https://example.org/).'],
    ['emphasis inside an existing link', 'Xem [Chỉ thị **03/CT-UBND** ngày 31/01/2020](https://example.org/).'],
    ['a URL', 'Tại https://example.org/van-ban/03/CT-UBND ngày 31/01/2020'],
  ])('leaves %s as written', async (_label, markdown) => {
    expect(await render(markdown)).not.toContain('href="/van-ban/');
  });

  test('several citations in one paragraph', async () => {
    expect(await render('Căn cứ 237/QĐ-BYT và 02/CĐ-UBND.')).toBe(
      '<p>Căn cứ <a href="/van-ban/237-qd-byt/" title="Kế hoạch ứng phó">237/QĐ-BYT</a> và <a href="/van-ban/02-cd-ubnd/" title="Công điện khẩn">02/CĐ-UBND</a>.</p>',
    );
  });
});

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(2)">x</button></form>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<details open ontoggle=alert(1)>x</details>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<p>mở\n\n**giữa**\n\n</p><script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '[x](JAVASCRIPT:alert(1))',
  '![x](javascript:alert(1))',
  '[x](data:text/html,<script>alert(1)</script>)',
  '<javascript:alert(1)>',
];

describe('the allow-list', () => {
  test.each(PAYLOADS)('%s leaves nothing that runs', async (payload) => {
    const $ = cheerio.load(await render(`Đoạn văn.\n\n${payload}\n\nĐoạn sau.`));
    expect($('script, style, object, embed, form, svg, math, iframe, base, meta, link')).toHaveLength(0);
    $('*').each((_, el) => {
      for (const [name, value] of Object.entries((el as { attribs: Record<string, string> }).attribs)) {
        expect(name).not.toMatch(/^on|^style$|^srcdoc$|^formaction$/);
        expect(value.replace(/\s/g, '').toLowerCase()).not.toMatch(/^(javascript|data|vbscript):/);
      }
    });
    expect($.text()).toContain('Đoạn sau.');
  });

  test('Markdown links and images keep safe addresses on both paths', async () => {
    for (const tail of ['', RAW]) {
      const $ = cheerio.load(
        await render(`[đường dây nóng](/duong-day-nong/) [thư](mailto:a@example.org) ![ảnh](https://example.org/a.png)${tail}`),
      );
      expect($('a').first().attr('href')).toBe('/duong-day-nong/');
      expect($('a[href="mailto:a@example.org"]')).toHaveLength(1);
      expect($('img').attr('src')).toBe('https://example.org/a.png');
    }
  });

  test('frames from embedHosts stay, sandboxed and lazy; others become a link to the page they came from', async () => {
    const $ = cheerio.load(
      await render(
        '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video"></iframe>\n\n<iframe src="https://evil.example/x"></iframe>',
      ),
    );
    expect($('iframe')).toHaveLength(1);
    expect($('iframe').attr('sandbox')).toBe('allow-scripts allow-same-origin allow-presentation');
    expect($('iframe').attr('loading')).toBe('lazy');
    expect($('a[href="https://evil.example/x"]').text()).toBe('Xem nội dung nhúng tại trang gốc');
  });

  test('ids written in content are prefixed and in-page links follow them; headings keep their own ids', async () => {
    const $ = cheerio.load(
      await render('## Mục lục\n\n[Xuống](#muc-1)\n\n<p id="muc-1">Mục 1</p>\n\n<p id="noi-dung">Không chiếm id của trang</p>'),
    );
    expect($('#nd-muc-1').text()).toBe('Mục 1');
    expect($('a').attr('href')).toBe('#nd-muc-1');
    expect($('#noi-dung')).toHaveLength(0);
    expect($('h2').attr('id')).toBe('mục-lục');
  });
});

describe('what Markdown itself produces', () => {
  test('table alignment becomes a class, never an inline style, on both paths', async () => {
    for (const tail of ['', RAW]) {
      const $ = cheerio.load(await render(`| Huyện | Ca |\n|:--|--:|\n| Cao Lộc | 12 |${tail}`));
      expect($('[style]')).toHaveLength(0);
      expect($('th').last().attr('class')).toBe('align-right');
      expect($('td').first().attr('class')).toBe('align-left');
    }
  });

  test('footnotes are labelled in Vietnamese and their links reach their targets, on both paths', async () => {
    for (const tail of ['', RAW]) {
      const $ = cheerio.load(await render(`Số liệu[^1] đã được rà soát.\n\n[^1]: Theo Sở Y tế.${tail}`));
      expect($('section.footnotes h2').text()).toBe('Chú thích');
      const links = $('a[href^="#"]');
      expect(links.length).toBeGreaterThanOrEqual(2);
      links.each((_, a) => {
        const target = $(a).attr('href')!.slice(1);
        expect($(`[id="${target}"]`), `#${target}`).toHaveLength(1);
      });
      expect($('a[aria-label]').attr('aria-label')).toMatch(/^Quay lại/);
    }
  });

  test('code is not coloured with inline styles', async () => {
    expect(await render('```js\nlet a = 1;\n```')).not.toContain('style=');
  });

  test('links to the site’s own pages get the base path, on both paths', async () => {
    for (const tail of ['', RAW]) {
      const html = (
        await underCovid.render(`[Đường dây nóng](/duong-day-nong/) và Chỉ thị 02/CĐ-UBND, [ngoài](https://example.org/)${tail}`)
      ).code;
      expect(html).toContain('href="/covid/duong-day-nong/"');
      expect(html).toContain('href="/covid/van-ban/02-cd-ubnd/"');
      expect(html).toContain('href="https://example.org/"');
    }
  });
});
