/** Runs the real `npm run build` pipeline (scripts/build.ts) on a content folder. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** 2020-04-10 17:00 in Vietnam: the demo's "now", so pages do not change from day to day. */
export const DEMO_EPOCH = '1586512800';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  workDir: string;
  env?: Record<string, string>;
  /** The checkout to build with (default: this one); see copyCheckout. */
  root?: string;
}

/**
 * A copy of this checkout's code, sharing its node_modules: builds from two checkouts can run
 * at once (Astro keeps generated files in the checkout's .astro/ folder, which two builds of
 * one checkout would share), and a copy builds exactly what this checkout builds.
 */
export function copyCheckout(into: string): string {
  for (const entry of ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    cpSync(path.join(ROOT, entry), path.join(into, entry), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(into, 'node_modules'), 'dir');
  return into;
}

/**
 * The environment a person's shell has: without what Vitest adds (BASE_URL, MODE, NODE_ENV=test …),
 * which would leak into Vite, nor GitHub's GITHUB_STEP_SUMMARY, where every check a test runs
 * would write its report into the pull request's summary.
 */
export function cleanEnv(): Record<string, string | undefined> {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|VITE_|TEST$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$|GITHUB_STEP_SUMMARY$)/.test(key)) delete env[key];
  }
  return env;
}

export function runBuild({ contentDir, outDir, workDir, env = {} }: BuildOptions) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...cleanEnv(), SOURCE_DATE_EPOCH: DEMO_EPOCH, ...env, CONTENT_DIR: contentDir, OUT_DIR: outDir, SUKIEN_WORK_DIR: workDir },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, stderr: result.stderr };
}

/** The same build, without blocking: builds from two checkouts (copyCheckout) can run side by side, one on each core. */
export function runBuildAsync({
  contentDir,
  outDir,
  workDir,
  env = {},
  root = ROOT,
}: BuildOptions): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts/build.ts')], {
      cwd: root,
      env: { ...cleanEnv(), SOURCE_DATE_EPOCH: DEMO_EPOCH, ...env, CONTENT_DIR: contentDir, OUT_DIR: outDir, SUKIEN_WORK_DIR: workDir },
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (output += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (output += t));
    child.on('close', (status) => resolve({ status, output }));
  });
}
