/**
 * npm run build: validate the content folder, build the site with Astro into a fresh folder,
 * index it for search (Pagefind), and only when everything succeeded replace dist/ with it. A content mistake or a
 * failed build leaves the previous dist/ exactly as it was.
 *
 * Environment: CONTENT_DIR (content folder), OUT_DIR (default dist), SUKIEN_WORK_DIR
 * (working folder, default .sukien), SOURCE_DATE_EPOCH (the build clock).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, resolvePaths } from '../src/content-folder/paths.ts';
import { indexPagesOf, startSearchIndex } from './search-index.ts';

const paths = resolvePaths();
const outDir = path.resolve(PROJECT_ROOT, process.env.OUT_DIR?.trim() || 'dist');
const nextDir = path.join(paths.workDir, 'dist-next');

function fail(message: string): never {
  if (message) console.error(message);
  console.error(`\nKhông tạo trang: ${path.relative(process.cwd(), outDir) || outDir} giữ nguyên như lần tạo trước.`);
  process.exit(1);
}

const timings: Record<string, number> = {};
const started = performance.now();
const since = (t: number) => Math.round(performance.now() - t);
const prepared = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/prepare.ts')], { cwd: PROJECT_ROOT, stdio: 'inherit' });
if (prepared.status !== 0) fail('');
timings.prepare = since(started);

rmSync(nextDir, { recursive: true, force: true });
const astroStarted = performance.now();
const search = await startSearchIndex();
// An IPC channel: src/middleware.ts sends each rendered page's searchable part over it.
const astro = spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', nextDir], {
  cwd: PROJECT_ROOT,
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  env: { ...process.env, SUKIEN_PREPARED: '1', SUKIEN_SEARCH_IPC: '1', ASTRO_TELEMETRY_DISABLED: '1' },
});
const { status, missing } = await indexPagesOf(astro, search);
if (status !== 0 || missing) {
  await search.close();
  fail(status !== 0 ? 'Astro không tạo được trang (xem thông báo ở trên).' : `Chỉ mục tìm kiếm không đủ: ${missing}`);
}
timings.astro = since(astroStarted);

const searchStarted = performance.now();
try {
  const { pages } = await search.write(nextDir);
  timings.search = since(searchStarted);
  console.log(`Chỉ mục tìm kiếm: ${pages} trang.`);
} catch (error) {
  fail(`Không tạo được chỉ mục tìm kiếm: ${error instanceof Error ? error.message : String(error)}`);
}

// Swap in one step: the old site stays whole until the new one is complete.
const oldDir = `${outDir}.old`;
rmSync(oldDir, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, oldDir);
renameSync(nextDir, outDir);
rmSync(oldDir, { recursive: true, force: true });
timings.total = since(started);
// For the benchmark (scripts/bench): how long each step of this build took, in milliseconds.
writeFileSync(path.join(paths.workDir, 'build-timings.json'), `${JSON.stringify(timings)}\n`);
console.log(`Đã tạo trang trong ${path.relative(process.cwd(), outDir) || outDir}.`);
