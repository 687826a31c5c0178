/**
 * Files an entry offers for download (attachments, original pictures and videos), read only
 * by the real paths the validator checked and staged (src/content-folder/files.ts): never a
 * path worked out again from what the author wrote.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import options from 'virtual:sukien/options';
import { stagedEntries } from '../content/staged.ts';

const FILE_TYPES: Record<string, string> = {
  '.pdf': 'PDF',
  '.doc': 'Word',
  '.docx': 'Word',
  '.xls': 'Excel',
  '.xlsx': 'Excel',
  '.odt': 'OpenDocument',
  '.zip': 'ZIP',
  '.png': 'Ảnh PNG',
  '.jpg': 'Ảnh JPEG',
  '.jpeg': 'Ảnh JPEG',
  '.webp': 'Ảnh WebP',
  '.svg': 'Ảnh SVG',
  '.mp4': 'Video MP4',
  '.webm': 'Video WebM',
};

interface DownloadFile {
  /** File name: the last part of its public URL. */
  name: string;
  /** The checked real path in the content folder. */
  source: string;
  type: string;
  bytes: number;
}

interface EntryRef {
  id: string;
  collection: string;
}

/** The path an entry's field was written with (`./5k.png`): Astro's `image()` replaces the field with the optimised picture. */
export function writtenPath(entry: EntryRef, field: string): string {
  return String(stagedEntries(options.stageDir, entry.collection).get(entry.id)?.data[field]);
}

/** A file an entry's front matter names, as written, for download links and the routes that publish it. */
export function downloadFile(entry: EntryRef, written: string): DownloadFile {
  const source = stagedEntries(options.stageDir, entry.collection).get(entry.id)?.files[written];
  if (!source) throw new Error(`${entry.collection}/${entry.id}: ${written} was not checked by the validator`);
  const name = path.posix.basename(written);
  return {
    name,
    source,
    type: FILE_TYPES[path.extname(name).toLowerCase()] ?? path.extname(name).slice(1).toUpperCase(),
    bytes: statSync(source).size,
  };
}
