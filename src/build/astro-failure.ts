/**
 * What staff read when Astro itself fails: a Vietnamese message first, naming the content
 * file when Astro's report names one, then Astro's own report for the technical staff, without
 * its stack trace. Content mistakes are caught before Astro runs; this is for the rest.
 */
import path from 'node:path';

/** Astro's report without stack frames and colour codes. */
function withoutStack(report: string): string {
  return (
    report
      // eslint-disable-next-line no-control-regex -- the terminal's colour codes
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .filter((line) => !/^\s+at\s/.test(line) && !/^\s*Stack trace:\s*$/.test(line))
      .join('\n')
      .trim()
  );
}

export function explainAstroFailure(report: string, contentDir: string): string {
  const detail = withoutStack(report);
  const root = path.resolve(contentDir) + path.sep;
  const named = [...detail.matchAll(/(\/[^\s`'"()]+)/g)].map((m) => m[1]!).find((p) => p.startsWith(root));
  const file = named ? `\n  Tệp liên quan: ${path.relative(contentDir, named).split(path.sep).join('/')}` : '';
  return [
    `LỖI khi tạo trang: Astro dừng lại nên trang chưa được tạo.${file}`,
    '  Nội dung đã qua bước kiểm tra; nếu lỗi nhắc tới một tệp nội dung, hãy xem lại tệp đó, nếu không, hãy gửi nguyên thông báo này cho người quản trị kỹ thuật.',
    '',
    'Chi tiết kỹ thuật (tiếng Anh, cho người quản trị):',
    detail
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n'),
  ].join('\n');
}
