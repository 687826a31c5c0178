/**
 * Issue "Nothing wrong is ever published": files stay inside the content folder, pictures are
 * what they claim to be, text is clean, nothing is dropped without a word, and YAML mistakes
 * are explained in Vietnamese at their own line.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { loadContent, publishedFiles } from '../../src/content-folder/load.ts';
import { svgDangers } from '../../src/content-folder/svg-safety.ts';
import { formatReport, type Finding } from '../../src/domain/findings.ts';
import { SITE_YAML, makeContent, md } from '../helpers/content.ts';

const NOW = new Date('2020-04-10T09:00:00Z');
const PNG = readFileSync(path.resolve(import.meta.dirname, '../fixtures/minimal/news/anh.png'));
const DIRECTIVE = 'number: 03/CT-UBND\nkind: chi-thi\ntitle: T\nissuer: UBND\nissued: 2020-01-31';
const INFOGRAPHIC = 'title: T\ndate: 2020-02-03\nimage: ./a.png\nalt: A';

const load = async (dir: string) => loadContent(dir, NOW);
const findingsOf = async (files: Record<string, string | Buffer>) => (await load(makeContent(files))).findings;
const errors = (found: Finding[]) => found.filter((f) => f.severity === 'error');
const warnings = (found: Finding[]) => found.filter((f) => f.severity === 'warning');

/** A secret outside every content folder, and a content folder with `link` → that secret. */
function withLink(files: Record<string, string | Buffer>, link: string, target?: string): string {
  const secret = path.join(mkdtempSync(path.join(tmpdir(), 'sukien-secret-')), 'passwd');
  writeFileSync(secret, 'root:x:0:0:root:/root:/bin/bash\n');
  const dir = makeContent(files);
  mkdirSync(path.dirname(path.join(dir, link)), { recursive: true });
  symlinkSync(target ?? secret, path.join(dir, link));
  return dir;
}

describe('files stay inside the content folder, by their real path', () => {
  test.each([
    [
      'an attachment',
      { 'directives/a.md': md(`${DIRECTIVE}\nattachments:\n  - { file: ./phu-luc.pdf }`) },
      'directives/phu-luc.pdf',
      'attachments[0].file',
    ],
    ['an image', { 'infographics/a.md': md(INFOGRAPHIC) }, 'infographics/a.png', 'image'],
    [
      'a file linked from a body',
      { 'news/a.md': md('title: T\ndate: 2020-02-03', '[Tải](./ke-hoach.pdf)') },
      'news/ke-hoach.pdf',
      '(nội dung)',
    ],
    ['a picture in a body', { 'news/a.md': md('title: T\ndate: 2020-02-03', '![Ảnh](./anh.png)') }, 'news/anh.png', '(nội dung)'],
  ])('%s that is a symbolic link out of the folder is an error naming the file and field', async (_label, files, link, field) => {
    const found = errors((await load(withLink(files, link))).findings);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ field });
    expect(found[0]!.message).toContain('symlink');
    expect(found[0]!.message).toContain('ngoài thư mục nội dung');
  });

  test('a Markdown file, site.yaml and a whole folder that link out of the folder are errors, never read', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'sukien-outside-'));
    writeFileSync(path.join(outside, 'b.md'), md('title: Bí mật\ndate: 2020-02-03'));
    writeFileSync(path.join(outside, 'site.yaml'), SITE_YAML);
    const dir = withLink({ 'news/a.md': md('title: T\ndate: 2020-02-03') }, 'news/b.md', path.join(outside, 'b.md'));
    symlinkSync(outside, path.join(dir, 'pages'));
    const content = await load(dir);
    expect(
      errors(content.findings)
        .map((f) => f.file)
        .sort(),
    ).toEqual(['news/b.md', 'pages']);
    expect(content.entries.map((e) => e.file)).toEqual(['news/a.md']);

    const linked = makeContent({});
    rmSync(path.join(linked, 'site.yaml'));
    symlinkSync(path.join(outside, 'site.yaml'), path.join(linked, 'site.yaml'));
    expect(errors((await load(linked)).findings)).toMatchObject([{ file: 'site.yaml' }]);
  });

  test('a symbolic link that stays inside the folder is followed, and staged by its real path', async () => {
    const dir = makeContent({ 'infographics/a.md': md(INFOGRAPHIC), 'infographics/anh-goc.png': PNG });
    symlinkSync('anh-goc.png', path.join(dir, 'infographics/a.png'));
    const content = await load(dir);
    expect(errors(content.findings)).toEqual([]);
    expect(content.entries[0]!.files['./a.png']).toBe(path.join(dir, 'infographics/anh-goc.png'));
  });

  test('a folder or a socket where a file belongs is an error', async () => {
    const dir = makeContent({ 'directives/a.md': md(`${DIRECTIVE}\nattachments:\n  - { file: ./thu-muc }\n  - { file: ./o-cam }`) });
    mkdirSync(path.join(dir, 'directives/thu-muc'));
    const socket = createServer();
    await new Promise<void>((resolve) => socket.listen(path.join(dir, 'directives/o-cam'), resolve));
    const found = errors((await load(dir)).findings);
    socket.close();
    expect(found.map((f) => f.field)).toEqual(['attachments[0].file', 'attachments[1].file']);
    for (const f of found) expect(f.message).toContain('không phải là một tệp thông thường');
  });
});

describe('a file is published only where a reader can follow a link to it, and never over a page', () => {
  const NEWS = 'title: T\ndate: 2020-02-03';
  const bodyErrors = async (body: string, files: Record<string, string | Buffer> = {}) =>
    errors(await findingsOf({ 'news/a.md': md(NEWS, body), ...files }));
  /** The clean news entry of `body`. */
  const cleanEntry = async (body: string, files: Record<string, string | Buffer>) => {
    const content = await load(makeContent({ 'news/a.md': md(NEWS, body), ...files }));
    expect(errors(content.findings)).toEqual([]);
    return content.entries[0]!;
  };
  /** The files a clean news body publishes as committed, as written. */
  const published = async (body: string, files: Record<string, string | Buffer>) =>
    (await cleanEntry(body, files)).bodyFiles.map((f) => f.written).sort();

  test('a link in an HTML comment or a code block publishes nothing', async () => {
    expect(
      await published(
        'Công khai: [kế hoạch](./ke-hoach.pdf).\n\n<!-- Chưa công bố: [mật](./mat.pdf) -->\n\n```\n[mẫu](./mau.pdf)\n```\n\n`[x](./x.pdf)`',
        {
          'news/ke-hoach.pdf': '%PDF công khai\n',
          'news/mat.pdf': '%PDF mật\n',
          'news/mau.pdf': '%PDF\n',
          'news/x.pdf': '%PDF\n',
        },
      ),
    ).toEqual(['./ke-hoach.pdf']);
  });

  test('every form of link a reader can follow publishes its file', async () => {
    expect(
      await published('[a](<./ke hoach.pdf>) [b][k] [c](c.pdf) <a href="./d.pdf">d</a>\n\n[k]: ./b.pdf', {
        'news/ke hoach.pdf': '%PDF\n',
        'news/b.pdf': '%PDF\n',
        'news/c.pdf': '%PDF\n',
        'news/d.pdf': '%PDF\n',
      }),
    ).toEqual(['./b.pdf', './d.pdf', './ke hoach.pdf', 'c.pdf']);
  });

  test.each([
    ['a draft, by its Markdown file', '[x](./b.md)', { 'news/b.md': md(`${NEWS}\ndraft: true`, 'BÍ MẬT') }, 'tệp nội dung Markdown'],
    ['a note', '[x](./_ghi-chu.txt)', { 'news/_ghi-chu.txt': 'ghi chú\n' }, 'bắt đầu bằng "_"'],
    ['a hidden file', '[x](./.env)', { 'news/.env': 'KEY=1\n' }, 'bắt đầu bằng "_" hoặc "."'],
    ["an HTML page, over the entry's own page", '[x](./index.html)', { 'news/index.html': '<p>giả</p>' }, 'trang HTML'],
    ['an HTML page, over its print sheet', '[x](./in/index.html)', { 'news/in/index.html': '<p>giả</p>' }, 'trang HTML'],
    ["a file above the entry's page", '[x](../chi-muc.json)', { 'chi-muc.json': '{}' }, 'ngoài thư mục của bài'],
    ["a file on another entry's page", '[x](../b/x.pdf)', { 'news/b/x.pdf': '%PDF\n' }, 'ngoài thư mục của bài'],
    ['an encoded slash', '[x](./tai-lieu%2Fa.pdf)', { 'news/tai-lieu/a.pdf': '%PDF\n' }, '"%2F"'],
    ['a stray "%"', '<a href="./100%.pdf">x</a>', { 'news/100%.pdf': '%PDF\n' }, 'phải viết là %25'],
    ['a folder', '[x](./tai-lieu/)', { 'news/tai-lieu/a.pdf': '%PDF\n' }, 'trỏ tới một thư mục'],
    ['a web address without https://', '[Bộ Y tế](moh.gov.vn/tin-tuc)', {}, 'thiếu "https://"'],
    ['a web address of several labels without https://', '[Bộ Y tế](ncov.moh.gov.vn/tin)', {}, 'thiếu "https://"'],
  ])('%s is an error naming the line', async (_label, body, files, expected) => {
    const found = await bodyErrors(`Đoạn đầu.\n\n${body}`, files);
    expect(found).toMatchObject([{ file: 'news/a.md', field: '(nội dung)', line: 7 }]);
    expect(found[0]!.message).toContain(expected);
  });

  test('what a browser asks for is published: the part before "#" or "?", a name with "#" written %23', async () => {
    expect(
      await published('[trang 3](./qd.pdf#page=3) [bản 1](./qd%231.pdf)', {
        'news/qd.pdf': '%PDF\n',
        'news/qd#1.pdf': '%PDF 1\n',
      }),
    ).toEqual(['./qd#1.pdf', './qd.pdf']);
  });

  test('a Markdown picture is optimised, not published as committed, and may be shared from a folder above', async () => {
    const entry = await cleanEntry(
      '![Bản đồ](../chung/ban-do.png)\n\n<video src="./v.mp4" poster="./p.png"></video>\n\n<iframe src="./doc.pdf"></iframe>',
      { 'chung/ban-do.png': PNG, 'news/v.mp4': 'mp4', 'news/p.png': PNG, 'news/doc.pdf': '%PDF\n' },
    );
    expect(entry.bodyFiles.map((f) => f.written).sort()).toEqual(['./p.png', './v.mp4']);
    expect(entry.media.map((m) => path.basename(m.real)).sort()).toEqual(['ban-do.png', 'p.png', 'v.mp4']);
  });

  test('the line named is where the link is, not a comment or code above it that holds the same address', async () => {
    const found = await bodyErrors(
      'a\n\n<!-- [cũ](./thieu.pdf) -->\n\n```\n[mẫu](./thieu.pdf)\n```\n\n[mới](./thieu\\_x.pdf) [lại](./thieu.pdf)',
    );
    expect(found.map((f) => [f.value, f.line])).toEqual([
      ['./thieu_x.pdf', 13],
      ['./thieu.pdf', 13],
    ]);
  });

  test('a link whose file is a symbolic link to a draft is refused like the draft', async () => {
    const dir = makeContent({ 'news/a.md': md(NEWS, '[x](./tai.pdf)'), 'news/nhap.md': md(`${NEWS}\ndraft: true`, 'BÍ MẬT') });
    symlinkSync(path.join(dir, 'news/nhap.md'), path.join(dir, 'news/tai.pdf'));
    const found = errors((await load(dir)).findings);
    expect(found).toMatchObject([{ file: 'news/a.md', field: '(nội dung)' }]);
    expect(found[0]!.message).toContain('tệp nội dung Markdown');
  });

  test('a file whose name is in NFD on disk (from a Mac) is found by the name written, and published under it', async () => {
    const content = await load(
      makeContent({
        'directives/a.md': md(`${DIRECTIVE}\nattachments:\n  - { file: ./quyết-định.pdf }`),
        ['directives/quyết-định.pdf'.normalize('NFD')]: '%PDF\n',
      }),
    );
    expect(errors(content.findings)).toEqual([]);
    expect(publishedFiles(content.entries[0]!, '/van-ban/a/')).toMatchObject([{ to: '/van-ban/a/quyết-định.pdf'.normalize('NFC') }]);
  });

  test('an attachment may not be a Markdown or HTML file either', async () => {
    const found = errors(
      await findingsOf({
        'directives/a.md': md(`${DIRECTIVE}\nattachments:\n  - { file: ./index.html }\n  - { file: ./tai-lieu/b.md }`),
        'directives/index.html': '<p>giả</p>',
        'directives/tai-lieu/b.md': md(NEWS),
      }),
    );
    expect(found.map((f) => [f.field, f.line])).toEqual([
      ['attachments[0].file', 8],
      ['attachments[1].file', 9],
    ]);
  });
});

describe('pictures are what they claim to be', () => {
  test.each([
    ['a text file named .png', Buffer.from('không phải ảnh'), 'không phải là ảnh PNG'],
    ['a truncated PNG', PNG.subarray(0, 20), 'không phải là ảnh PNG'],
  ])('%s is an error naming the file and field', async (_label, bytes, expected) => {
    const found = errors(await findingsOf({ 'infographics/a.md': md(INFOGRAPHIC), 'infographics/a.png': bytes }));
    expect(found).toMatchObject([{ file: 'infographics/a.md', field: 'image', line: 4 }]);
    expect(found[0]!.message).toContain(expected);
  });

  test('a GIF named .png says what it really is', async () => {
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } })
      .gif()
      .toBuffer();
    const found = errors(await findingsOf({ 'infographics/a.md': md(INFOGRAPHIC), 'infographics/a.png': gif }));
    expect(found[0]!.message).toContain('thực ra là ảnh GIF');
  });

  test('a picture in a body is checked the same way', async () => {
    const found = errors(
      await findingsOf({ 'news/a.md': md('title: T\ndate: 2020-02-03', 'Ảnh:\n\n![Ảnh](./anh.jpg)'), 'news/anh.jpg': PNG }),
    );
    expect(found).toMatchObject([{ file: 'news/a.md', field: '(nội dung)', line: 7 }]);
  });

  test('real pictures pass', async () => {
    const jpeg = await sharp(PNG).jpeg().toBuffer();
    const webp = await sharp(PNG).webp().toBuffer();
    const found = await findingsOf({
      'infographics/a.md': md(INFOGRAPHIC),
      'infographics/a.png': PNG,
      'news/a.md': md('title: T\ndate: 2020-02-03\nimage: ./a.jpg\nimageAlt: A', '![B](./b.webp)'),
      'news/a.jpg': jpeg,
      'news/b.webp': webp,
    });
    expect(found).toEqual([]);
  });
});

describe('an SVG is parsed as XML and refused when it could run code or load from elsewhere', () => {
  const svg = (inner: string, attrs = '') =>
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"${attrs}>${inner}</svg>`;
  test.each([
    ['a script', svg('<script>alert(1)</script>'), '<script>'],
    ['a script in another case', svg('<SCRIPT>alert(1)</SCRIPT>'), '<SCRIPT>'],
    ['an event handler', svg('<rect/>', ' onload="alert(1)"'), 'sự kiện'],
    ['a javascript: link', svg('<a href="javascript:alert(1)"><text>x</text></a>'), 'javascript:'],
    ['an entity-encoded javascript: link', svg('<a xlink:href="javascript&#58;alert(1)"><text>x</text></a>'), 'javascript:'],
    ['a javascript: link split by a tab', svg('<a href="java&#9;script:alert(1)"><text>x</text></a>'), 'javascript:'],
    ['<set> rewriting href', svg('<a><set attributeName="href" to="#x"/><text>x</text></a>'), 'thay đổi liên kết'],
    ['<animate> rewriting xlink:href', svg('<a><animate attributeName="xlink:href" values="#x"/><text>x</text></a>'), 'thay đổi liên kết'],
    ['a DOCTYPE with an ENTITY', `<!DOCTYPE svg [<!ENTITY x "y">]>${svg('<text>&x;</text>')}`, 'DOCTYPE'],
    ['an external picture', svg('<image href="https://evil.example/x.png"/>'), 'bên ngoài'],
    ['a reference into another file', svg('<use xlink:href="other.svg#a"/>'), 'bên ngoài'],
    ['CSS that loads from elsewhere', svg('<style>@import url(https://evil.example/x.css);</style>'), 'CSS'],
    ['a style attribute with an external url()', svg('<rect style="fill:url(https://evil.example/x#a)"/>'), 'CSS'],
    ['a stylesheet processing instruction', `<?xml-stylesheet href="https://evil.example/x.css"?>${svg('')}`, '<?…?>'],
    ['a foreignObject', svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), 'foreignObject'],
    ['text that is not XML', '<svg><rect></svg>', 'XML'],
  ])('%s', (_label, text, expected) => {
    expect(svgDangers(text).join(' ')).toContain(expected);
  });

  test('gradients by #id, embedded raster pictures and plain shapes are fine', () => {
    const safe = svg(
      '<defs><linearGradient id="g"><stop offset="0"/></linearGradient></defs><rect fill="url(#g)" style="fill:url(#g)"/><use href="#g"/><image href="data:image/png;base64,iVBORw0KGgo="/>',
    );
    expect(svgDangers(`<?xml version="1.0" encoding="UTF-8"?>${safe}`)).toEqual([]);
  });

  test('the demo and fixture pictures are safe', () => {
    for (const file of [
      'content/infographics/dau-hieu-nghi-nhiem.svg',
      'content/infographics/duong-day-nong.svg',
      'tests/fixtures/minimal/infographics/5k.svg',
    ]) {
      expect(svgDangers(readFileSync(path.resolve(import.meta.dirname, '../..', file), 'utf8')), file).toEqual([]);
    }
  });

  test('an unsafe SVG is an error naming the file and field', async () => {
    const found = errors(
      await findingsOf({
        'infographics/a.md': md(INFOGRAPHIC.replace('a.png', 'a.svg')),
        'infographics/a.svg': svg('<a href="javascript&#58;alert(1)"/>'),
      }),
    );
    expect(found).toMatchObject([{ file: 'infographics/a.md', field: 'image' }]);
  });
});

describe('text is clean: characters no feed can carry are stripped, with a warning at their line', () => {
  const CONTROLS = [
    ...Array.from({ length: 0x20 }, (_, i) => i).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d),
    ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
    0xfffe,
    0xffff,
    0x2028,
    0x2029,
  ].map((c) => String.fromCharCode(c));

  test.each(CONTROLS.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, c]))(
    '%s in a title and a body',
    async (_name, ch) => {
      const content = await load(makeContent({ 'news/a.md': md(`title: Tin${ch} mới\ndate: 2020-02-03`, `Dòng một\nDòng${ch} hai`) }));
      expect(errors(content.findings)).toEqual([]);
      expect(content.entries[0]!.data.title).toBe('Tin mới');
      expect(content.entries[0]!.body).toBe('Dòng một\nDòng hai\n');
      expect(warnings(content.findings).map((f) => [f.file, f.line])).toEqual([
        ['news/a.md', 2],
        ['news/a.md', 6],
      ]);
    },
  );

  test('a character reference to one of them is stripped however an HTML parser would read it', async () => {
    const body = '<p>X &#11; Y &#11 Z &#0000000000011; W &#x1b V &#x00000000FFFE; U &#x41; T</p>';
    const content = await load(makeContent({ 'news/a.md': md('title: T\ndate: 2020-02-03', body) }));
    expect(content.entries[0]!.body).toBe('<p>X  Y  Z  W  V  U &#x41; T</p>\n');
    expect(warnings(content.findings)).toMatchObject([{ file: 'news/a.md', line: 5 }]);
  });

  test('a title of characters that show nothing is empty', async () => {
    for (const title of ['"\\u200E\\u200F"', '"\\u00AD\\u3164"']) {
      const found = errors(await findingsOf({ 'news/a.md': md(`title: ${title}\ndate: 2020-02-03`) }));
      expect(found, title).toMatchObject([{ field: 'title' }]);
      expect(found[0]!.message).toContain('không nhìn thấy');
    }
  });

  test('characters a YAML escape produces are stripped too, with the field named', async () => {
    const content = await load(
      makeContent({
        'news/a.md': md('title: "Tin\\e mới\\u200B\\uD800"\ndate: 2020-02-03\ntags: ["a\\x0Bb"]'),
        'site.yaml': `${SITE_YAML}description: "Mô\\f tả"\n`,
      }),
    );
    expect(content.entries[0]!.data).toMatchObject({ title: 'Tin mới', tags: ['ab'] });
    expect(content.site.description).toBe('Mô tả');
    expect(warnings(content.findings).map((f) => [f.file, f.field, f.line])).toEqual([
      ['site.yaml', 'description', 6],
      ['news/a.md', 'title', 2],
      ['news/a.md', 'tags[0]', 4],
    ]);
  });

  test('zero-width characters leave titles and numbers, and a number with one is still a number', async () => {
    const content = await load(
      makeContent({ 'bulletins/2020-02-05.md': md('date: 2020-02-05\ntitle: Bản\u200B tin\nstats:\n  confirmed: 12\u200B') }),
    );
    expect(errors(content.findings)).toEqual([]);
    expect(content.entries[0]!.data).toMatchObject({ title: 'Bản tin', stats: { confirmed: 12 } });
  });

  test('an emoji held together by a zero-width joiner stays whole in a body', async () => {
    const family = '👨\u200D👩\u200D👧';
    const content = await load(makeContent({ 'news/a.md': md('title: T\ndate: 2020-02-03', `Gia đình ${family}`) }));
    expect(content.entries[0]!.body).toContain(family);
    expect(content.findings).toEqual([]);
  });
});

describe('nothing is dropped without a word', () => {
  test('an unknown field in site.yaml and in hotlines.yaml gets the "did you mean" warning', async () => {
    const found = await findingsOf({
      'site.yaml': `${SITE_YAML}descripton: Kênh thông tin\nnotice: { text: Khẩn, untill: 2020-05-01 }\n`,
      'hotlines.yaml': '- name: Sở Y tế\n  phone: "19009095"\n  hour: 24/7\n',
    });
    expect(found.map((f) => [f.severity, f.file, f.field, f.line])).toEqual([
      ['warning', 'site.yaml', 'descripton', 6],
      ['warning', 'site.yaml', 'notice.untill', 7],
      ['warning', 'hotlines.yaml', '[0].hour', 3],
    ]);
    expect(found.map((f) => /"(\w+)"/.exec(f.message)?.[1])).toEqual(['description', 'until', 'hours']);
  });

  test('an unknown field inside a list or a group of an entry is warned about too', async () => {
    const found = await findingsOf({
      'directives/a.md': md(`${DIRECTIVE}\nattachments:\n  - { file: ./a.pdf, lable: Bản scan }`),
      'directives/a.pdf': '%PDF-1.4\n',
      'news/b.md': md('title: T\ndate: 2020-02-03\nsource: { nam: Báo Lạng Sơn, name: Báo }'),
    });
    expect(found.map((f) => [f.severity, f.field])).toEqual([
      ['warning', 'attachments[0].lable'],
      ['warning', 'source.nam'],
    ]);
  });

  test('an entry may not take the address of a list page', async () => {
    const found = errors(await findingsOf({ 'news/trang-2.md': md('title: T\ndate: 2020-02-03') }));
    expect(found).toMatchObject([{ file: 'news/trang-2.md' }]);
    expect(found[0]!.message).toContain('/tin-tuc/trang-2/');
  });

  test('a directive that replaces or amends itself is an error', async () => {
    const found = errors(await findingsOf({ 'directives/a.md': md(`${DIRECTIVE}\nreplaces: [03/CT-UBND]\namends: [03/ct-ubnd]`) }));
    expect(found.map((f) => [f.field, f.line])).toEqual([
      ['replaces[0]', 7],
      ['amends[0]', 8],
    ]);
  });

  test('a bulletin dated after today without publishAt is an error that suggests publishAt', async () => {
    const found = errors(await findingsOf({ 'bulletins/2020-04-11.md': md('date: 2020-04-11\nstats: { confirmed: 1 }') }));
    expect(found).toMatchObject([{ file: 'bulletins/2020-04-11.md', field: 'date', line: 2 }]);
    expect(found[0]!.message).toContain('publishAt: 2020-04-11T15:00');
    // Scheduled, it waits; as a draft, it is fine.
    expect(errors(await findingsOf({ 'bulletins/2020-04-11.md': md('date: 2020-04-11\npublishAt: 2020-04-11T15:00') }))).toEqual([]);
    expect(errors(await findingsOf({ 'bulletins/2020-04-11.md': md('date: 2020-04-11\ndraft: true') }))).toEqual([]);
  });

  test('a bulletin scheduled before its own day is an error: it would give that day’s figures early', async () => {
    const found = errors(
      await findingsOf({ 'bulletins/2020-04-15.md': md('date: 2020-04-15\npublishAt: 2020-04-09T15:00\nstats: { confirmed: 1 }') }),
    );
    expect(found).toMatchObject([{ file: 'bulletins/2020-04-15.md', field: 'publishAt', line: 3 }]);
    expect(found[0]!.message).toContain('2020-04-15T15:00');
    // Its own day, at any hour, is fine; so is a draft.
    expect(errors(await findingsOf({ 'bulletins/2020-04-15.md': md('date: 2020-04-15\npublishAt: 2020-04-15T08:00') }))).toEqual([]);
    expect(
      errors(await findingsOf({ 'bulletins/2020-04-15.md': md('date: 2020-04-15\npublishAt: 2020-04-09T15:00\ndraft: true') })),
    ).toEqual([]);
  });

  test('a scheduled bulletin that breaks the series is an error now, not at its publishAt when nobody is there', async () => {
    const files = {
      'bulletins/2020-04-09.md': md('date: 2020-04-09\nstats: { confirmed: 1234500 }'),
      'bulletins/2020-04-10.md': md('date: 2020-04-10\npublishAt: 2020-04-10T17:00\nstats: { confirmed: 1234, recovered: 1000016 }'),
    };
    const found = errors(await findingsOf(files));
    expect(found.map((f) => [f.file, f.field])).toEqual([
      ['bulletins/2020-04-10.md', 'stats.confirmed'],
      ['bulletins/2020-04-10.md', 'stats.recovered'],
    ]);
    for (const f of found) expect(f.message).toMatch(/^khi nội dung hẹn giờ được đăng: /);
    expect(found[0]!.line).toBe(4);
    // The same figures as a draft wait for staff, and a scheduled bulletin that fits the series is fine.
    expect(
      errors(
        await findingsOf({
          ...files,
          'bulletins/2020-04-10.md': files['bulletins/2020-04-10.md'].replace('publishAt', 'draft: true\npublishAt'),
        }),
      ),
    ).toEqual([]);
    expect(
      errors(
        await findingsOf({
          ...files,
          'bulletins/2020-04-10.md': md('date: 2020-04-10\npublishAt: 2020-04-10T17:00\nstats: { confirmed: 1234501 }'),
        }),
      ),
    ).toEqual([]);
  });

  test('a scheduled entry that would take another’s address is an error now', async () => {
    const found = errors(
      await findingsOf({
        'news/a.md': md('title: T\ndate: 2020-02-03\naliases: [/tin-cu/]'),
        'news/b.md': md('title: T\ndate: 2020-04-10\npublishAt: 2020-04-10T17:00\naliases: [/tin-cu/]'),
      }),
    );
    expect(found.map((f) => [f.file, f.field])).toEqual([['news/b.md', 'aliases[0]']]);
  });

  test('a date, issued or publishAt more than a year ahead is a warning; a far expires is normal', async () => {
    const found = await findingsOf({
      'news/a.md': md('title: T\ndate: 2999-01-01'),
      'directives/a.md': md(`${DIRECTIVE.replace('2020-01-31', '2099-01-31')}\nexpires: 2099-12-31`),
      'directives/b.md': md(`${DIRECTIVE.replace('03/', '04/')}\nexpires: 2099-12-31\npublishAt: 2030-01-01T00:00`),
    });
    expect(found.filter((f) => f.severity === 'warning').map((f) => [f.file, f.field])).toEqual([
      ['directives/a.md', 'issued'],
      ['directives/b.md', 'publishAt'],
      ['news/a.md', 'date'],
    ]);
  });
});

describe('clearer messages', () => {
  test.each([
    ['a duplicated key', 'date: 2020-02-05\ndate: 2020-02-06', 'ghi hai lần', 3],
    ['a tab in indentation', 'date: 2020-02-05\nstats:\n\tconfirmed: 1', 'Tab', 4],
    ['an unclosed quote', 'date: 2020-02-05\ntitle: "Bản tin\nsource: Sở Y tế\nstats: { confirmed: 1 }', 'ngoặc kép', 3],
    ['an unclosed single quote', "date: 2020-02-05\nsource: 'Sở Y tế\nstats: { confirmed: 1 }", 'nháy đơn', 3],
    ['a missing colon', 'date: 2020-02-05\nsource Sở Y tế\nstats: { confirmed: 1 }', 'dấu hai chấm', 3],
  ])('%s is explained in Vietnamese at its own line', async (_label, fm, expected, line) => {
    const found = errors(await findingsOf({ 'bulletins/2020-02-05.md': md(fm) }));
    expect(found).toMatchObject([{ file: 'bulletins/2020-02-05.md', line }]);
    expect(found[0]!.message).toContain(expected);
    expect(found[0]!.message).not.toMatch(/[a-z]+ [a-z]+ (mapping|indentation|scalar|stream)/);
  });

  test.each([
    ['1e20', 'quá lớn', '1e20'],
    ['.inf', 'số nguyên không âm', '.inf'],
    ['', 'số nguyên không âm', '(để trống)'],
  ])('confirmed: %s is refused for what it is and shown as typed', async (typed, expected, shown) => {
    const found = errors(
      await findingsOf({ 'bulletins/2020-02-05.md': md(`date: 2020-02-05\nstats:\n  confirmed: ${typed}\n  recovered: 0`) }),
    );
    expect(found).toMatchObject([{ field: 'stats.confirmed', line: 4 }]);
    expect(found[0]!.message).toContain(expected);
    const report = formatReport(found);
    expect(report).toContain(`(giá trị tìm thấy: ${shown})`);
    expect(report).not.toContain('null');
  });

  test('a value typed in a flow mapping is shown as typed', async () => {
    const found = errors(await findingsOf({ 'bulletins/2020-02-05.md': md('date: 2020-02-05\nstats: { confirmed: .inf, recovered: 0 }') }));
    expect(formatReport(found)).toContain('(giá trị tìm thấy: .inf)');
  });
});
