/**
 * `npm run build`, step by step (src/build/README.md draws it):
 * 1. validate the content folder and stage what is published now: a content mistake stops
 *    here, with every problem listed in Vietnamese, before anything is written;
 * 2. Astro builds the site into a fresh folder, in a process of its own, with the
 *    integrations of src/build/integrations/;
 * 3. Pagefind indexes the built pages in two parts, the current one and the archive, which
 *    is copied from the last build while none of its pages changed (./search-index.ts); then the editor's code is put in
 *    /admin/ (./editor-bundle.ts);
 * 4. the new site replaces the published one in one rename, and the next moment the site
 *    changes by the clock is written down for the deploy workflow's schedule (./next-due.ts).
 * The published site is never touched before the last step: a failure anywhere leaves it as
 * it was.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadedContent } from '../content-folder/load.ts';
import { ContentError, prepareContent } from '../content-folder/prepare.ts';
import { SEARCH_PARTS_FILE } from '../content-folder/search-parts.ts';
import { archiveYearsText, type SearchParts } from '../domain/search-parts.ts';
import { formatInstant } from '../domain/vn-time.ts';
import { explainAstroFailure } from './astro-failure.ts';
import { pagesReused } from './astro-internals.ts';
import { buildOptions, optionsEnv } from './options.ts';
import { copyEditor, prepareEditor } from './editor-bundle.ts';
import { dueRecord, writeDueRecord } from './next-due.ts';
import { indexSite } from './search-index.ts';

const options = buildOptions();
const shown = (dir: string) => path.relative(process.cwd(), dir) || dir;

function fail(message: string): never {
  if (message) console.error(message);
  console.error(`\nKhông tạo trang: ${shown(options.outDir)} giữ nguyên như lần tạo trước.`);
  process.exit(1);
}

const timings: Record<string, number> = {};
const started = performance.now();
const since = (t: number) => Math.round(performance.now() - t);

let content: LoadedContent;
try {
  content = await prepareContent(options, options.now, { overrides: options.site });
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  fail(`Nội dung trong ${options.contentDir} có lỗi cần sửa:\n${error.report}`);
}
timings.prepare = since(started);

const astroStarted = performance.now();
rmSync(options.nextDir, { recursive: true, force: true });
const astro = spawn(process.execPath, [path.join(options.root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', options.nextDir], {
  cwd: options.root,
  // Astro's errors are held back, to be shown inside a Vietnamese message (./astro-failure.ts);
  // its log is passed on as it comes, and read for the pages it copied from its cache.
  stdio: ['inherit', 'pipe', 'pipe'],
  env: {
    ...process.env,
    ...optionsEnv(options),
    ASTRO_TELEMETRY_DISABLED: '1',
    // The bundler and the Markdown renderer (Rust, mimalloc) return freed memory at once, for a lower peak (docs/performance.md).
    MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0',
  },
});
let astroErrors = '';
let astroLog = '';
astro.stderr.setEncoding('utf8').on('data', (text: string) => (astroErrors += text));
astro.stdout.setEncoding('utf8').on('data', (text: string) => {
  astroLog += text;
  process.stdout.write(text);
});
const [status] = (await once(astro, 'close')) as [number | null];
if (status !== 0) fail(explainAstroFailure(astroErrors, options.contentDir));
if (astroErrors) process.stderr.write(astroErrors);
timings.astro = since(astroStarted);
const { built, reused } = pagesReused(astroLog);
console.log(`Trang và tệp: tạo mới ${built - reused}, dùng lại ${reused} không đổi từ lần tạo trước.`);

const searchStarted = performance.now();
try {
  const parts = JSON.parse(readFileSync(path.join(options.stageDir, SEARCH_PARTS_FILE), 'utf8')) as SearchParts;
  const indexed = await indexSite(options.nextDir, { archive: parts.archive, workDir: options.workDir, cacheDir: options.cacheDir });
  const years = parts.archiveYears && archiveYearsText(parts.archiveYears);
  console.log(
    `Chỉ mục tìm kiếm: ${indexed.current} trang` +
      (years
        ? `; lưu trữ ${years}: ${indexed.archive} trang, ${indexed.archiveReused ? 'dùng lại của lần tạo trước' : 'đã lập lại'}.`
        : '.'),
  );
} catch (error) {
  fail(`Không tạo được chỉ mục tìm kiếm: ${error instanceof Error ? error.message : String(error)}`);
}
timings.search = since(searchStarted);

// The editor's code, bundled only when the code changed (./editor-bundle.ts), and alone: beside
// validation or the search index, its bundler's memory would take the build over 2 GB.
const editorStarted = performance.now();
try {
  const { reused } = await prepareEditor(options.root, options.cacheDir);
  await copyEditor(options.cacheDir, options.nextDir);
  console.log(`Trang biên tập: ${reused ? 'dùng lại mã của lần tạo trước' : 'đã đóng gói mã'}.`);
} catch (error) {
  fail(`Không tạo được trang biên tập: ${error instanceof Error ? error.message : String(error)}`);
}
timings.editor = since(editorStarted);

// Swap in one step: the old site stays whole until the new one is complete.
const oldDir = `${options.outDir}.old`;
rmSync(oldDir, { recursive: true, force: true });
if (existsSync(options.outDir)) renameSync(options.outDir, oldDir);
renameSync(options.nextDir, options.outDir);
rmSync(oldDir, { recursive: true, force: true });
timings.total = since(started);
// For the deploy workflow's schedule: when the site next changes without a commit (./next-due.ts).
const due = dueRecord(content, options.now);
writeDueRecord(options.workDir, due);
// For the benchmark (scripts/bench.ts): how long each step of this build took, in milliseconds.
mkdirSync(options.workDir, { recursive: true });
writeFileSync(path.join(options.workDir, 'build-timings.json'), `${JSON.stringify(timings)}\n`);
console.log(`Đã tạo trang trong ${shown(options.outDir)}.`);
console.log(
  due.nextDue
    ? `Lần tự cập nhật tiếp theo (nội dung hẹn giờ, văn bản đổi hiệu lực, thông báo hết hạn): ${formatInstant(new Date(due.nextDue))}.`
    : 'Không có nội dung nào tự thay đổi theo giờ: trang chỉ cần tạo lại khi nội dung đổi.',
);
