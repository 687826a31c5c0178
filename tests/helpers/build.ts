/** Runs the real `npm run build` pipeline (scripts/build.ts) on a content folder. */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** 2020-04-10 17:00 in Vietnam: the demo's "now", so pages do not change from day to day. */
export const DEMO_EPOCH = '1586512800';

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  workDir: string;
  env?: Record<string, string>;
}

/** The environment a person's shell has: without what Vitest adds (BASE_URL, MODE, NODE_ENV=test …), which would leak into Vite. */
export function cleanEnv(): Record<string, string | undefined> {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(VITEST|VITE_|TEST$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$)/.test(key)) delete env[key];
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

/** The same build, without blocking: two builds can then run side by side, one on each core. */
export function runBuildAsync({ contentDir, outDir, workDir, env = {} }: BuildOptions): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts/build.ts')], {
      cwd: ROOT,
      env: { ...cleanEnv(), SOURCE_DATE_EPOCH: DEMO_EPOCH, ...env, CONTENT_DIR: contentDir, OUT_DIR: outDir, SUKIEN_WORK_DIR: workDir },
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (output += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (output += t));
    child.on('close', (status) => resolve({ status, output }));
  });
}
