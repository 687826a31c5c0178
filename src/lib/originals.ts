/**
 * The path of an entry's original file as the author wrote it. Astro's `image()` replaces
 * the field with the optimised image's metadata, so the written path is read from the
 * staged entry (src/content/staged.ts).
 */
import { resolvePaths } from '../content-folder/paths.ts';
import { stagedEntries } from '../content/staged.ts';

export function originalPath(entry: { id: string; collection: string }, field: string): string {
  return String(stagedEntries(resolvePaths().stageDir, entry.collection).get(entry.id)?.data[field]);
}
