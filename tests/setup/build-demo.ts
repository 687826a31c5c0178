/**
 * Builds the demo site once for every site check and browser test, and serves it on
 * loopback from the address it was built for (SITE_URL), as a static host would.
 */
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, serveDist } from '../../scripts/serve.ts';
import { ROOT, runBuild } from '../helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    demoDist: string;
    demoOrigin: string;
  }
}

export const DEMO_DIST = path.join(ROOT, '.sukien/test/demo-dist');

export default async function setup(project: TestProject) {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  rmSync(DEMO_DIST, { recursive: true, force: true });
  const build = runBuild({
    contentDir: path.join(ROOT, 'content'),
    outDir: DEMO_DIST,
    workDir: path.join(ROOT, '.sukien/test/demo-work'),
    env: { SITE_URL: origin },
  });
  if (build.status !== 0 || !existsSync(path.join(DEMO_DIST, 'index.html'))) {
    throw new Error(`The demo site did not build:\n${build.output}`);
  }
  const served = await serveDist(DEMO_DIST, { port });
  project.provide('demoDist', DEMO_DIST);
  project.provide('demoOrigin', origin);
  return () => served.close();
}
