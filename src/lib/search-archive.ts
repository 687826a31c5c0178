/** The search index's archive for the search page (src/domain/search-parts.ts): read once from the staged parts. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import options from 'virtual:sukien/options';
import { SEARCH_PARTS_FILE } from '../content-folder/search-parts.ts';
import { archiveYearsText, type SearchParts } from '../domain/search-parts.ts';

/** The years the archive spans and the first year of the current part, or undefined when there is no archive. */
export function searchArchive(): { years: string; currentFrom: number } | undefined {
  const parts = JSON.parse(readFileSync(path.join(options.stageDir, SEARCH_PARTS_FILE), 'utf8')) as SearchParts;
  if (!parts.archiveYears || parts.currentFrom === undefined) return undefined;
  return { years: archiveYearsText(parts.archiveYears), currentFrom: parts.currentFrom };
}
