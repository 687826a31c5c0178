/**
 * The load the home page holds: nginx with the example configuration serves dist/ on
 * loopback and wrk sends requests for a bounded time (only to 127.0.0.1).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startNginx } from './nginx.ts';

interface LoadResult {
  requestsPerSecond: number;
  requests: number;
  errors: number;
  seconds: number;
}

export async function measureLoad(dist: string, seconds = 10): Promise<LoadResult | undefined> {
  if (!existsSync('/usr/bin/wrk')) return undefined;
  const { origin, stop } = await startNginx(dist);
  try {
    const run = spawnSync('/usr/bin/wrk', ['-t2', '-c64', `-d${seconds}s`, '-H', 'Accept-Encoding: gzip', `${origin}/`], {
      encoding: 'utf8',
      timeout: (seconds + 20) * 1000,
    });
    const out = run.stdout;
    const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0);
    const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
    const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
    const errors = non2xx + (socketErrors ? socketErrors.slice(1).reduce((n, v) => n + Number(v), 0) : 0);
    return { requestsPerSecond: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0)), requests, errors, seconds };
  } finally {
    stop();
  }
}
