import { defineConfig } from 'vitest/config';

// Four projects: `unit` (fast: no build, no browser, no child process; `npm run test:unit`),
// `tools` (the staff's commands, run as processes), `build` (builds of small fixture folders,
// the differential and fuzz tests, the benchmark's smoke run) and `site` (checks and browser
// tests of the demo site, built once: tests/setup/build-demo.ts).
export default defineConfig({
  test: {
    // One test file at a time: the builds use both cores (the differential test runs two
    // builds at once, one on each), and two files' builds would only slow each other down.
    maxWorkers: 1,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'tools', include: ['tests/tools/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 300_000,
          fileParallelism: false,
          // The editor's test waits on the editor saving in Chromium: seconds on a busy machine, not one.
          expect: { poll: { timeout: 15_000 } },
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/build-demo.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // What the browser tests wait for follows a navigation, a fetch or a debounce: seconds on a loaded machine.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
