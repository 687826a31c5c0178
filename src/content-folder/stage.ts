/**
 * Writes what is published now into the staging folder that Astro's collections read:
 * every Markdown file normalised (NFC, \n, defaults filled in, dates as Vietnam-time text),
 * the media it points at, and site settings and hotlines as JSON. Drafts and scheduled
 * entries are left out here, so no page, feed or index can show them. A file is rewritten
 * only when its bytes change, so Astro's caches stay warm between builds.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadedContent } from './load.ts';
import { KINDS } from './kinds.ts';
import { dumpYaml } from './text.ts';

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

function copyIfChanged(from: string, to: string, written: Set<string>): void {
  written.add(to);
  if (existsSync(to)) {
    const [a, b] = [statSync(from), statSync(to)];
    if (a.size === b.size && a.mtimeMs <= b.mtimeMs) return;
  }
  mkdirSync(path.dirname(to), { recursive: true });
  copyFileSync(from, to);
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
 * Stages the content. Returns whether the register of directives changed: pages cite
 * directives by number, so a changed register means every page's citations must be rendered
 * again (the caller then drops Astro's cached renders).
 */
export function stageContent(content: LoadedContent, stageDir: string): { registerChanged: boolean } {
  const written = new Set<string>();
  const registerFile = path.join(stageDir, 'register.json');
  const register = `${JSON.stringify(
    content.entries
      .filter((e) => e.kind === 'directives' && e.published)
      .map((e) => ({ id: e.slug, number: e.data.number, issued: e.data.issued, title: e.data.title })),
  )}\n`;
  const registerChanged = !existsSync(registerFile) || readFileSync(registerFile, 'utf8') !== register;
  writeIfChanged(registerFile, register, written);
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
  for (const entry of content.entries) {
    if (!entry.published) continue;
    const { draft: _draft, publishAt: _publishAt, ...data } = entry.data;
    writeIfChanged(path.join(stageDir, entry.kind, `${entry.slug}.md`), `---\n${dumpYaml(data)}---\n${entry.body}`, written);
    for (const rel of entry.media) copyIfChanged(path.join(content.contentDir, rel), path.join(stageDir, rel), written);
  }
  removeStale(stageDir, written);
  // Empty kinds still get their folder, so Astro's loaders find (and report) nothing to load.
  for (const kind of KINDS) mkdirSync(path.join(stageDir, kind.name), { recursive: true });
  return { registerChanged };
}
