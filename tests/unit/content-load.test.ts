import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent, publishedFiles } from '../../src/content-folder/load.ts';
import { formatReport } from '../../src/domain/findings.ts';
import { makeContent, md } from '../helpers/content.ts';

const NOW = new Date('2020-04-10T09:00:00Z');
const load = (files: Record<string, string | Buffer>) => loadContent(makeContent(files), NOW);
const PNG = readFileSync(path.resolve(import.meta.dirname, '../fixtures/minimal/news/anh.png'));
const errorsOf = async (files: Record<string, string | Buffer>) => (await load(files)).findings.filter((f) => f.severity === 'error');
const bulletin = (fm: string) => ({ 'bulletins/2020-02-05.md': md(fm) });

describe('reading files as staff write them', () => {
  test('a BOM, Windows line endings, NFD text and an unquoted time are read correctly', async () => {
    const text = '\uFEFF---\r\ndate: 2020-02-05\r\ntime: 15:00\r\nsource: Sở Y tế\r\nstats:\r\n  confirmed: 2\r\n---\r\nNgày đầu tiên.\r\n';
    const content = await load({ 'bulletins/2020-02-05.md': text.normalize('NFD') });
    expect(content.findings).toEqual([]);
    const entry = content.entries[0]!;
    expect(entry.data).toMatchObject({ date: '2020-02-05', time: '15:00', source: 'Sở Y tế', stats: { confirmed: 2 } });
    expect(entry.body).toBe('Ngày đầu tiên.\n');
    expect((entry.data.source as string) === 'Sở Y tế'.normalize('NFC')).toBe(true);
  });

  test('defaults: the time of site.bulletinTime, the standard title and the site source', async () => {
    const content = await load({
      'site.yaml': `${'name: A\nagency: B\nprovince: C\nurl: https://example.org\n'}bulletinTime: "17:00"\nbulletinSource: Sở Y tế\n`,
      ...bulletin('date: 2020-02-05'),
    });
    expect(content.entries[0]!.data).toMatchObject({
      time: '17:00',
      title: 'Cập nhật tình hình dịch bệnh đến 17h00 ngày 05/02/2020',
      source: 'Sở Y tế',
      draft: false,
      aliases: [],
    });
  });

  test('a YAML mistake is reported with its line', async () => {
    const [error] = await errorsOf({ 'bulletins/2020-02-05.md': md('date: 2020-02-05\nstats:\n  confirmed: [1\n') });
    expect(error).toMatchObject({ file: 'bulletins/2020-02-05.md' });
    expect(error!.message).toContain('không đọc được phần khai báo');
    expect(error!.line).toBeGreaterThan(1);
  });

  test('a file without front matter is an error', async () => {
    expect((await errorsOf({ 'news/tin.md': 'Chỉ có nội dung.' }))[0]!.message).toContain('---');
  });
});

describe('each kind of mistake names the file, the field, the value and what was expected', () => {
  test.each([
    ['a missing required field', 'site.yaml', 'name: A\nprovince: C\nurl: https://example.org\n', 'agency', 'thiếu trường bắt buộc'],
    ['a site address that is not a URL', 'site.yaml', 'name: A\nagency: B\nprovince: C\nurl: sukien.gov.vn\n', 'url', 'https://'],
    [
      'a spelling group with one spelling',
      'site.yaml',
      'name: A\nagency: B\nprovince: C\nurl: https://example.org\nsearchVariants: [khẩu trang]\n',
      'searchVariants[0]',
      'ít nhất hai cách viết',
    ],
    [
      'a spelling group that joins two groups',
      'site.yaml',
      'name: A\nagency: B\nprovince: C\nurl: https://example.org\nsearchVariants: ["vaccine, covid"]\n',
      'searchVariants[0]',
      'gộp hai nhóm khác nhau (vắc xin và covid)',
    ],
    [
      'a text message sender too long for one message',
      'site.yaml',
      `name: A\nagency: B\nprovince: C\nurl: https://example.org\nsmsSender: ${'Sở Y tế '.repeat(6)}\n`,
      'smsSender',
      'tối đa 30 ký tự',
    ],
    ['an unquoted phone number', 'hotlines.yaml', '- name: Sở Y tế\n  phone: 0912345678\n', '[0].phone', 'ngoặc kép'],
    [
      'guidance too long for the one-page poster',
      'site.yaml',
      `name: A\nagency: B\nprovince: C\nurl: https://example.org\nalertGuidance:\n  2: ${'Đeo khẩu trang nơi công cộng. '.repeat(11)}\n`,
      'alertGuidance.2',
      'tối đa 300 ký tự: điều người dân cần làm ở cấp độ này, in trên tờ bản tin một trang A4',
    ],
    [
      'a hotline name too long for the poster',
      'hotlines.yaml',
      `- name: ${'Đường dây nóng '.repeat(6)}\n  phone: "19009095"\n`,
      '[0].name',
      'tối đa 80 ký tự',
    ],
  ])('%s', async (_label, file, text, field, expected) => {
    const found = (await errorsOf({ [file]: text })).find((f) => f.file === file);
    expect(found).toMatchObject({ field });
    expect(found!.message).toContain(expected);
  });

  test.each([
    ['date: 05/02/2020', 'date', 'YYYY-MM-DD', '05/02/2020'],
    ['date: 2020-02-31', 'date', 'ngày có thật', '2020-02-31'],
    ['date: 2020-02-05\ntime: "25:00"', 'time', 'HH:MM', '25:00'],
    ['date: 2020-02-05\nstats:\n  confirmed: nhiều', 'stats.confirmed', 'số nguyên không âm', 'nhiều'],
    ['date: 2020-02-05\nstats:\n  confirmed: -1', 'stats.confirmed', 'không được là số âm', -1],
    ['date: 2020-02-05\nstats:\n  tested: "1.234"', 'stats.tested', 'viết liền', '1.234'],
    ['date: 2020-02-05\nstats:\n  confimed: 3', 'stats.confimed', 'confirmed', 3],
    ['date: 2020-02-05\nalertLevel: 7', 'alertLevel', 'từ 1 đến 5', 7],
    [
      'date: 2020-02-05\ndistricts:\n  - { name: Cao Lộc, confirmed: 1 }\n  - { name: Cao Lộc, confirmed: 1 }',
      'districts[1].name',
      'một lần',
      'Cao Lộc',
    ],
    ['date: 2020-02-05\npublishAt: sáng mai', 'publishAt', 'YYYY-MM-DDTHH:MM', 'sáng mai'],
    [
      `date: 2020-02-05\ncorrection: ${'Loại mẫu trùng. '.repeat(20)}`,
      'correction',
      'tối đa 300 ký tự: lý do đính chính',
      `${'Loại mẫu trùng. '.repeat(20).trim()}`,
    ],
    [`date: 2020-02-05\nsource: ${'Sở Y tế '.repeat(16)}`, 'source', 'tối đa 120 ký tự', `${'Sở Y tế '.repeat(16).trim()}`],
    [
      `date: 2020-02-05\ndistricts:\n  - { name: ${'Huyện Miền Núi '.repeat(3)}, confirmed: 1 }`,
      'districts[0].name',
      'tối đa 40 ký tự',
      'Huyện Miền Núi Huyện Miền Núi Huyện Miền Núi',
    ],
    ['date: 2020-02-05\naliases: [ban-tin-cu]', 'aliases[0]', 'bắt đầu bằng /', 'ban-tin-cu'],
  ])('bulletin with %j', async (fm, field, expected, value) => {
    const found = await errorsOf(bulletin(fm));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'bulletins/2020-02-05.md', field, value });
    expect(found[0]!.message).toContain(expected);
  });

  test('a text exactly at its limit is accepted', async () => {
    const correction = `${'Loại mẫu trùng, '.repeat(30).slice(0, 299)}.`;
    expect([...correction]).toHaveLength(300);
    expect(await errorsOf(bulletin(`date: 2020-02-05\ncorrection: "${correction}"`))).toEqual([]);
  });

  test('the line of the field is given', async () => {
    const [found] = await errorsOf(bulletin('date: 2020-02-05\nstats:\n  recovered: 1\n  confirmed: x'));
    // line 1 is ---, so the 4th line of YAML is line 5 of the file
    expect(found).toMatchObject({ field: 'stats.confirmed', line: 5 });
  });

  test.each([
    [
      'directives/a.md',
      md('number: 03/CT-UBND\nkind: chi-thi\ntitle: T\nissuer: UBND\nissued: 2020-01-31\nattachments:\n  - { file: ../../secret.pdf }'),
      'attachments[0].file',
      'ngoài',
    ],
    [
      'directives/a.md',
      md('number: 03/CT-UBND\nkind: chi-thi\ntitle: T\nissuer: UBND\nissued: 2020-01-31\nattachments:\n  - { file: /etc/passwd }'),
      'attachments[0].file',
      'tuyệt đối',
    ],
    [
      'directives/a.md',
      md('number: 03/CT-UBND\nkind: chi-thi\ntitle: T\nissuer: UBND\nissued: 2020-01-31\nattachments:\n  - { file: ./khong-co.pdf }'),
      'attachments[0].file',
      'không tìm thấy',
    ],
    [
      'directives/a.md',
      md('number: 03/CT-UBND\nkind: chi thi\ntitle: T\nissuer: UBND\nissued: 2020-01-31'),
      'kind',
      'chi-thi | quyet-dinh',
    ],
    ['infographics/a.md', md('title: T\ndate: 2020-02-03\nimage: https://example.org/a.png\nalt: A'), 'image', 'địa chỉ web'],
    ['infographics/a.md', md('title: T\ndate: 2020-02-03\nimage: ./a.png'), 'alt', 'thiếu trường bắt buộc'],
    ['news/a.md', md('title: T\ndate: 2020-02-03\nimage: ./a.png'), 'imageAlt', 'bắt buộc khi có ảnh'],
    ['news/a.md', md('title: T\ndate: 2020-02-03\nsource: { name: Báo, url: baolangson } '), 'source.url', 'https://'],
    ['factchecks/a.md', md('title: T\ndate: 2020-02-03\nclaim: C\nverdict: sai'), 'verdict', 'sai-su-that'],
    ['pages/a.md', md('order: 1'), 'title', 'thiếu trường bắt buộc'],
  ])('%s: %s', async (file, text, field, expected) => {
    const found = await errorsOf({ [file]: text, 'infographics/a.png': PNG, 'news/a.png': PNG });
    expect(found.map((f) => [f.file, f.field])).toContainEqual([file, field]);
    expect(found.find((f) => f.field === field)!.message).toContain(expected);
  });

  test('an SVG with a script is refused', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    const found = await errorsOf({
      'infographics/a.md': md('title: T\ndate: 2020-02-03\nimage: ./a.svg\nalt: A'),
      'infographics/a.svg': svg,
    });
    expect(found).toMatchObject([{ file: 'infographics/a.md', field: 'image' }]);
    expect(found[0]!.message).toContain('<script>');
  });

  test.each([
    ['<svg onload="alert(1)"></svg>', 'sự kiện'],
    ['<svg><a href="javascript:alert(1)"><text>x</text></a></svg>', 'javascript:'],
    ['<svg><foreignObject><div>x</div></foreignObject></svg>', 'foreignObject'],
  ])('an SVG with %s is refused', async (svg, expected) => {
    const found = await errorsOf({
      'infographics/a.md': md('title: T\ndate: 2020-02-03\nimage: ./a.svg\nalt: A'),
      'infographics/a.svg': svg,
    });
    expect(found[0]!.message).toContain(expected);
  });

  test('a field the format does not have is a warning that suggests the real name', async () => {
    const content = await load({
      'directives/a.md': md('number: 03/CT-UBND\nkind: chi-thi\ntitle: T\nissuer: UBND\nissued: 2020-01-31\nurgnet: true'),
    });
    expect(content.findings).toMatchObject([{ severity: 'warning', file: 'directives/a.md', field: 'urgnet', line: 7 }]);
    expect(content.findings[0]!.message).toContain('"urgent"');
  });

  test('a file name with spaces is refused with a suggestion', async () => {
    const [found] = await errorsOf({ 'news/Tin mới.md': md('title: T\ndate: 2020-02-03') });
    expect(found!.message).toContain('tin-mới.md');
  });

  test('an alias may not take a path the site already uses', async () => {
    const found = await errorsOf({ 'news/a.md': md('title: T\ndate: 2020-02-03\naliases: [/ban-tin/]') });
    expect(found).toMatchObject([{ file: 'news/a.md', field: 'aliases[0]', line: 4 }]);
  });

  test("an alias or a body file may not take a name the generator publishes under an entry's page", async () => {
    const found = await errorsOf({
      ...bulletin('date: 2020-02-05'),
      'news/a.md': md('title: T\ndate: 2020-02-03\naliases: [/ban-tin/2020-02-05/phat-thanh.txt, /ban-tin/2020-02-05/in/]'),
      'bulletins/2020-02-06.md': md('date: 2020-02-06', 'Xem [bảng](./tin-nhan.txt) và [ảnh](./anh.png), lại [ảnh](./anh.png).'),
      'bulletins/tin-nhan.txt': 'Tin nhắn tự viết.\n',
      'bulletins/anh.png': PNG,
    });
    expect(found).toMatchObject([
      { file: 'bulletins/2020-02-06.md', field: '(nội dung)', value: '/ban-tin/2020-02-06/tin-nhan.txt' },
      { file: 'news/a.md', field: 'aliases[0]', value: '/ban-tin/2020-02-05/phat-thanh.txt/' },
      { file: 'news/a.md', field: 'aliases[1]', value: '/ban-tin/2020-02-05/in/' },
    ]);
    expect(found[1]!.message).toContain('đã được dùng bởi (trang, tệp có sẵn của hệ thống)');
  });

  test('two files an entry publishes may not take one name, nor names that differ only in case; one file named twice is published once', async () => {
    const directive = (attachments: string, number = '03/CT-UBND') =>
      md(`number: ${number}\nkind: chi-thi\ntitle: T\nissuer: UBND\nissued: 2020-01-31\nattachments:\n${attachments}`);
    const found = await errorsOf({
      'directives/a.md': directive('  - { file: ./goc/qd.pdf }\n  - { file: ./sua/qd.pdf }'),
      'directives/goc/qd.pdf': '%PDF-1.4 gốc\n',
      'directives/sua/qd.pdf': '%PDF-1.4 sửa\n',
      'directives/b.md': directive('  - { file: ./b.pdf }\n  - { file: ./b.pdf }', '04/CT-UBND'),
      'directives/b.pdf': '%PDF-1.4\n',
      'infographics/c.md': md('title: T\ndate: 2020-02-03\nimage: ./c.png\nalt: Ảnh', 'Tải [ảnh gốc](./c.png).'),
      'infographics/c.png': PNG,
    });
    expect(found).toMatchObject([{ file: 'directives/a.md', field: 'attachments[1].file', line: 9, value: '/van-ban/a/qd.pdf' }]);
    expect(found[0]!.message).toContain('một tệp khác của chính bài này (attachments[0].file)');
    const [caseOnly] = await errorsOf({
      'directives/a.md': directive('  - { file: ./QD.pdf }\n  - { file: ./qd.pdf }'),
      'directives/QD.pdf': '%PDF-1.4 a\n',
      'directives/qd.pdf': '%PDF-1.4 b\n',
    });
    expect(caseOnly).toMatchObject({ field: 'attachments[1].file', value: '/van-ban/a/qd.pdf' });
    const content = await load({
      'directives/b.md': directive('  - { file: ./b.pdf }\n  - { file: ./b.pdf }'),
      'directives/b.pdf': '%PDF\n',
    });
    expect(publishedFiles(content.entries[0]!, '/van-ban/b/')).toEqual([
      { field: 'attachments[0].file', from: path.join(content.contentDir, 'directives/b.pdf'), to: '/van-ban/b/b.pdf' },
    ]);
  });

  test('every problem of every file is reported in one run', async () => {
    const content = await load({
      'bulletins/2020-02-05.md': md('date: 2020-02-05\nstats: { confirmed: 5 }'),
      'bulletins/2020-02-06.md': md('date: 2020-02-06\nstats: { confirmed: 4 }'),
      'news/a.md': md('date: 2020-02-03'),
      'factchecks/b.md': md('title: T\ndate: 2020-02-03\nclaim: C\nverdict: sai'),
      'hotlines.yaml': '- name: A\n  phone: 19009095\n',
    });
    const errors = content.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.file).sort()).toEqual(['bulletins/2020-02-06.md', 'factchecks/b.md', 'hotlines.yaml', 'news/a.md']);
    const report = formatReport(content.findings);
    expect(report).toContain('LỖI bulletins/2020-02-06.md:3 trường "stats.confirmed"');
    expect(report).toContain('4 lỗi');
  });
});

describe('drafts and scheduled content', () => {
  test('a draft is checked but not published', async () => {
    const content = await load(bulletin('date: 2020-02-05\ndraft: true'));
    expect(content.entries[0]!.published).toBe(false);
  });

  test('publishAt in the future holds the entry back and says when it goes out', async () => {
    const content = await load(bulletin('date: 2020-04-10\npublishAt: 2020-04-10T17:00'));
    expect(content.entries[0]!.published).toBe(false);
    expect(content.findings).toMatchObject([{ severity: 'note', field: 'publishAt' }]);
    expect(content.findings[0]!.message).toContain('17h00 ngày 10/04/2020');
  });

  test('publishAt in the past publishes (the clock is SOURCE_DATE_EPOCH when set)', async () => {
    expect((await load(bulletin('date: 2020-04-10\npublishAt: 2020-04-10T15:00'))).entries[0]!.published).toBe(true);
  });

  test('drafts are left out of the rules that compare bulletins', async () => {
    const content = await load({
      'bulletins/2020-02-05.md': md('date: 2020-02-05\nstats: { confirmed: 5 }'),
      'bulletins/2020-02-06.md': md('date: 2020-02-06\ndraft: true\nstats: { confirmed: 1 }'),
    });
    expect(content.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('links in content can only be web addresses or paths of the site', () => {
  test.each([
    [
      'site.yaml',
      'name: A\nagency: B\nprovince: C\nurl: https://example.org\nnotice:\n  text: Khẩn\n  link: javascript:alert(1)\n',
      'notice.link',
    ],
    ['site.yaml', 'name: A\nagency: B\nprovince: C\nurl: javascript:alert(1)\n', 'url'],
    ['news/a.md', md('title: T\ndate: 2020-02-03\nsource: { name: Báo, url: "javascript:alert(1)" }'), 'source.url'],
    ['news/a.md', md('title: T\ndate: 2020-02-03\nsource: { name: Báo, url: "data:text/html,<script>alert(1)</script>" }'), 'source.url'],
  ])('%s %s is refused', async (file, text, field) => {
    expect((await errorsOf({ [file]: text })).map((f) => [f.file, f.field])).toContainEqual([file, field]);
  });
});

describe('files named in the body', () => {
  test('an image next to the entry is published with it; a missing one is an error with its line', async () => {
    const ok = await load({
      'news/a.md': md('title: T\ndate: 2020-02-03', 'Ảnh:\n\n![Ảnh minh họa](./anh.png)'),
      'news/anh.png': PNG,
    });
    expect(ok.findings).toEqual([]);
    expect(ok.entries[0]!.media).toEqual([{ rel: 'news/anh.png', real: path.join(ok.contentDir, 'news/anh.png') }]);
    const [missing] = await errorsOf({ 'news/a.md': md('title: T\ndate: 2020-02-03', 'Ảnh:\n\n![Ảnh](./khong-co.png)') });
    expect(missing).toMatchObject({ file: 'news/a.md', line: 7 });
    expect(missing!.message).toContain('không tìm thấy');
  });
});
