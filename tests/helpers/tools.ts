/** Runs a staff tool (npm run new / check) the way npm does, on a content folder. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, cleanEnv } from './build.ts';

export function runTool(
  script: 'new' | 'check',
  args: string[],
  { contentDir, input, env = {} }: { contentDir: string; input?: string; env?: Record<string, string> },
) {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', `${script}.ts`), ...args], {
    cwd: ROOT,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...cleanEnv(), ...env, CONTENT_DIR: contentDir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}

/** A writable copy of a fixture folder. */
export function copyFixture(name: string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), `sukien-${name}-`)), 'content');
  cpSync(path.join(ROOT, 'tests/fixtures', name), dir, { recursive: true });
  return dir;
}
