/**
 * The staged content (src/content-folder/stage.ts) as Astro reads it: one JSON file per kind
 * of entries, and a loader for Astro's content layer that renders only the entries whose
 * data, body or renderer changed since the last build (Astro keeps what it rendered in its
 * data store, in the cache folder).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import { RENDERER_FILE } from '../content-folder/stage.ts';

/** One published entry, validated and normalised. */
export interface StagedEntry {
  /** Its slug: the last part of its address. */
  id: string;
  /** Absolute path of the file it was written in; what it points at (images, PDFs) is beside it. */
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** Real paths of the files it points at (pictures, attachments, files linked in the body), checked to be inside the content folder. */
  media: string[];
  /** The real path of each file its front matter names, by the path as written (`./5k.png`): what the build publishes. */
  files: Record<string, string>;
}

const byKind = new Map<string, Map<string, StagedEntry>>();

/** The staged entries of a kind, by id (read once per process). */
export function stagedEntries(stageDir: string, kind: string): Map<string, StagedEntry> {
  const file = path.join(stageDir, `${kind}.json`);
  let entries = byKind.get(file);
  if (!entries) {
    const list = JSON.parse(readFileSync(file, 'utf8')) as StagedEntry[];
    entries = new Map(list.map((e) => [e.id, e]));
    byKind.set(file, entries);
  }
  return entries;
}

/** Astro's store wants paths relative to the project, with forward slashes. */
const relativeToRoot = (root: URL, file: string) => path.relative(fileURLToPath(root), file).split(path.sep).join('/');

export function stagedLoader(stageDir: string, kind: string): Loader {
  return {
    name: 'sukien-staged',
    load: async (context) => {
      const { store, config } = context;
      // Read afresh at each load: the dev server may load again after the content changed.
      const entries = JSON.parse(readFileSync(path.join(stageDir, `${kind}.json`), 'utf8')) as StagedEntry[];
      // What renders the bodies is part of each digest: a change of it renders every body again.
      const renderer = readFileSync(path.join(stageDir, RENDERER_FILE), 'utf8');
      const present = new Set<string>();
      for (const entry of entries) {
        present.add(entry.id);
        const digest = context.generateDigest(`${renderer}${JSON.stringify(entry)}`);
        const filePath = relativeToRoot(config.root, entry.file);
        const existing = store.get(entry.id);
        if (existing?.digest === digest) continue;
        const data = await context.parseData({ id: entry.id, data: entry.data, filePath: entry.file });
        // An empty front matter first, so that a body that opens with "---" stays body.
        const rendered = await context.renderMarkdown(`---\n---\n${entry.body}`, { fileURL: pathToFileURL(entry.file) });
        store.set({ id: entry.id, data, body: entry.body, filePath, digest, rendered, assetImports: rendered.metadata?.imagePaths });
      }
      for (const id of store.keys()) if (!present.has(id)) store.delete(id);
    },
  };
}
