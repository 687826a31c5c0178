/**
 * npm run build: validate the content folder, build the site with Astro into a fresh folder,
 * index it for search (Pagefind), and only when everything succeeded replace dist/ with it. A content mistake or a
 * failed build leaves the previous dist/ exactly as it was.
 *
 * Environment: CONTENT_DIR (content folder), OUT_DIR (default dist), SUKIEN_WORK_DIR
 * (working folder, default .sukien), SOURCE_DATE_EPOCH (the build clock).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT, resolvePaths } from '../src/content-folder/paths.ts';
import { unpackFileBundle } from '../src/lib/file-bundle.ts';
import { forgetCachedPages } from '../src/integration/cached-pages.ts';
import { releaseWhenPrepared } from '../src/integration/content-ready.ts';
import { explainAstroFailure } from '../src/integration/astro-failure.ts';
import {
  completeIndex,
  indexPagesOf,
  readSearchCache,
  startSearchIndex,
  writeSearchCache,
  type SearchIndex,
  type SearchParts,
} from './search-index.ts';

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
// Astro's incremental build copies the pages that did not change from its cache
// (src/lib/page-keys.ts); their searchable parts come from ours. Without ours (first build, or
// the last one failed), Astro renders every page again. Once the content is valid, ours is
// removed until this build has succeeded, so that a failed build can never leave the two
// caches out of step (and a content mistake costs the next build nothing).
const searchCacheFile = path.join(paths.cacheDir, 'search-pages.json');
const cached = readSearchCache(searchCacheFile);

// Validation and staging run in a process of their own, while Astro loads itself: Astro waits
// for them before it reads any content (src/integration/content-ready.ts).
const preparing = spawn(process.execPath, [path.join(PROJECT_ROOT, 'scripts/prepare.ts')], { cwd: PROJECT_ROOT, stdio: 'inherit' });
const validated = once(preparing, 'close').then(([code]) => {
  timings.prepare = since(started);
  if (code !== 0) throw new Error('content');
  rmSync(searchCacheFile, { force: true });
  if (!cached) forgetCachedPages(paths.cacheDir);
});
validated.catch(() => undefined);

rmSync(nextDir, { recursive: true, force: true });
const astroStarted = performance.now();
// An IPC channel: src/middleware.ts sends each rendered page's searchable part over it.
const astro = spawn(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', nextDir], {
  cwd: PROJECT_ROOT,
  // Astro's errors are held back, to be shown inside a Vietnamese message (src/integration/astro-failure.ts).
  stdio: ['inherit', 'inherit', 'pipe', 'ipc'],
  env: {
    ...process.env,
    SUKIEN_PREPARED: 'ipc',
    SUKIEN_SEARCH_IPC: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    // The bundler and the Markdown renderer (Rust, mimalloc) return freed memory at once
    // instead of keeping it for later: some 250 MB less at the peak of a 10-year build.
    MIMALLOC_PURGE_DELAY: process.env.MIMALLOC_PURGE_DELAY ?? '0',
  },
});
let astroErrors = '';
astro.stderr!.setEncoding('utf8').on('data', (text: string) => (astroErrors += text));
// Astro decides how long the build takes: it renders on one core, and the other core is all
// that is left for Pagefind to index, for Astro's writes to the disk and for its garbage
// collector. Pagefind, started next from this thread, inherits a lower priority, so that Astro
// gets the CPU it asks for first; Pagefind catches up while Astro waits on the disk
// (docs/performance.md).
try {
  setPriority(10);
} catch {
  // Not allowed here: the build is only a little slower.
}
// The parts kept from the last build go in first, so a page rendered again replaces its part.
const starting = startSearchIndex(cached);
starting.catch(() => undefined);
const indexing = indexPagesOf(astro, starting);
indexing.catch(() => undefined);
releaseWhenPrepared(astro, validated).catch(() => undefined);

/** Stop both child processes, then fail. */
function stop(message: string): never {
  preparing.kill();
  astro.kill();
  fail(message);
}
try {
  await validated;
} catch {
  // The content has errors, listed above by scripts/prepare.ts.
  stop('');
}
let search: SearchIndex;
try {
  search = await starting;
} catch (error) {
  stop(`Không khởi động được Pagefind để lập chỉ mục tìm kiếm: ${error instanceof Error ? error.message : String(error)}`);
}
const { status, missing, rendered, all } = await indexing;
if (status !== 0 || missing) {
  await search.close();
  fail(status !== 0 ? explainAstroFailure(astroErrors, paths.contentDir) : `Chỉ mục tìm kiếm không đủ: ${missing}`);
}
if (astroErrors) process.stderr.write(astroErrors);
timings.astro = since(astroStarted);
console.log(`Trang: tạo mới ${rendered.size}, dùng lại ${all.length - rendered.size} trang không đổi từ lần tạo trước.`);

const searchStarted = performance.now();
let kept: SearchParts;
try {
  ({ search, parts: kept } = await completeIndex(search, {
    all,
    rendered,
    cached: cached ?? new Map<string, string | null>(),
    siteDir: nextDir,
  }));
  // Each bulletin's data files (src/lib/file-bundle.ts) are written meanwhile, on the other core.
  const [{ pages }, dataFiles] = await Promise.all([search.write(nextDir), unpackFileBundle(pathToFileURL(`${nextDir}/`))]);
  timings.search = since(searchStarted);
  console.log(`Chỉ mục tìm kiếm: ${pages} trang. Đã ghi ${dataFiles} tệp dữ liệu của từng bản tin.`);
} catch (error) {
  await search.close();
  fail(`Không tạo được chỉ mục tìm kiếm hoặc tệp dữ liệu của bản tin: ${error instanceof Error ? error.message : String(error)}`);
}

// Swap in one step: the old site stays whole until the new one is complete.
const oldDir = `${outDir}.old`;
rmSync(oldDir, { recursive: true, force: true });
if (existsSync(outDir)) renameSync(outDir, oldDir);
renameSync(nextDir, outDir);
rmSync(oldDir, { recursive: true, force: true });
mkdirSync(paths.cacheDir, { recursive: true });
writeSearchCache(searchCacheFile, kept);
timings.total = since(started);
// For the benchmark (scripts/bench): how long each step of this build took, in milliseconds.
writeFileSync(path.join(paths.workDir, 'build-timings.json'), `${JSON.stringify(timings)}\n`);
console.log(`Đã tạo trang trong ${path.relative(process.cwd(), outDir) || outDir}.`);
