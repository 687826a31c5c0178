/**
 * Whether a pull request changes only content, so that the pull-request workflow runs the
 * content check and the build but not the whole test suite, which tests the generator's code
 * (docs/deploy.md). Reads the changed paths, one a line (`git diff --name-only --no-renames`:
 * a renamed file counts at both its old and new path), and prints `content-only=true` or
 * `content-only=false` for $GITHUB_OUTPUT.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, resolvePaths } from '../src/content-folder/paths.ts';

/**
 * True when there is at least one path and every path is inside the content folder (relative to
 * the repository, forward slashes), site.yaml excepted: it also says where the editor signs in
 * and saves (`editor`), which the whole suite checks.
 */
export function isContentOnly(paths: readonly string[], contentDir = 'content'): boolean {
  const prefix = `${path.posix.normalize(contentDir).replace(/\/+$/, '')}/`;
  return paths.length > 0 && paths.every((p) => p.startsWith(prefix) && p !== `${prefix}site.yaml`);
}

if (import.meta.main) {
  const paths = readFileSync(0, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const contentDir = path.relative(PROJECT_ROOT, resolvePaths().contentDir).split(path.sep).join('/');
  console.log(`content-only=${isContentOnly(paths, contentDir)}`);
}
