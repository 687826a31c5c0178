/**
 * Writes what is published now into the staging folder that Astro's collections read: for
 * each kind one JSON file of its entries, normalised (NFC, \n, defaults filled in, dates as
 * Vietnam-time text), each with the path of its original file (media are read from beside
 * it); and site settings and hotlines as JSON. Drafts and scheduled entries are left out
 * here, so no page, feed or index can show them. A file is rewritten only when its bytes
 * change, and Astro's loader (src/content/staged.ts) renders only entries that
 * changed, so its caches stay warm between builds.
 *
 * One file per kind rather than one per entry: ten years of content are some 7,000 entries,
 * and creating that many files costs more than everything else this step does.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { StagedEntry } from '../content/staged.ts';
import { publishedFiles, type LoadedContent } from './load.ts';
import { KINDS } from './kinds.ts';
import { contentSearchParts, SEARCH_PARTS_FILE } from './search-parts.ts';

function writeIfChanged(abs: string, content: string | Buffer, written: Set<string>): void {
  written.add(abs);
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  if (existsSync(abs)) {
    const old = readFileSync(abs);
    if (old.equals(bytes)) return;
  }
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, bytes);
}

function removeStale(dir: string, keep: Set<string>): void {
  if (!existsSync(dir)) return;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, d.name);
    if (d.isDirectory()) {
      removeStale(abs, keep);
      if (readdirSync(abs).length === 0) rmSync(abs, { recursive: true });
    } else if (!keep.has(abs)) {
      rmSync(abs);
    }
  }
}

/**
 * The files published as committed, staged for src/build/integrations/body-files.ts: those
 * Markdown bodies link to, and those an entry offers for download (an infographic's original
 * picture and video, a directive's attachments, at /<section>/<slug>/<file name>:
 * src/lib/downloads.ts names them for the pages).
 */
export const BODY_FILES = 'body-files.json';

export interface BodyFile {
  /** The checked real path in the content folder. */
  from: string;
  /** Path in the site, below its base. */
  to: string;
}

/** The staged record of what renders Markdown: read by Astro's content loader (src/content/staged.ts). */
export const RENDERER_FILE = 'renderer.txt';

/**
 * Stages the content published at `now`. `renderer` says what renders Markdown
 * (src/content-folder/prepare.ts); it is staged with the register of directives, which every
 * body's citations link into: when either changes, every body is rendered again.
 */
export function stageContent(content: LoadedContent, stageDir: string, renderer: string, now: Date): void {
  const written = new Set<string>();
  const registerFile = path.join(stageDir, 'register.json');
  const register = `${JSON.stringify(
    content.entries
      .filter((e) => e.kind === 'directives' && e.published)
      .map((e) => ({ id: e.slug, number: e.data.number, issued: e.data.issued, title: e.data.title })),
  )}\n`;
  writeIfChanged(registerFile, register, written);
  writeIfChanged(path.join(stageDir, RENDERER_FILE), `${renderer}\n${createHash('sha256').update(register).digest('hex')}\n`, written);
  writeIfChanged(path.join(stageDir, 'site.json'), `${JSON.stringify(content.site, null, 2)}\n`, written);
  writeIfChanged(
    path.join(stageDir, 'hotlines.json'),
    `${JSON.stringify(
      content.hotlines.map((h, i) => ({ id: String(i + 1).padStart(3, '0'), ...h })),
      null,
      2,
    )}\n`,
    written,
  );
  // Old paths that only redirect: kept out of the sitemap.
  const aliases = content.entries.filter((e) => e.published).flatMap((e) => e.data.aliases as string[]);
  writeIfChanged(path.join(stageDir, 'aliases.json'), `${JSON.stringify(aliases)}\n`, written);
  const bodyFiles: BodyFile[] = [];
  for (const kind of KINDS) {
    const staged = content.entries
      .filter((entry) => entry.kind === kind.name && entry.published)
      .map((entry): StagedEntry => {
        const { draft: _draft, publishAt: _publishAt, ...data } = entry.data;
        // Where a browser on the entry's page resolves the link; never above the site's root.
        for (const { from, to } of publishedFiles(entry, kind.route(entry.slug, data))) bodyFiles.push({ from, to });
        return {
          id: entry.slug,
          file: path.resolve(content.contentDir, entry.file),
          data,
          body: entry.body,
          media: [...new Set(entry.media.map((m) => m.real))],
          files: entry.files,
        };
      });
    writeIfChanged(path.join(stageDir, `${kind.name}.json`), JSON.stringify(staged), written);
  }
  writeIfChanged(path.join(stageDir, SEARCH_PARTS_FILE), `${JSON.stringify(contentSearchParts(content, now))}\n`, written);
  writeIfChanged(path.join(stageDir, BODY_FILES), `${JSON.stringify(bodyFiles, null, 2)}\n`, written);
  removeStale(stageDir, written);
}
