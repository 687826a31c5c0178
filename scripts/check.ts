/**
 * npm run check: validates the content folder (CONTENT_DIR honoured) without building the
 * site. Every rule of the content format, plus advice: broken internal links, heavy images,
 * cited documents missing from the register, figures that look like typos, personal data.
 *
 *   npm run check                 the report, in Vietnamese, grouped by file
 *   npm run check -- --json       the same findings as JSON
 *   npm run check -- --github     GitHub annotations, so problems show on the pull request
 *
 * Exit code: 1 when there is an error; warnings and notes alone exit 0.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { adviseContent } from '../src/content-folder/advice.ts';
import { loadContent } from '../src/content-folder/load.ts';
import { resolvePaths } from '../src/content-folder/paths.ts';
import { formatSections, hasErrors, type Finding } from '../src/domain/findings.ts';
import { buildClock } from '../src/domain/vn-time.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, github: { type: 'boolean', default: false } } });
const { contentDir } = resolvePaths();
const content = await loadContent(contentDir, buildClock(), { url: process.env.SITE_URL?.trim(), base: process.env.SITE_BASE?.trim() });
const findings: Finding[] = [...content.findings, ...adviseContent(content)];
const failed = hasErrors(findings);

if (values.json) {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  console.log(
    JSON.stringify(
      { contentDir, ok: !failed, errors: count('error'), warnings: count('warning'), notes: count('note'), findings },
      null,
      2,
    ),
  );
} else if (values.github) {
  const level = { error: 'error', warning: 'warning', note: 'notice' } as const;
  const escape = (t: string) => t.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  for (const f of findings) {
    const file = path.relative(process.cwd(), path.join(contentDir, f.file)).split(path.sep).join('/');
    const props = [
      `file=${file}`,
      ...(f.line ? [`line=${f.line}`] : []),
      ...(f.field ? [`title=${escape(f.field).replace(/[,:]/g, ' ')}`] : []),
    ].join(',');
    console.log(`::${level[f.severity]} ${props}::${escape(f.message)}`);
  }
} else {
  console.log(`Kiểm tra nội dung trong ${contentDir}\n`);
  console.log(formatSections(findings));
  console.log(failed ? '\nCó lỗi: hãy sửa các mục LỖI ở trên rồi kiểm tra lại.' : '\nNội dung hợp lệ, có thể đăng.');
}
process.exit(failed ? 1 : 0);
