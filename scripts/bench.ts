/**
 * npm run bench [-- --years 10 --seed 2020 --runs 1 --json --load-seconds 10]: builds a synthetic content folder of N
 * years and reports the cold build split into phases, pages per second, peak memory, the
 * size of dist/ and of the search index, page weights, a rebuild after adding one bulletin,
 * and, in the same run, the floor: a bare Astro build of the same Markdown, then Pagefind's
 * command line over its output. Then the deploy job of the daily publish, step by step, from a
 * fresh clone of the committed code (scripts/bench/deploy-job.ts).
 *
 * With --runs N, the floor, the cold build and the rebuild are measured N times, one after
 * the other in that order, and the fastest of each is reported (the times of every run are
 * in the JSON): on a shared machine, other work only ever adds time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../src/content-folder/paths.ts';
import { SEARCH_INDEX } from '../src/domain/routes.ts';
import { writeCorpus } from './bench/corpus.ts';
import { writeFloorProject } from './bench/floor.ts';
import { measureFirstSearch } from './bench/first-search.ts';
import { measureLoad } from './bench/load.ts';
import { runDeployJob } from './bench/deploy-job.ts';
import { runMeasured, staticImports, type Measured } from './bench/measure.ts';

const { values } = parseArgs({
  options: {
    years: { type: 'string', default: '10' },
    seed: { type: 'string', default: '2020' },
    json: { type: 'boolean', default: false },
    'load-seconds': { type: 'string', default: '10' },
    runs: { type: 'string', default: '1' },
    growth: { type: 'string', default: '1,3' },
  },
});
const years = Number(values.years);
const root = path.join(PROJECT_ROOT, '.sukien/bench', `${years}y`);
const paths = {
  content: path.join(root, 'content'),
  work: path.join(root, 'work'),
  dist: path.join(root, 'dist'),
  floor: path.join(root, 'floor'),
};
/** The build clock: 2030-01-01 07:00 in Vietnam, the day after the 10-year corpus ends. */
const BUILD_CLOCK = '1893456000';
/** The deploy job clones what is committed: uncommitted changes are not measured by it. */
const DEPLOY_COMMIT = `${spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).stdout.trim()}${
  spawnSync('git', ['status', '--porcelain'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).stdout.trim()
    ? ', with uncommitted changes left out'
    : ''
}`;
const log = (text: string) => {
  if (!values.json) console.error(text);
};

function files(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .map((f) => path.join(dir, f))
        .filter((f) => statSync(f).isFile())
    : [];
}
const bytes = (dir: string) => files(dir).reduce((n, f) => n + statSync(f).size, 0);
const gz = (file: string) => gzipSync(readFileSync(file)).length;

function fail(what: string, run: Measured): never {
  console.error(`${what} failed:\n${run.output.slice(-4000)}`);
  process.exit(1);
}

/**
 * Every measured build starts with the disk idle: what the last build wrote (some 100 MB at
 * 10 years) reaches the disk first, so that no build pays for the one before it.
 */
const settle = () => spawnSync('sync');

async function build(
  at: { content: string; dist: string; work: string } = paths,
): Promise<{ run: Measured; timings: Record<string, number> }> {
  // Without CI set: Astro's log then gives each route's render time, which the bench reads.
  const { CI: _ci, ...inherited } = process.env;
  const env = {
    ...inherited,
    CONTENT_DIR: at.content,
    OUT_DIR: at.dist,
    SUKIEN_WORK_DIR: at.work,
    SOURCE_DATE_EPOCH: BUILD_CLOCK,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  settle();
  const run = await runMeasured(process.execPath, [path.join(PROJECT_ROOT, 'scripts/build.ts')], { cwd: PROJECT_ROOT, env });
  if (run.status !== 0) fail('The build', run);
  return { run, timings: JSON.parse(readFileSync(path.join(at.work, 'build-timings.json'), 'utf8')) as Record<string, number> };
}

/** Astro's own log: the time of "generating static routes", of images, of each feed or data file, and of the search index. */
function astroPhases(output: string) {
  const block = (name: string) => {
    const at = output.indexOf(name);
    const m = at < 0 ? null : /Completed in ([\d.]+)(m?s)/.exec(output.slice(at));
    return m ? Math.round(Number(m[1]) * (m[2] === 's' ? 1000 : 1)) : 0;
  };
  const feedsAndData = [...output.matchAll(/\/\S+\.(?:xml|csv|json) \(\+(\d+)ms\)/g)].reduce((n, m) => n + Number(m[1]), 0);
  return { routes: block('generating static routes'), images: block('generating optimized images'), feedsAndData };
}

/** Weight of each page as a phone downloads it: HTML, CSS and the site's own JS (each script with what it imports statically), compressed (images and Pagefind excluded). */
function pageWeights() {
  const cache = new Map<string, number>();
  const asset = (url: string) => {
    if (!cache.has(url)) {
      const file = path.join(paths.dist, url);
      cache.set(url, existsSync(file) ? gz(file) : 0);
    }
    return cache.get(url)!;
  };
  /** A script and every module it imports statically, each counted once. */
  const script = (url: string, seen = new Set<string>()): number => {
    if (seen.has(url)) return 0;
    seen.add(url);
    const file = path.join(paths.dist, url);
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const imports = staticImports(text).map((i) => path.posix.join(path.posix.dirname(url), i));
    return asset(url) + imports.reduce((n, i) => n + script(i, seen), 0);
  };
  return files(paths.dist)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((n, m) => n + asset(m[1]!), 0);
      const seen = new Set<string>();
      const js = [...html.matchAll(/<script[^>]+src="(\/_astro\/[^"]+)"/g)].reduce((n, m) => n + script(m[1]!, seen), 0);
      return { page: `/${path.relative(paths.dist, file)}`, bytes: gzipSync(html).length + css + js, js };
    })
    .sort((a, b) => a.bytes - b.bytes);
}

// Output of earlier runs is moved aside and deleted after the measurements: deleting tens of
// thousands of files just before a build slows the file creation of that build on some file
// systems (ext4 looks for recently freed inodes), which would measure the cleanup, not the build.
const trash = path.join(root, 'trash');
rmSync(trash, { recursive: true, force: true });
mkdirSync(trash, { recursive: true });
let trashed = 0;
const moveAside = (dir: string) => {
  if (existsSync(dir)) renameSync(dir, path.join(trash, String(trashed++)));
};

log(`Corpus: ${years} năm (seed ${values.seed}) → ${paths.content}`);
moveAside(paths.content);
const corpus = await writeCorpus(paths.content, { years, seed: Number(values.seed) });

/** The day's bulletin that the rebuild and the deploy job publish: the last one's figures, the next day. */
function dayAfterOf(contentDir: string, lastDate: string): { file: string; text: string } {
  const next = new Date(new Date(`${lastDate}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
  const last = readFileSync(path.join(contentDir, 'bulletins', `${lastDate}.md`), 'utf8');
  return {
    file: path.join(contentDir, 'bulletins', `${next}.md`),
    text: last.replace(`date: ${lastDate}`, `date: ${next}`).replace(/confirmedNew: \d+/, 'confirmedNew: 0'),
  };
}
const { file: nextBulletin, text: dayAfter } = dayAfterOf(paths.content, corpus.lastDate);

const htmlPages = (dir: string) => files(dir).filter((f) => f.endsWith('.html')).length;

/**
 * Growth: the same cold build and rebuild on a smaller corpus, once each, so that the time per
 * page and the rebuild's time can be read against the years (the noise of one run is ±15 %).
 */
async function growthAt(size: number) {
  const dir = path.join(PROJECT_ROOT, '.sukien/bench', `${size}y`);
  const at = { content: path.join(dir, 'content'), dist: path.join(dir, 'dist'), work: path.join(dir, 'work') };
  for (const d of Object.values(at)) moveAside(d);
  const small = await writeCorpus(at.content, { years: size, seed: Number(values.seed) });
  const cold = await build(at);
  const pages = htmlPages(at.dist);
  const day = dayAfterOf(at.content, small.lastDate);
  writeFileSync(day.file, day.text);
  moveAside(at.dist);
  moveAside(path.join(at.work, 'content'));
  const rebuild = await build(at);
  rmSync(day.file);
  return { years: size, pages, coldMs: cold.run.ms, msPerPage: Math.round((cold.run.ms / pages) * 100) / 100, rebuildMs: rebuild.run.ms };
}

/**
 * The floor, the same job done minimally: a bare Astro build of the same Markdown, then
 * Pagefind's command line over its output (a floor without search would understate what any
 * site with search must do). Both are reported; the targets are against the floor with search.
 */
async function floorBuild(dir: string): Promise<{ astro: Measured; search: Measured; ms: number; peakBytes: number }> {
  moveAside(dir);
  writeFloorProject(dir, paths.content, path.join(PROJECT_ROOT, 'node_modules'));
  settle();
  const astro = await runMeasured(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (astro.status !== 0) fail('The floor build', astro);
  const search = await runMeasured(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', path.join(dir, 'dist')],
    {
      cwd: dir,
      env: process.env,
    },
  );
  if (search.status !== 0) fail('Pagefind over the floor', search);
  return { astro, search, ms: astro.ms + search.ms, peakBytes: Math.max(astro.peakBytes, search.peakBytes) };
}

const runs = Math.max(1, Number(values.runs));
const floors: Awaited<ReturnType<typeof floorBuild>>[] = [];
const colds: Awaited<ReturnType<typeof build>>[] = [];
const rebuilds: Awaited<ReturnType<typeof build>>[] = [];
let weights: ReturnType<typeof pageWeights> = [];
for (let i = 1; i <= runs; i++) {
  const of = runs > 1 ? ` (${i}/${runs})` : '';
  log(`Floor: bare Astro build of the same Markdown, then Pagefind's CLI${of}…`);
  floors.push(await floorBuild(paths.floor));

  log(`Cold build${of}…`);
  moveAside(paths.work);
  moveAside(paths.dist);
  colds.push(await build());
  if (i === 1) weights = pageWeights();

  log(`Rebuild after adding one bulletin${of}…`);
  writeFileSync(nextBulletin, dayAfter);
  // As the deploy workflow runs it: a fresh checkout with Astro's caches restored (.sukien/cache),
  // so no previous dist/ and no staged content.
  moveAside(paths.dist);
  moveAside(path.join(paths.work, 'content'));
  rebuilds.push(await build());
  rmSync(nextBulletin);
}
log(`The deploy job of the daily publish, as the workflow runs it (commit ${DEPLOY_COMMIT})…`);
const { CI: _ci, OUT_DIR: _out, SUKIEN_WORK_DIR: _work, CONTENT_DIR: _content, ...jobEnv } = process.env;
const deployJob = await runDeployJob(PROJECT_ROOT, path.join(root, 'deploy-job'), {
  contentDir: paths.content,
  env: { ...jobEnv, SOURCE_DATE_EPOCH: BUILD_CLOCK },
  addBulletin: () => writeFileSync(nextBulletin, dayAfter),
}).finally(() => rmSync(nextBulletin, { force: true }));

const growthSizes = values.growth
  .split(',')
  .map(Number)
  .filter((n) => n > 0 && n < years);
const smaller: Awaited<ReturnType<typeof growthAt>>[] = [];
for (const size of growthSizes) {
  log(`Growth: a cold build and a rebuild at ${size} năm…`);
  smaller.push(await growthAt(size));
}

const fastest = <T>(list: T[], ms: (t: T) => number) => list.reduce((a, b) => (ms(b) < ms(a) ? b : a));
const cold = fastest(colds, (c) => c.run.ms);
const rebuild = fastest(rebuilds, (r) => r.run.ms);
const floor = fastest(floors, (f) => f.ms);
const floorWithoutSearch = fastest(floors, (f) => f.astro.ms);
const phases = astroPhases(cold.run.output);
const pages = weights.length;
const floorPages = files(path.join(paths.floor, 'dist')).filter((f) => f.endsWith('.html')).length;

const loadSeconds = Number(values['load-seconds']);
log(`Load: nginx on loopback, wrk for ${loadSeconds} s…`);
const load = await measureLoad(paths.dist, loadSeconds).catch((error: unknown) => {
  log(`(no load test: ${error instanceof Error ? error.message : String(error)})`);
  return undefined;
});

log('First search: Chromium, a cold cache, nginx…');
const firstSearch = await measureFirstSearch(paths.dist).catch((error: unknown) => {
  log(`(no first search: ${error instanceof Error ? error.message : String(error)})`);
  return undefined;
});

const median = weights[Math.floor(weights.length / 2)]!;
const largest = weights.at(-1)!;
const maxJs = weights.reduce((a, b) => (b.js > a.js ? b : a));
const result = {
  machine: {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? '',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  },
  corpus: { ...corpus, dir: path.relative(PROJECT_ROOT, corpus.dir) },
  cold: {
    totalMs: cold.timings.total ?? cold.run.ms,
    phases: {
      validationMs: cold.timings.prepare ?? 0,
      // The editor's code, bundled after the search index when the code changed (every cold build here).
      editorMs: cold.timings.editor ?? 0,
      contentLoadAndBundleMs: (cold.timings.astro ?? 0) - phases.routes - phases.images,
      pageRenderingMs: phases.routes,
      feedsAndDataMs: phases.feedsAndData,
      imagesMs: phases.images,
      searchIndexMs: cold.timings.search ?? 0,
    },
    pages,
    pagesPerSecond: Math.round((pages / (cold.run.ms / 1000)) * 10) / 10,
    msPerPage: Math.round((cold.run.ms / pages) * 100) / 100,
    // The largest of every cold build, not only of the fastest.
    peakMemoryMiB: Math.round(Math.max(...colds.map((c) => c.run.peakBytes)) / 2 ** 20),
  },
  rebuild: {
    totalMs: rebuild.run.ms,
    ofCold: Math.round((rebuild.run.ms / cold.run.ms) * 100) / 100,
    phases: {
      validationMs: rebuild.timings.prepare ?? 0,
      astroMs: rebuild.timings.astro ?? 0,
      searchIndexMs: rebuild.timings.search ?? 0,
      editorMs: rebuild.timings.editor ?? 0,
    },
    rendered: Number(/tạo mới (\d+)/.exec(rebuild.run.output)?.[1] ?? 0),
    /** The search index's archive was copied from the last build, not written again. */
    archiveReused: /lưu trữ [^:]*: \d+ trang, dùng lại/.test(rebuild.run.output),
    reused: Number(/dùng lại (\d+)/.exec(rebuild.run.output)?.[1] ?? 0),
  },
  floor: {
    totalMs: floor.ms,
    withoutSearchMs: floorWithoutSearch.astro.ms,
    searchMs: floor.search.ms,
    pages: floorPages,
    peakMemoryMiB: Math.round(floor.peakBytes / 2 ** 20),
  },
  runs: { floorMs: floors.map((f) => f.ms), coldMs: colds.map((c) => c.run.ms), rebuildMs: rebuilds.map((r) => r.run.ms) },
  ratioToFloor: Math.round((cold.run.ms / floor.ms) * 100) / 100,
  ratioToFloorWithoutSearch: Math.round((cold.run.ms / floorWithoutSearch.astro.ms) * 100) / 100,
  sizes: {
    distMiB: Math.round((bytes(paths.dist) / 2 ** 20) * 10) / 10,
    // Both parts of the index (src/domain/search-parts.ts); the archive only when the site has one.
    searchIndexMiB:
      Math.round(
        (Object.values(SEARCH_INDEX)
          .map((p) => path.join(paths.dist, p))
          .filter((dir) => existsSync(dir))
          .reduce((n, dir) => n + bytes(dir), 0) /
          2 ** 20) *
          10,
      ) / 10,
  },
  deployJob,
  growth: [
    ...smaller,
    { years, pages, coldMs: cold.run.ms, msPerPage: Math.round((cold.run.ms / pages) * 100) / 100, rebuildMs: rebuild.run.ms },
  ],
  load: load ?? null,
  firstSearch: firstSearch ?? null,
  pageWeight: {
    medianKB: Math.round(median.bytes / 100) / 10,
    largestKB: Math.round(largest.bytes / 100) / 10,
    largestPage: largest.page,
    maxOwnJsKB: Math.round(maxJs.js / 100) / 10,
  },
};
const targets = {
  'cold ≤ 2 × floor (with search)': result.ratioToFloor <= 2,
  'peak memory < 2 GB': result.cold.peakMemoryMiB < 2048,
  'rebuild ≤ 65 % of cold': result.rebuild.ofCold <= 0.65,
  'deploy job < 60 s': deployJob.totalMs < 60_000,
  'every page < 50 KB compressed': largest.bytes < 50_000,
  'own JS ≤ 5 KB compressed': maxJs.js <= 5_000,
  ...(load ? { 'home holds 2,000 requests/s with no error': load.requestsPerSecond >= 2000 && load.errors === 0 } : {}),
};
rmSync(trash, { recursive: true, force: true });
writeFileSync(path.join(root, 'result.json'), `${JSON.stringify({ ...result, targets }, null, 2)}\n`);

if (values.json) {
  console.log(JSON.stringify({ ...result, targets }, null, 2));
} else {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const rows: [string, string][] = [
    [
      'content',
      `${corpus.years} năm: ${corpus.bulletins} bản tin, ${corpus.directives} văn bản, ${corpus.news} tin, ${corpus.infographics} infographic, ${corpus.factchecks} cải chính`,
    ],
    ['cold build', s(result.cold.totalMs)],
    ['  validation and staging', s(result.cold.phases.validationMs)],

    ["  Astro's start, content loading and bundling", s(result.cold.phases.contentLoadAndBundleMs)],
    ['  page rendering (every route)', s(result.cold.phases.pageRenderingMs)],
    ['    of which feeds and data files (their render times added up)', s(result.cold.phases.feedsAndDataMs)],
    ['  images', s(result.cold.phases.imagesMs)],
    ['  search index (Pagefind over the built pages, after Astro)', s(result.cold.phases.searchIndexMs)],
    ["  the editor's code (bundled when the code changed, after the index)", s(result.cold.phases.editorMs)],
    ['pages', `${pages} (${result.cold.pagesPerSecond} pages/s, ${result.cold.msPerPage} ms/page)`],
    ['peak memory', `${result.cold.peakMemoryMiB} MiB`],
    ['rebuild after one bulletin', `${s(result.rebuild.totalMs)} (${Math.round(result.rebuild.ofCold * 100)} % of cold)`],
    [
      "  validation, Astro, search index, the editor's code",
      `${s(result.rebuild.phases.validationMs)}, ${s(result.rebuild.phases.astroMs)}, ${s(result.rebuild.phases.searchIndexMs)}, ${s(result.rebuild.phases.editorMs)}`,
    ],
    ['  files rendered, copied from the cache', `${result.rebuild.rendered}, ${result.rebuild.reused}`],
    ['  search archive (earlier years)', result.rebuild.archiveReused ? 'copied from the last build' : 'written again'],
    [
      'floor: bare Astro, then Pagefind CLI',
      `${s(result.floor.totalMs)} for ${floorPages} pages (Astro ${s(floor.astro.ms)}, Pagefind ${s(result.floor.searchMs)})`,
    ],
    ['floor without search: bare Astro', s(result.floor.withoutSearchMs)],
    ['cold / floor', `${result.ratioToFloor}×`],
    ['cold / floor without search', `${result.ratioToFloorWithoutSearch}×`],
    ...(runs > 1
      ? [
          [
            'runs (floor, cold, rebuild)',
            result.runs.floorMs.map((f, i) => `${s(f)}, ${s(result.runs.coldMs[i]!)}, ${s(result.runs.rebuildMs[i]!)}`).join(' · '),
          ] as [string, string],
        ]
      : []),
    ...result.growth.map((g, i, all): [string, string] => [
      `growth: ${g.years} năm`,
      `${g.pages} pages, ${g.msPerPage} ms/page cold; rebuild ${s(g.rebuildMs)}${
        i > 0
          ? ` (since ${all[0]!.years} năm: pages ×${(g.pages / all[0]!.pages).toFixed(1)}, rebuild ×${(g.rebuildMs / all[0]!.rebuildMs).toFixed(1)})`
          : ''
      }`,
    ]),
    [`deploy job (${deployJob.commit})`, s(deployJob.totalMs)],
    ...deployJob.steps.map((step): [string, string] => [`  ${step.name}`, s(step.ms)]),
    ['dist/, search index', `${result.sizes.distMiB} MiB, ${result.sizes.searchIndexMiB} MiB`],
    [
      'page weight (median, largest)',
      `${result.pageWeight.medianKB} KB, ${result.pageWeight.largestKB} KB (${result.pageWeight.largestPage})`,
    ],
    ['own JS, largest', `${result.pageWeight.maxOwnJsKB} KB`],
    [
      'first search, cold cache ("cach ly tai nha"), over the wire',
      firstSearch
        ? `${Math.round(firstSearch.totalBytes / 1024)} KB in ${firstSearch.requests} requests (Pagefind ${Math.round(firstSearch.pagefindBytes / 1024)} KB), ${firstSearch.results} results`
        : 'not measured (Chromium or nginx missing)',
    ],
    [
      'home page under load (nginx, wrk)',
      load ? `${load.requestsPerSecond} requests/s, ${load.errors} errors in ${load.seconds} s` : 'not measured (wrk or nginx missing)',
    ],
    ...Object.entries(targets).map(([k, ok]): [string, string] => [`target: ${k}`, ok ? 'đạt' : 'CHƯA ĐẠT']),
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(`\n| ${'measure'.padEnd(width)} | value |\n|${'-'.repeat(width + 2)}|-------|`);
  for (const [k, v] of rows) console.log(`| ${k.padEnd(width)} | ${v} |`);
}
