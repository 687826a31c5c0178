/**
 * Runs the Astro CLI (`npm run dev`, the type check) on the staged content: the content
 * folder is validated and staged first, as `npm run build` does, and Astro gets the build's
 * options in its environment (src/build/options.ts). Telemetry is off: this is a government
 * site generator, it sends nothing anywhere.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ContentError, prepareContent } from '../src/content-folder/prepare.ts';
import { buildOptions, optionsEnv } from '../src/build/options.ts';

const options = buildOptions();
try {
  await prepareContent(options, options.now, { overrides: options.site });
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`Nội dung trong ${options.contentDir} có lỗi cần sửa:\n${error.report}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, [path.join(options.root, 'node_modules/astro/bin/astro.mjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ...optionsEnv(options), ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exit(result.status ?? 1);
