/**
 * Thousands of small generated files (each bulletin's own data files) cost Astro far more as
 * routes, about a millisecond each, than as plain writes. They are rendered instead by one
 * route, FILE_BUNDLE_ROUTE, as a map of path to text, which is unpacked into the output
 * folder once Astro is done and then deleted: by scripts/build.ts while Pagefind writes the
 * index, or by the integration in a bare `astro build` (src/integration/index.ts). The dev
 * server serves the same files through their own routes.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAll } from './files-at-once.ts';

/** The output file of the bundle route (src/pages/sukien-files.json.ts). */
export const FILE_BUNDLE = 'sukien-files.json';

export function bundleResponse(files: Record<string, string>): Response {
  return new Response(JSON.stringify(files), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/**
 * Write every file of the bundle below the output folder, then remove the bundle. Returns
 * how many files. Writes run several at a time: each one mostly waits on the disk.
 */
export async function unpackFileBundle(outDir: URL): Promise<number> {
  const root = path.resolve(fileURLToPath(outDir));
  const bundle = path.join(root, FILE_BUNDLE);
  const files = Object.entries(JSON.parse(await readFile(bundle, 'utf8')) as Record<string, string>);
  const targets = files.map(([sitePath, text]) => {
    const target = path.join(root, sitePath);
    if (!target.startsWith(root + path.sep)) throw new Error(`${FILE_BUNDLE}: ${sitePath} is outside the output folder`);
    return { target, text };
  });
  await writeAll(
    targets,
    (t) => t.target,
    (t) => writeFile(t.target, t.text),
    16,
  );
  await rm(bundle);
  return files.length;
}
