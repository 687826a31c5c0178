/**
 * Validation and Astro's start run together under `npm run build`; Astro waits for the content
 * (src/integration/content-ready.ts). With a real child process and its IPC channel.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { releaseWhenPrepared } from '../../src/integration/content-ready.ts';

const MODULE = path.resolve(import.meta.dirname, '../../src/integration/content-ready.ts');

/**
 * A stand-in for the Astro build: it loads itself for a while (its event loop running, as
 * Astro's does), waits for the content, then says so and exits.
 */
function astroBuild() {
  const script = `import { contentReady, waitsForContent } from ${JSON.stringify(MODULE)};
if (!waitsForContent()) process.exit(2);
await new Promise((resolve) => setTimeout(resolve, 300));
await contentReady();
process.stdout.write('đã có nội dung');
process.disconnect();`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, SUKIEN_PREPARED: 'ipc' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  let errors = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  // The one message the stand-in sends: that it waits.
  const waiting = once(child, 'message');
  return { child, waiting, output: () => output, errors: () => errors };
}

const exitCode = async (child: ReturnType<typeof astroBuild>['child']) => ((await once(child, 'exit')) as [number | null])[0];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Astro waits for the content', () => {
  test('until validation has staged it', async () => {
    const build = astroBuild();
    let stage!: () => void;
    const released = releaseWhenPrepared(build.child, new Promise<void>((resolve) => (stage = resolve)));
    await build.waiting;
    await pause(200);
    expect(build.output()).toBe('');
    stage();
    await released;
    expect(await exitCode(build.child)).toBe(0);
    expect(build.output()).toBe('đã có nội dung');
  });

  test('content staged before Astro waits for it: Astro goes on at once', async () => {
    const build = astroBuild();
    await releaseWhenPrepared(build.child, Promise.resolve());
    expect(await exitCode(build.child)).toBe(0);
    expect(build.output()).toBe('đã có nội dung');
  });

  test('content with errors: Astro is never told to go on', async () => {
    const build = astroBuild();
    await expect(releaseWhenPrepared(build.child, Promise.reject(new Error('content')))).rejects.toThrow('content');
    await build.waiting;
    await pause(200);
    expect(build.output()).toBe('');
    build.child.kill();
    await once(build.child, 'exit');
  });

  test('the build process gone: Astro stops instead of waiting for ever, and says why in Vietnamese', async () => {
    const build = astroBuild();
    await build.waiting;
    build.child.disconnect();
    expect(await exitCode(build.child)).toBe(1);
    expect(build.output()).toBe('');
    expect(build.errors()).toContain('Tiến trình tạo trang đã dừng trước khi nội dung được kiểm tra xong');
  });
});
