/**
 * The step before Astro: validate the content folder, print what was found, and stage what
 * is published. Content errors stop everything here, before a single page is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { formatReport, hasErrors } from '../domain/findings.ts';
import { loadContent, type LoadedContent, type SiteOverrides } from './load.ts';
import { PROJECT_ROOT, type Paths } from './paths.ts';
import { stageContent } from './stage.ts';

export class ContentError extends Error {
  override name = 'ContentError';
  readonly report: string;
  constructor(report: string) {
    super(`Nội dung có lỗi, trang chưa được tạo:\n${report}`);
    this.report = report;
  }
}

/**
 * What renders Markdown besides the content: the generator's plugins (src/markdown/) and the
 * packages installed (package-lock.json). It is part of every entry's digest
 * (src/content/staged.ts): a change of the citation or allow-list code renders every body again.
 */
export function markdownRendererDigest(root = PROJECT_ROOT): string {
  const hash = createHash('sha256');
  const dir = path.join(root, 'src/markdown');
  for (const file of existsSync(dir) ? readdirSync(dir).sort() : []) hash.update(file).update(readFileSync(path.join(dir, file)));
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex');
}

interface PrepareOptions {
  /** SITE_URL and SITE_BASE (src/build/options.ts). */
  overrides?: SiteOverrides;
  log?: (text: string) => void;
  /** What renders Markdown, for Astro's cached renders: markdownRendererDigest() unless a test says otherwise. */
  renderer?: string;
}

/** Validates the content folder and stages what is published now; throws a ContentError, listing every problem, when it has errors. */
export async function prepareContent(
  paths: Paths,
  now: Date,
  { overrides = {}, log = console.error, renderer = markdownRendererDigest() }: PrepareOptions = {},
): Promise<LoadedContent> {
  const content = await loadContent(paths.contentDir, now, overrides);
  if (hasErrors(content.findings)) throw new ContentError(formatReport(content.findings));
  if (content.findings.length > 0) log(`Kiểm tra nội dung (${paths.contentDir}):${formatReport(content.findings)}`);
  stageContent(content, paths.stageDir, renderer, now);
  return content;
}
