/**
 * The issue staff get when a publish fails (src/domain/publish-failure.ts) and the Markdown
 * report it shares with the pull request's summary (formatMarkdown), rendered the way GitHub
 * renders it (GitHub Flavored Markdown, through Sätteri) where escaping matters.
 */
import * as cheerio from 'cheerio';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { escapeMarkdown, formatMarkdown, formatSections, type Finding } from '../../src/domain/findings.ts';
import {
  FAILURE_MARKER,
  failureBody,
  failureTitle,
  parseReport,
  publishedComment,
  type PublishFailure,
} from '../../src/domain/publish-failure.ts';

const at = new Date('2020-02-06T08:05:00Z'); // 15h05 in Vietnam
const runUrl = 'https://github.com/so-tttt/sukien/actions/runs/42';

const findings: Finding[] = [
  { severity: 'warning', file: 'news/tin-moi.md', line: 3, field: 'image', message: 'ảnh nặng 2,1 MB, nên dưới 500 KB' },
  { severity: 'error', file: 'hotlines.yaml', line: 2, field: '[0].phone', message: 'số điện thoại phải đặt trong dấu ngoặc kép' },
  {
    severity: 'error',
    file: 'bulletins/2020-02-06.md',
    line: 4,
    field: 'stats.confirmed',
    message: 'là số tích lũy, không được giảm',
    value: 10,
  },
  { severity: 'error', file: 'bulletins/2020-02-06.md', line: 3, field: 'time', message: 'cần giờ dạng HH:MM', typed: '15h00' },
];
const failure = (over: Partial<PublishFailure> = {}): PublishFailure => ({
  report: { errors: 3, findings },
  step: 'build',
  runUrl,
  at,
  contentFolder: 'content',
  ...over,
});

/** GitHub's Markdown, as HTML: GFM with maths, as github.com renders issues. */
const render = (markdown: string) =>
  cheerio.load(markdownToHtml(markdown, { features: { gfm: true, math: true, frontmatter: false } }).html);

describe('the title', () => {
  test('counts the errors of the content, not its warnings', () => {
    expect(failureTitle(failure())).toBe('Chưa đăng được: 3 lỗi trong nội dung');
  });

  test('says the pages could not be made when the content passed, or when the check never wrote its report', () => {
    expect(failureTitle(failure({ report: { errors: 0, findings: [findings[0]!] } }))).toBe('Chưa đăng được: lỗi khi tạo trang');
    expect(failureTitle(failure({ report: undefined }))).toBe('Chưa đăng được: lỗi khi tạo trang');
    expect(failureTitle(failure({ report: undefined, step: 'deploy' }))).toBe('Chưa đăng được: lỗi khi đưa trang lên máy chủ');
  });
});

describe('the body', () => {
  test('carries the hidden marker, the Vietnam time, what to do, and a link to the run', () => {
    const body = failureBody(failure());
    expect(body.startsWith(FAILURE_MARKER)).toBe(true);
    expect(body).toContain('lúc **15h05 ngày 06/02/2020** (giờ Việt Nam) chưa thành công');
    expect(body).toContain('sửa từng mục LỖI theo số dòng và tên trường, rồi lưu lại');
    expect(body).toContain('trang vẫn hiển thị nội dung đã đăng lần trước');
    expect(body).toContain('Issue này tự đóng khi lần đăng sau thành công.');
    expect(body).toContain(`Chi tiết lần chạy: ${runUrl}`);
    expect(render(body)('a').attr('href')).toBe(runUrl);
  });

  test('lists the findings by severity, then file, then line, with the field and the value found', () => {
    const $ = render(failureBody(failure()));
    expect(
      $('h3')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(['LỖI: phải sửa, trang chưa thể đăng (3)', 'CẢNH BÁO: nên xem lại trước khi đăng (1)']);
    expect(
      $('h2 ~ p > strong')
        .map((_, s) => $(s).text())
        .get(),
    ).toEqual(['bulletins/2020-02-06.md', 'hotlines.yaml', 'news/tin-moi.md']);
    expect(
      $('li')
        .map((_, li) => $(li).text())
        .get(),
    ).toEqual([
      'dòng 3, trường "time" (Giờ chốt số liệu): cần giờ dạng HH:MM (giá trị tìm thấy: 15h00)',
      'dòng 4, trường "stats.confirmed" (Ca mắc tích lũy): là số tích lũy, không được giảm (giá trị tìm thấy: 10)',
      'dòng 2, trường "[0].phone" (Số điện thoại): số điện thoại phải đặt trong dấu ngoặc kép',
      'dòng 3, trường "image" (Ảnh): ảnh nặng 2,1 MB, nên dưới 500 KB',
    ]);
    expect(failureBody(failure())).toContain('\n3 lỗi, 1 cảnh báo, 0 ghi chú.');
  });

  test('when the content passed, tells staff to call the technical staff rather than fix files', () => {
    const body = failureBody(failure({ report: { errors: 0, findings: [] } }));
    expect(body).toContain('Nội dung không có lỗi, nhưng bước tạo trang gặp sự cố kỹ thuật');
    expect(body).toContain('báo cho bộ phận kỹ thuật');
    expect(body).not.toContain('Kết quả kiểm tra nội dung');
  });
});

describe('text from the content cannot break the issue nor mention anyone', () => {
  const hostile = [
    '<script>alert(1)</script>',
    'a | b | c',
    '`mã` và ```khối```',
    'báo @nguyenvana và @so-y-te/ky-thuat, xem #12',
    '&#64;tranthib &lt;b&gt;',
    '**đậm** _nghiêng_ ~~gạch~~ $x$',
    '[bấm vào đây](https://example.com) ![ảnh](x.png)',
    'dòng một\n# Tiêu đề\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    '- không phải danh sách',
    '1. cũng không',
    '> không trích dẫn',
    '\\ gạch chéo ngược',
  ];
  const findingsOf = (messages: string[]): Finding[] =>
    messages.map((message, i) => ({
      severity: 'error',
      file: `news/<b>*${String.fromCharCode(97 + i)}*</b>.md`,
      field: '`x`|@y',
      message,
      typed: '<i>@z</i>',
    }));
  const $ = render(formatMarkdown(findingsOf(hostile)));
  /** What a reader sees: the rendered text, without the zero-width spaces that stop the mentions. */
  const seen = (text: string) => text.replace(/\u200b/g, '');

  test('no HTML, code, table, link, heading, quote, emphasis or maths comes from it', () => {
    expect($('script, b, i, code, pre, table, img, h1, h2, blockquote, em, del, math, ol').length).toBe(0);
    // A bare address stays clickable, as GitHub shows it anywhere; a link with other text is not made.
    expect(
      $('a')
        .map((_, a) => [[$(a).attr('href'), $(a).text()]])
        .get(),
    ).toEqual([['https://example.com', 'https://example.com']]);
    expect($('h3').length).toBe(1); // the one heading of the errors
    expect($('strong').length).toBe(hostile.length); // the file names, nothing else
    expect($('ul').length).toBe(hostile.length); // one list a file, none nested
    expect($('li').length).toBe(hostile.length);
  });

  test('staff read each message, file, field and value exactly as written (on one line)', () => {
    expect(
      $('li')
        .map((_, li) => seen($(li).text()))
        .get(),
    ).toEqual(hostile.map((m) => `trường "\`x\`|@y": ${m.replace(/\s+/g, ' ')} (giá trị tìm thấy: <i>@z</i>)`));
    expect(seen($('strong').first().text())).toBe('news/<b>*a*</b>.md');
  });

  test('a message that starts an item cannot start a list, a heading or a quote there', () => {
    const starts = ['- a', '+ b', '* c', '1. d', '2) e', '# f', '> g', '=== h'];
    const $$ = render(formatMarkdown(starts.map((message) => ({ severity: 'note', file: 'site.yaml', message }))));
    expect($$('ul').length).toBe(1);
    expect($$('ol, h1, h2, h4, blockquote, hr').length).toBe(0);
    expect(
      $$('li')
        .map((_, li) => seen($$(li).text()))
        .get(),
    ).toEqual(starts);
  });

  test('no @name nor #number is left for GitHub to link', () => {
    const text = $.root().text();
    expect(text).not.toMatch(/@[a-z0-9]/i);
    expect(text).not.toMatch(/#\d/);
    expect(escapeMarkdown('@nguyenvana #12')).toBe('@\u200bnguyenvana #\u200b12');
  });
});

describe('a long list', () => {
  const many: Finding[] = Array.from({ length: 5000 }, (_, i) => ({
    severity: 'error',
    file: `bulletins/2020-${String(i).padStart(4, '0')}.md`,
    line: i + 1,
    field: 'stats.confirmed',
    message: 'Ca mắc tích lũy là số tích lũy, không được giảm so với bản tin trước',
  }));

  test('is cut so that the body stays under GitHub’s 65,536 characters, saying how many were left out', () => {
    const body = failureBody(failure({ report: { errors: many.length, findings: many } }));
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.length).toBeGreaterThan(60_000); // cut near the limit, not long before
    const shown = body.split('\n').filter((l) => l.startsWith('- dòng')).length;
    expect(shown).toBeGreaterThan(100);
    expect(body).toContain(`\n… và ${many.length - shown} mục khác.\n`);
    expect(body.endsWith('5000 lỗi, 0 cảnh báo, 0 ghi chú.')).toBe(true);
  });

  test('what was left out is said after the list, not inside its last item', () => {
    const $ = render(formatMarkdown(many.slice(0, 20), 1000));
    expect($('li').last().text()).not.toContain('mục khác');
    expect($('p').last().prev().text()).toMatch(/^… và \d+ mục khác\.$/);
  });

  test('is not cut when it fits', () => {
    expect(formatMarkdown(many.slice(0, 3))).not.toContain('mục khác');
    expect(formatMarkdown(many.slice(0, 3), 300)).toContain('… và');
  });
});

test('the plain report of npm run check is unchanged', () => {
  expect(formatSections(findings)).toBe(
    [
      '== LỖI: phải sửa, trang chưa thể đăng (3) ==',
      'bulletins/2020-02-06.md',
      '  - dòng 3, trường "time" (Giờ chốt số liệu): cần giờ dạng HH:MM (giá trị tìm thấy: 15h00)',
      '  - dòng 4, trường "stats.confirmed" (Ca mắc tích lũy): là số tích lũy, không được giảm (giá trị tìm thấy: 10)',
      'hotlines.yaml',
      '  - dòng 2, trường "[0].phone" (Số điện thoại): số điện thoại phải đặt trong dấu ngoặc kép',
      '',
      '== CẢNH BÁO: nên xem lại trước khi đăng (1) ==',
      'news/tin-moi.md',
      '  - dòng 3, trường "image" (Ảnh): ảnh nặng 2,1 MB, nên dưới 500 KB',
      '',
      '3 lỗi, 1 cảnh báo, 0 ghi chú.',
    ].join('\n'),
  );
});

test('the report file: the check’s JSON, or nothing when the check did not finish', () => {
  expect(parseReport(JSON.stringify({ ok: false, errors: 3, warnings: 1, findings }))).toEqual({ errors: 3, findings });
  expect(parseReport('')).toBeUndefined();
  expect(parseReport('> sukien@0.1.0 check\n{')).toBeUndefined();
  expect(parseReport('{"ok": true}')).toBeUndefined();
});

test('the closing comment says when the site was published, in Vietnam time', () => {
  expect(publishedComment(at, runUrl)).toBe(
    `Đã đăng được lúc 15h05 ngày 06/02/2020 (giờ Việt Nam). Trang đã hiển thị nội dung mới. Chi tiết: ${runUrl}`,
  );
});
