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
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

describe('Astro waits for the content', () => {
  test('until validation has staged it', async () => {
    const { child, output } = astroBuild();
    let stage!: () => void;
    const prepared = new Promise<void>((resolve) => (stage = resolve));
    const released = releaseWhenPrepared(child, prepared);
    // Long enough for the child to start and wait: it must not go on by itself.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(output()).toBe('');
    stage();
    await released;
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(output()).toBe('đã có nội dung');
  });

  test('content staged before Astro waits for it: Astro goes on at once', async () => {
    const { child, output } = astroBuild();
    await releaseWhenPrepared(child, Promise.resolve());
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(output()).toBe('đã có nội dung');
  });

  test('content with errors: Astro is never told to go on', async () => {
    const { child, output } = astroBuild();
    await expect(releaseWhenPrepared(child, Promise.reject(new Error('content')))).rejects.toThrow('content');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(output()).toBe('');
    child.kill();
    await once(child, 'exit');
  });
});
