/**
 * The path of an entry's original file as the author wrote it. Astro's `image()` replaces
 * the field with the optimised image's metadata, so the written path is read from the
 * entry's raw front matter, which the glob loader keeps in `filePath`'s source.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resolvePaths } from '../content-folder/paths.ts';
import { parseYaml, splitFrontmatter } from '../content-folder/text.ts';

export function originalPath(entry: { id: string; collection: string }, field: string): string {
  const file = path.join(resolvePaths().stageDir, entry.collection, `${entry.id}.md`);
  const data = parseYaml(splitFrontmatter(readFileSync(file, 'utf8')).frontmatter ?? '') as Record<string, unknown>;
  return String(data[field]);
}
