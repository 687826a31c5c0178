import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const dir = path.join(root, '.github/workflows');
const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { steps: Step[]; needs?: string | string[] }>;
}
const load = (name: string) => yaml.load(readFileSync(path.join(dir, name), 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);

describe.each(readdirSync(dir).filter((f) => f.endsWith('.yml')))('%s', (name) => {
  const workflow = load(name);
  test('every npm script it runs exists', () => {
    for (const step of steps(workflow)) {
      for (const [, script] of (step.run ?? '').matchAll(/npm run ([\w:-]+)/g)) expect(scripts, script).toHaveProperty(script!);
      if (/\bnpm test\b/.test(step.run ?? '')) expect(scripts).toHaveProperty('test');
    }
  });
  test('actions are pinned by major version and Node comes from .nvmrc', () => {
    for (const step of steps(workflow)) if (step.uses) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
    const node = steps(workflow).find((s) => s.uses?.startsWith('actions/setup-node'));
    expect(node?.with?.['node-version-file']).toBe('.nvmrc');
  });
  test('the build it runs is the one the README documents', () => {
    const builds = steps(workflow).filter((s) => /npm run build/.test(s.run ?? ''));
    expect(builds.length).toBeGreaterThan(0);
    expect(readme).toContain('`npm run build`');
  });
});

describe('publishing', () => {
  const deploy = load('deploy.yml');
  test('publishes on every push to main and every 15 minutes, never two runs at once', () => {
    expect(deploy.on.push).toEqual({ branches: ['main'] });
    expect(deploy.on.schedule).toEqual([{ cron: '*/15 * * * *' }]);
    expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });
  test('deploys only after the content check and the build passed', () => {
    const build = deploy.jobs.build!.steps.map((s) => s.run ?? s.uses ?? '');
    expect(build.findIndex((s) => s.includes('npm run check'))).toBeLessThan(build.findIndex((s) => s.includes('npm run build')));
    expect(deploy.jobs.deploy!.needs).toBe('build');
  });
  test("keeps Astro's caches between runs", () => {
    expect(steps(deploy).find((s) => s.uses?.startsWith('actions/cache'))?.with?.path).toBe('.sukien/cache');
  });
  test('pull requests run the check, the tests and the build', () => {
    const runs = steps(load('check.yml')).map((s) => s.run ?? '');
    expect(runs).toEqual(expect.arrayContaining(['npm run check -- --github', 'npm test', 'npm run build']));
  });
});

describe('CI parity: what the tests need is installed everywhere they run', () => {
  const ci = readFileSync(path.join(root, '.ci/run'), 'utf8');
  const needed = [...ci.matchAll(/need\+=\(([\w.-]+)\)/g)].map((m) => m[1]!);
  test('.ci/run installs each Debian package the tests use', () => {
    expect(needed.sort()).toEqual(['chromium', 'default-jre-headless', 'nginx-light', 'python3-feedparser', 'wrk']);
  });
  test('the pull-request workflow installs the same packages', () => {
    const apt = steps(load('check.yml')).find((s) => /apt-get install/.test(s.run ?? ''))!.run!;
    for (const pkg of needed) expect(apt.split(/\s+/), pkg).toContain(pkg);
  });
  test('the README lists them among the prerequisites', () => {
    for (const pkg of needed) expect(readme, pkg).toContain(`\`${pkg}\``);
  });
  test('npm test runs every test project, and test:unit the fast one', () => {
    expect(scripts.test).toMatch(/vitest run$/);
    expect(scripts['test:unit']).toBe('vitest run --project unit');
  });
});
