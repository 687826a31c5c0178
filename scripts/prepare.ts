/**
 * The first step of `npm run build` (scripts/build.ts): validate the content folder and stage
 * what is published. It runs in a process of its own while Astro loads itself, and Astro
 * waits for it before reading any content (src/integration/content-ready.ts); the memory
 * validation takes is given back before Astro loads the content. Exits 1, after listing every
 * problem, when the content has errors.
 */
import { ContentError, prepareContent } from '../src/content-folder/prepare.ts';
import { resolvePaths } from '../src/content-folder/paths.ts';
import { buildClock } from '../src/domain/vn-time.ts';

const paths = resolvePaths();
try {
  await prepareContent(paths, buildClock());
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`Nội dung trong ${paths.contentDir} có lỗi cần sửa:\n${error.report}`);
  process.exit(1);
}
