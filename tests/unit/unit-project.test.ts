/**
 * The unit project stays fast (`npm run test:unit`, under ten seconds): no unit test, nor a
 * helper it imports, starts a process, a browser or an Astro build. Those belong to the
 * tools, build and site projects.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const TESTS = path.resolve(import.meta.dirname, '..');

/** Modules a fast test may not import: processes, browsers, Astro's build, and the helpers that use them. */
const SLOW = [
  /^(node:)?child_process$/,
  /^playwright(-core)?$/,
  /^chrome-launcher$/,
  /^lighthouse$/,
  /^astro$/,
  /^vnu-jar$/,
  /helpers\/(build|browser|tools|feedparser)\.ts$/,
];

/** What a module imports, by specifier. */
const importsOf = (source: string) =>
  [...source.matchAll(/^import\s[^;]*?from\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => (m[1] ?? m[2])!);

/** The test files of the unit project and the helpers they import, transitively. */
function unitFiles(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of importsOf(readFileSync(file, 'utf8')).filter((i) => i.startsWith('.'))) {
      const target = path.resolve(path.dirname(file), spec);
      if (target.startsWith(TESTS) && existsSync(target)) visit(target);
    }
  };
  for (const f of readdirSync(path.join(TESTS, 'unit'))) if (f.endsWith('.test.ts')) visit(path.join(TESTS, 'unit', f));
  return [...seen];
}

test('no unit test imports child_process, a browser or Astro’s build', () => {
  const files = unitFiles();
  expect(files.length).toBeGreaterThan(20);
  const slow = files.flatMap((file) =>
    importsOf(readFileSync(file, 'utf8'))
      .filter((spec) => SLOW.some((re) => re.test(spec)))
      .map((spec) => `${path.relative(TESTS, file)} imports ${spec}`),
  );
  expect(slow).toEqual([]);
});

test('the rule sees what it is about', () => {
  const found = importsOf(
    "import { spawn } from 'node:child_process';\nimport { chromium } from 'playwright-core';\nimport { build } from 'astro';\nimport { runBuild } from '../helpers/build.ts';\nimport { z } from 'astro/zod';",
  );
  expect(found.map((spec) => SLOW.some((re) => re.test(spec)))).toEqual([true, true, true, true, false]);
});
