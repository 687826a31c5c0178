/** npm start: build the site from the content folder, then serve it on http://localhost:4321. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, resolvePaths } from '../src/content-folder/paths.ts';
import { serveDist } from './serve.ts';

const build = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/build.ts')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const { base } = JSON.parse(readFileSync(path.join(resolvePaths().stageDir, 'site.json'), 'utf8')) as { base: string };
const port = Number(process.env.PORT ?? 4321);
const served = await serveDist(path.resolve(PROJECT_ROOT, process.env.OUT_DIR?.trim() || 'dist'), {
  port,
  base,
  host: process.env.HOST ?? 'localhost',
});
console.log(`\nTrang đang chạy tại ${served.origin}${base}  (Ctrl+C để dừng)`);
