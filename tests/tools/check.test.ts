import { describe, expect, test } from 'vitest';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { ROOT } from '../helpers/build.ts';
import { makeContent, md } from '../helpers/content.ts';
import { tempFolders } from '../helpers/temp.ts';
import { runTool } from '../helpers/tools.ts';

const fixture = (name: string) => path.join(ROOT, 'tests/fixtures', name);
const temp = tempFolders('check');

/** A real PNG over 1 MB: random pixels do not compress. */
const HEAVY_PNG = await sharp(randomBytes(700 * 700 * 3), { raw: { width: 700, height: 700, channels: 3 } })
  .png()
  .toBuffer();

describe('npm run check', () => {
  test('valid content exits 0 and says it can be published', () => {
    const run = runTool('check', [], { contentDir: fixture('minimal') });
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('Nội dung hợp lệ, có thể đăng.');
    expect(run.stdout).toContain('sẽ đăng lúc 08h00 ngày 01/01/2099'); // what is scheduled, and when
  });

  test('every mistake is listed under errors, by file, with its line, and the exit code is 1', () => {
    const run = runTool('check', [], { contentDir: fixture('bad') });
    expect(run.status).toBe(1);
    const errors = run.stdout.slice(run.stdout.indexOf('== LỖI'));
    expect(errors).toMatch(
      /^hotlines\.yaml\n {2}- dòng 2, trường "\[0\]\.phone" \(Số điện thoại\): số điện thoại phải đặt trong dấu ngoặc kép/m,
    );
    expect(errors).toMatch(
      /^bulletins\/2020-02-06\.md\n {2}- dòng 4, trường "stats\.confirmed" \(Ca mắc tích lũy\): Ca mắc tích lũy là số tích lũy, không được giảm/m,
    );
    expect(errors).toContain('dòng 3, trường "time" (Giờ chốt số liệu): cần giờ dạng HH:MM');
    expect(errors).toContain('trường "kind" (Loại văn bản): cần một trong: chi-thi');
    expect(errors).toContain('dòng 8, trường "attachments[0].file"');
    expect(errors).toContain('trường "date" (Ngày đăng): thiếu trường bắt buộc');
    expect(run.stdout).toContain('Có lỗi: hãy sửa các mục LỖI ở trên rồi kiểm tra lại.');
  });

  test('--json gives the same findings to machines', () => {
    const run = runTool('check', ['--json'], { contentDir: fixture('bad') });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      errors: number;
      findings: { file: string; field?: string; line?: number; severity: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.errors).toBe(6);
    expect(report.findings).toContainEqual(
      expect.objectContaining({ severity: 'error', file: 'hotlines.yaml', field: '[0].phone', line: 2 }),
    );
  });

  test('--github writes annotations that show on the pull request', () => {
    const run = runTool('check', ['--github'], { contentDir: fixture('bad') });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=tests\/fixtures\/bad\/hotlines\.yaml,line=2,title=\[0\]\.phone::số điện thoại/m);
  });

  test('in GitHub Actions: the JSON report also goes to --json-file, and the Markdown report to the run’s summary', () => {
    const dir = temp('actions');
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, '# Bước trước\n');
    const run = runTool('check', ['--github', '--json-file', path.join(dir, 'findings.json')], {
      contentDir: fixture('bad'),
      env: { GITHUB_STEP_SUMMARY: summary },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=tests\/fixtures\/bad\/hotlines\.yaml,line=2/m); // the annotations stay
    expect((JSON.parse(readFileSync(path.join(dir, 'findings.json'), 'utf8')) as { errors: number }).errors).toBe(6);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# Bước trước\n## Kiểm tra nội dung\n\nCó lỗi: hãy sửa các mục LỖI dưới đây rồi lưu lại.\n')).toBe(true);
    expect(text).toContain('### LỖI: phải sửa, trang chưa thể đăng (6)');
    expect(text).toContain(
      '**hotlines.yaml**\n- dòng 2, trường "\\[0\\].phone" (Số điện thoại): số điện thoại phải đặt trong dấu ngoặc kép',
    );
  });

  test('advice: broken links, heavy images, missing cited documents, odd figures, personal data (warnings and notes exit 0)', () => {
    const days = Array.from({ length: 10 }, (_, i) => i + 1);
    const files: Record<string, string | Buffer> = {
      'news/a.md': md(
        'title: Tin\ndate: 2020-03-01\nimage: ./to.png\nimageAlt: Ảnh',
        'Xem [trang cũ](/thong-tin/khong-co/), [đường dây nóng](/duong-day-nong/) và [bản scan](/van-ban/03-ct-ubnd/03-ct-ubnd.pdf).\n\nThực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020.\n\nBệnh nhân BN17, CCCD 020187001234, ở số nhà 15 ngõ 3.',
      ),
      'news/to.png': HEAVY_PNG,
      'directives/03-ct-ubnd.md': md(
        'number: 03/CT-UBND\nkind: chi-thi\ntitle: Về việc phòng, chống dịch\nissuer: UBND tỉnh\nissued: 2020-01-31\nattachments:\n  - { file: ./03-ct-ubnd.pdf, label: Bản scan }',
      ),
      'directives/03-ct-ubnd.pdf': '%PDF-1.4\n%%EOF\n',
    };
    for (const d of days)
      files[`bulletins/2020-03-${String(d).padStart(2, '0')}.md`] = md(
        `date: 2020-03-${String(d).padStart(2, '0')}\nstats: { tested: ${d === 10 ? 9000 : 100 + d * 10} }`,
      );
    const run = runTool('check', [], { contentDir: makeContent(files) });
    expect(run.status, run.output).toBe(0);
    const warnings = run.stdout.slice(run.stdout.indexOf('== CẢNH BÁO'), run.stdout.indexOf('== GHI CHÚ'));
    expect(warnings).toContain('dòng 7: liên kết tới trang không có trên trang web');
    expect(warnings).not.toContain('/duong-day-nong/');
    expect(warnings).not.toContain('03-ct-ubnd.pdf');
    expect(warnings).toMatch(/nặng 1,\d MB, quá 1 MB/);
    expect(warnings).toMatch(
      /bulletins\/2020-03-10\.md\n {2}- trường "stats\.tested" \(Mẫu đã xét nghiệm\): Mẫu đã xét nghiệm thay đổi \+8\.810/,
    );
    expect(warnings).toContain('số căn cước');
    expect(warnings).toContain('địa chỉ nhà của người bệnh');
    expect(warnings).toContain('Nghị định 13/2023/NĐ-CP');
    expect(run.stdout.slice(run.stdout.indexOf('== GHI CHÚ'))).toContain('"16/CT-TTg"');
  });
});
