/**
 * Under `npm run build` (scripts/build.ts), content validation and Astro start together:
 * Astro spends most of a second loading itself before it first needs the staged content, and
 * validation takes about as long at 10 years of content. The integration waits at that point
 * (`astro:config:setup`) until the build process says the content is valid and staged; should
 * validation fail, the build process stops Astro instead.
 *
 * A handshake, not a single message: a message that reaches a process before it listens is lost.
 */
import type { ChildProcess } from 'node:child_process';

const WAITING = 'sukien:waiting-for-content';
const READY = 'sukien:content-ready';

/** Resolves when `from` receives this word over the IPC channel (other messages pass by). */
function word(from: NodeJS.Process | ChildProcess, expected: string): Promise<void> {
  return new Promise((resolve) => {
    const listener = (message: unknown) => {
      if (message !== expected) return;
      from.off('message', listener);
      resolve();
    };
    from.on('message', listener);
  });
}

/** Whether this Astro build is to wait for the build process to stage the content. */
export const waitsForContent = (): boolean => process.env.SUKIEN_PREPARED === 'ipc' && typeof process.send === 'function';

/**
 * In the Astro build: say that it waits, and resolve once the build process says the content
 * is ready. Should the build process be gone instead, there is nothing to wait for: exit.
 */
export async function contentReady(): Promise<void> {
  const gone = () => {
    console.error('Tiến trình tạo trang đã dừng trước khi nội dung được kiểm tra xong: Astro dừng theo.');
    process.exit(1);
  };
  process.once('disconnect', gone);
  const ready = word(process, READY);
  process.send!(WAITING);
  await ready;
  process.off('disconnect', gone);
}

/**
 * In the build process: once `prepared` has resolved and the Astro build waits, tell it to go
 * on. Resolves when it has been told.
 */
export function releaseWhenPrepared(child: ChildProcess, prepared: Promise<void>): Promise<void> {
  return Promise.all([word(child, WAITING), prepared]).then(
    () => new Promise<void>((resolve, reject) => child.send(READY, (error) => (error ? reject(error) : resolve()))),
  );
}
