/** The benchmark at its smoke size (1 year): it runs end to end and reports every measure. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ROOT, cleanEnv } from '../helpers/build.ts';

test('npm run bench -- --years 1 reports phases, memory, sizes, page weights, the first search, the rebuild and the floor', () => {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/bench.ts'), '--years', '1', '--json', '--load-seconds', '3'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: cleanEnv(),
    maxBuffer: 16 * 1024 * 1024,
  });
  expect(run.status, run.stderr).toBe(0);
  const result = JSON.parse(run.stdout) as {
    corpus: { bulletins: number; directives: number };
    cold: { totalMs: number; pages: number; peakMemoryMiB: number; phases: Record<string, number> };
    rebuild: { ofCold: number };
    floor: { totalMs: number; pages: number };
    ratioToFloor: number;
    pageWeight: { largestKB: number; maxOwnJsKB: number };
    targets: Record<string, boolean>;
    load: { requestsPerSecond: number; errors: number } | null;
    firstSearch: { results: number; totalBytes: number; pagefindBytes: number } | null;
  };
  expect(result.corpus).toMatchObject({ bulletins: 365, directives: 200 });
  expect(result.cold.pages).toBeGreaterThan(800);
  expect(result.floor.pages).toBe(365 + 200 + 100 + 50 + 20 + 1); // every Markdown file of the corpus the cold build builds
  for (const phase of ['validationMs', 'contentLoadAndBundleMs', 'pageRenderingMs', 'feedsAndDataMs', 'imagesMs', 'searchIndexMs'])
    expect(result.cold.phases[phase], phase).toBeGreaterThan(0);
  expect(result.cold.peakMemoryMiB).toBeGreaterThan(50);
  expect(result.ratioToFloor).toBeCloseTo(result.cold.totalMs / result.floor.totalMs, 0);
  // The page budgets hold at this size too (timings are reported, not asserted: they belong to the benchmark).
  expect(result.targets['every page < 50 KB compressed']).toBe(true);
  expect(result.targets['own JS ≤ 5 KB compressed']).toBe(true);
  expect(result.load?.errors).toBe(0);
  expect(result.load?.requestsPerSecond).toBeGreaterThan(0);
  // The first search, in Chromium over nginx: what a citizen's phone downloads for it.
  expect(result.firstSearch?.results).toBeGreaterThan(0);
  expect(result.firstSearch?.pagefindBytes).toBeGreaterThan(0);
  expect(result.firstSearch!.totalBytes).toBeGreaterThan(result.firstSearch!.pagefindBytes);
}, 300_000);
