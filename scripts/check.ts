/**
 * npm run check: validates the content folder (CONTENT_DIR honoured) without building the
 * site. Every rule of the content format, plus advice: broken internal links, heavy images,
 * cited documents missing from the register, figures that look like typos, personal data.
 *
 *   npm run check                 the report, in Vietnamese, grouped by file
 *   npm run check -- --json       the same findings as JSON
 *   npm run check -- --github     GitHub annotations, so problems show on the pull request
 *   --json-file <file>            also writes the JSON report to a file (the deploy workflow's
 *                                 issue of a failed publish is made from it)
 *
 * In GitHub Actions (GITHUB_STEP_SUMMARY set), the report also goes, in Markdown, to the
 * run's summary page: the same text as the issue of a failed publish.
 *
 * Exit code: 1 when there is an error; warnings and notes alone exit 0.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { adviseContent } from '../src/content-folder/advice.ts';
import { loadContent } from '../src/content-folder/load.ts';
import { resolvePaths } from '../src/content-folder/paths.ts';
import { formatMarkdown, formatSections, hasErrors, type Finding } from '../src/domain/findings.ts';
import { buildClock } from '../src/domain/vn-time.ts';

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, github: { type: 'boolean', default: false }, 'json-file': { type: 'string' } },
});
const { contentDir } = resolvePaths();
const content = await loadContent(contentDir, buildClock(), { url: process.env.SITE_URL?.trim(), base: process.env.SITE_BASE?.trim() });
const findings: Finding[] = [...content.findings, ...adviseContent(content)];
const failed = hasErrors(findings);
const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
const json = JSON.stringify(
  { contentDir, ok: !failed, errors: count('error'), warnings: count('warning'), notes: count('note'), findings },
  null,
  2,
);

if (values['json-file']) writeFileSync(values['json-file'], `${json}\n`);
const summary = process.env.GITHUB_STEP_SUMMARY?.trim();
if (summary) {
  // GitHub takes up to 1 MiB of summary per step; a Vietnamese character is up to 3 bytes.
  const verdict = failed ? 'Có lỗi: hãy sửa các mục LỖI dưới đây rồi lưu lại.' : 'Nội dung hợp lệ, có thể đăng.';
  appendFileSync(summary, `## Kiểm tra nội dung\n\n${verdict}\n\n${formatMarkdown(findings, 300_000)}\n`);
}

if (values.json) {
  console.log(json);
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
