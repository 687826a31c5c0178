/**
 * The deploy job of the daily publish (.github/workflows/deploy.yml), step by step on this
 * machine: a fresh clone of the committed code, the caches of the last build restored, the
 * build's packages installed with npm's cache warm (`npm ci --omit=dev`, as the workflow
 * does), `npm run check`, then `npm run build`. The workflow's Node 24 (actions/setup-node) is
 * the one running this script. What a code host adds (starting a machine, downloading the
 * cache, uploading the site) is not measured.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runMeasured } from './measure.ts';

export interface DeployJob {
  commit: string;
  steps: { name: string; ms: number }[];
  totalMs: number;
}

/** The commands of the workflow's build job, in its order, as this script runs them. */
export const DEPLOY_STEPS = [
  { name: 'fresh clone', command: ['git', 'clone', '--quiet', '--depth', '1'] },
  { name: 'restore the caches', command: [] },
  { name: 'npm ci --omit=dev (npm cache warm)', command: ['npm', 'ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'] },
  { name: 'npm run check', command: ['npm', 'run', 'check'] },
  { name: 'npm run build (caches restored)', command: ['npm', 'run', 'build'] },
] as const;

/**
 * Yesterday's publish (untimed): the job without the day's bulletin, at the same place, so
 * that the caches it leaves are the ones the workflow would restore. Then `addBulletin`, and
 * the job again, timed step by step. Throws when a step fails.
 */
export async function runDeployJob(
  projectRoot: string,
  dir: string,
  { contentDir, env, addBulletin }: { contentDir: string; env: NodeJS.ProcessEnv; addBulletin: () => void },
): Promise<DeployJob> {
  const keptCache = `${dir}-cache`;
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).stdout.trim();
  // Node 24 first on the path, as actions/setup-node puts it; the clone has no `node` package.
  // Nothing of this checkout's packages: the path loses its node_modules/.bin folders.
  const inherited = (env.PATH ?? '').split(path.delimiter).filter((p) => !p.includes('node_modules'));
  const jobEnv = {
    ...env,
    PATH: [path.dirname(process.execPath), ...inherited].join(path.delimiter),
    CONTENT_DIR: contentDir,
    CI: 'true',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const job = async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(path.dirname(dir), { recursive: true });
    const steps: DeployJob['steps'] = [];
    for (const step of DEPLOY_STEPS) {
      spawnSync('sync');
      const started = performance.now();
      if (step.name === 'restore the caches') {
        if (existsSync(keptCache)) cpSync(keptCache, path.join(dir, '.sukien/cache'), { recursive: true });
      } else {
        const [command, ...args] = step.command;
        const clone = step.name === 'fresh clone';
        const run = await runMeasured(command, clone ? [...args, `file://${projectRoot}`, dir] : args, {
          cwd: clone ? projectRoot : dir,
          env: jobEnv,
        });
        if (run.status !== 0) throw new Error(`${step.name} failed:\n${run.output.slice(-4000)}`);
      }
      steps.push({ name: step.name, ms: Math.round(performance.now() - started) });
    }
    return steps;
  };
  rmSync(keptCache, { recursive: true, force: true });
  await job();
  renameSync(path.join(dir, '.sukien/cache'), keptCache);
  addBulletin();
  try {
    const steps = await job();
    return { commit, steps, totalMs: steps.reduce((n, s) => n + s.ms, 0) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(keptCache, { recursive: true, force: true });
  }
}
