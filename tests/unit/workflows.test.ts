import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { NEXT_DUE_FILE } from '../../src/build/next-due.ts';
import { resolvePaths } from '../../src/content-folder/paths.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dir = path.join(root, '.github/workflows');
const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

interface Step {
  'continue-on-error'?: boolean;
  id?: string;
  name?: string;
  if?: string;
  shell?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { steps: Step[]; needs?: string | string[]; if?: string; outputs?: Record<string, string> }>;
}
const load = (name: string) => yaml.load(readFileSync(path.join(dir, name), 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);

describe.each(readdirSync(dir).filter((f) => f.endsWith('.yml')))('%s', (name) => {
  const workflow = load(name);
  test('every npm script it runs exists', () => {
    for (const step of steps(workflow)) {
      for (const [, script] of (step.run ?? '').matchAll(/npm run ([\w:-]+)/g)) expect(scripts, script).toHaveProperty(script!);
      if (/\bnpm test\b/.test(step.run ?? '')) expect(scripts).toHaveProperty('test');
      for (const [, file] of (step.run ?? '').matchAll(/node (scripts\/[\w/-]+\.ts)/g))
        expect(existsSync(path.join(root, file!)), file).toBe(true);
    }
  });
  test('actions are pinned by major version and Node comes from .nvmrc', () => {
    for (const step of steps(workflow)) if (step.uses) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+(\/[\w-]+)?@v\d+$/);
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
  const build = deploy.jobs.build!.steps;
  const record = `${path.relative(root, resolvePaths({}).workDir)}/${NEXT_DUE_FILE}`;

  test("keeps Astro's caches between runs, saving an entry only when they changed and removing the ones it supersedes", () => {
    const restore = build.find((s) => s.uses?.startsWith('actions/cache/restore'))!;
    expect(restore.with?.path).toBe('.sukien/cache');
    const save = build.find((s) => s.uses?.startsWith('actions/cache/save') && s.with?.path === '.sukien/cache')!;
    expect(save.if).toBe(`steps.keys.outputs.cache && steps.keys.outputs.cache != steps.${restore.id}.outputs.cache-matched-key`);
    expect(build.find((s) => s.id === 'keys')?.run).toContain("hashFiles('.sukien/cache/**')");
    const prune = build.find((s) => s.run?.includes('scripts/cache-entries.ts prune astro-'))!;
    expect(prune.run).toContain('"${{ steps.keys.outputs.cache }}"');
    expect(prune.env?.GH_TOKEN).toBe('${{ github.token }}');
    expect(deploy.permissions?.actions).toBe('write');
    // Keeping caches may fail; publishing may not fail because of it.
    for (const step of [build.find((s) => s.id === 'keys')!, save, prune]) expect(step['continue-on-error'], step.name).toBe(true);
    // actions/cache saves at the end of every job, changed or not.
    expect(steps(deploy).filter((s) => s.uses?.startsWith('actions/cache@'))).toEqual([]);
  });

  test('the build job installs only what the check and the build need', () => {
    expect(build.filter((s) => s.run?.startsWith('npm ')).map((s) => s.run!.split(' --')[0])).toEqual([
      'npm ci',
      'npm run check',
      'npm run build',
    ]);
    expect(build.find((s) => s.run?.startsWith('npm ci'))!.run).toContain('--omit=dev');
  });

  test('a scheduled run builds only when the record of the last build says something has come due', () => {
    const due = deploy.jobs.due!;
    expect(due.if).toBe("github.event_name == 'schedule'");
    expect(due.steps.find((s) => s.uses?.startsWith('actions/cache/restore'))?.with?.path).toBe(record);
    expect(due.steps.find((s) => s.run?.includes('scripts/due.ts'))?.run).toBe(
      `node scripts/due.ts ${record} \${{ github.sha }} >> "$GITHUB_OUTPUT"`,
    );
    expect(deploy.jobs.build!.needs).toBe('due');
    expect(deploy.jobs.build!.if).toContain("github.event_name != 'schedule' || needs.due.outputs.due == 'true'");
    // A push skips the due job; the deploy job must not be skipped with it.
    expect(deploy.jobs.deploy!.if).toBe("${{ !cancelled() && needs.build.result == 'success' }}");
  });

  test('the record is kept once the site is deployed, with the commit published, and the records it supersedes go', () => {
    const deployJob = deploy.jobs.deploy!.steps;
    const deployed = deployJob.findIndex((s) => s.id === 'deployment');
    const write = deployJob.findIndex((s) => s.run?.includes(`> ${record}`));
    const save = deployJob.findIndex((s) => s.uses?.startsWith('actions/cache/save') && s.with?.path === record);
    expect(deployJob[write]!.run).toContain('echo "{\\"nextDue\\": $NEXT_DUE, \\"commit\\": \\"$GITHUB_SHA\\"}"');
    expect(deployJob[write]!.env?.NEXT_DUE).toBe('${{ needs.build.outputs.next-due }}');
    expect(deployed).toBeGreaterThanOrEqual(0);
    expect(write).toBeGreaterThan(deployed);
    expect(save).toBeGreaterThan(write);
    expect(deployJob.slice(save).some((s) => s.run?.includes('scripts/cache-entries.ts prune next-due-'))).toBe(true);
    expect(build.some((s) => s.uses?.startsWith('actions/cache/save') && s.with?.path === record)).toBe(false);
    // The build hands the moment over as JSON, read from the file it wrote.
    expect(build.find((s) => s.id === 'next-due')?.run).toContain(`require("./${record}").nextDue`);
  });

  test('the schedule check needs no installed package, and nothing but what its sparse checkout holds', () => {
    const due = deploy.jobs.due!.steps;
    const checkout = String(due.find((s) => s.uses?.startsWith('actions/checkout'))!.with!['sparse-checkout'])
      .trim()
      .split('\n');
    const script = path.join(root, 'scripts/due.ts');
    const local = new Set<string>();
    const walk = (file: string) => {
      if (local.has(file)) return;
      local.add(file);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?from\s+'(\.[^']+)'/gm))
        walk(path.resolve(path.dirname(file), spec!));
    };
    walk(script);
    expect(local.size).toBeGreaterThan(2);
    for (const file of local)
      expect(
        checkout.some((dir) => path.relative(root, file).startsWith(`${dir}/`)),
        file,
      ).toBe(true);
  });
});

describe('staff hear of a failed publish', () => {
  const deploy = load('deploy.yml');
  const build = deploy.jobs.build!.steps;
  const deployJob = deploy.jobs.deploy!.steps;
  const status = (list: Step[], outcome: string) => list.filter((s) => s.run?.includes(`node scripts/publish-status.ts ${outcome}`));

  test('the check writes its findings to a file, and a failure of the build job reports them', () => {
    const check = build.find((s) => s.run?.includes('npm run check'))!.run!;
    expect(check).toContain('--github'); // the annotations stay
    const written = /--json-file ("[^"]+")/.exec(check)?.[1];
    expect(written).toBeDefined();
    const [failed, ...more] = status(build, 'failed');
    expect(more).toEqual([]);
    expect(failed!.if).toBe('failure()');
    expect(failed!.run).toContain(`--findings ${written}`);
    expect(build.at(-1)).toBe(failed); // last, so that it sees a failure of any step
  });

  test('the issue is closed only once the site is deployed, and a failed deployment reports too', () => {
    const deployed = deployJob.findIndex((s) => s.id === 'deployment' && s.uses?.startsWith('actions/deploy-pages'));
    const [succeeded, ...more] = status(deployJob, 'succeeded');
    expect(more).toEqual([]);
    expect(status(build, 'succeeded')).toEqual([]);
    expect(deployJob.indexOf(succeeded!)).toBeGreaterThan(deployed);
    expect(succeeded!.if).toBeUndefined(); // runs only when every step before it passed
    const [failed] = status(deployJob, 'failed');
    expect(failed!.if).toBe("failure() && steps.deployment.outcome == 'failure'");
    expect(failed!.run).toContain('--step deploy');
    const node = deployJob.findIndex((s) => s.uses?.startsWith('actions/setup-node'));
    expect(node).toBeGreaterThanOrEqual(0);
    expect(node).toBeLessThan(deployed);
  });

  test('the status steps have the token, and only the deploy workflow may write issues', () => {
    for (const step of [...status(build, 'failed'), ...status(deployJob, '')]) expect(step.env?.GITHUB_TOKEN).toBe('${{ github.token }}');
    expect(deploy.permissions?.issues).toBe('write');
    expect(load('check.yml').permissions).toEqual({ contents: 'read' });
  });
});

/** What a module imports, by specifier, and the same for the repository's modules it imports, transitively. */
function importGraph(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const specs = [...readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
  return specs.flatMap((spec) => (spec.startsWith('.') ? [spec, ...importGraph(path.resolve(path.dirname(file), spec), seen)] : [spec]));
}

test('the scripts that run before npm install, or without it, need nothing but Node and the code in scripts/ and src/', () => {
  for (const script of ['scripts/publish-status.ts', 'scripts/content-only.ts', 'scripts/due.ts', 'scripts/cache-entries.ts']) {
    const graph = importGraph(path.join(root, script));
    expect(graph.length, script).toBeGreaterThan(2);
    expect(
      graph.filter((spec) => !spec.startsWith('node:') && !spec.startsWith('.')),
      script,
    ).toEqual([]);
  }
});

describe('pull requests', () => {
  const check = load('check.yml').jobs.check!.steps;
  const CODE_CHANGED = "steps.changes.outputs.content-only != 'true'";

  test('pull requests run the check, the tests and the build', () => {
    const runs = check.map((s) => s.run ?? '');
    expect(runs).toEqual(expect.arrayContaining(['npm run check -- --github', 'npm test', 'npm run build']));
    expect(check.filter((s) => /npm run (check|build)/.test(s.run ?? '')).map((s) => s.if)).toEqual([undefined, undefined]);
  });

  test('the tests and the packages only they need run whenever code changes, and are skipped for content alone', () => {
    const tests = check.find((s) => s.run === 'npm test')!;
    const apt = check.find((s) => /apt-get install/.test(s.run ?? ''))!;
    expect(tests.if).toBe(CODE_CHANGED);
    expect(apt.if).toBe(CODE_CHANGED);
    const changes = check.findIndex((s) => s.id === 'changes');
    expect(changes).toBeGreaterThan(check.findIndex((s) => s.uses?.startsWith('actions/setup-node')));
    expect(changes).toBeLessThan(check.indexOf(apt));
  });

  test('the changes are measured against the base branch, renamed files at both paths', () => {
    const changes = check.find((s) => s.id === 'changes')!;
    expect(check.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(2);
    expect(changes.run).toMatch(
      /git .*diff --name-only --no-renames HEAD\^1 HEAD \| node scripts\/content-only\.ts \| tee -a "\$GITHUB_OUTPUT"/,
    );
    expect(changes.shell).toBe('bash'); // with pipefail: a failing git fails the step instead of looking like no change
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
