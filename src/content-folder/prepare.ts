/**
 * The step before Astro: validate the content folder, print what was found, and stage what
 * is published. Content errors stop everything here, before a single page is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatReport, hasErrors } from '../domain/findings.ts';
import { loadContent, type LoadedContent } from './load.ts';
import { PROJECT_ROOT, renderedWithFile, type Paths } from './paths.ts';
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
 * packages installed (package-lock.json). Astro's cached renders are kept only while it is
 * the same: a change of the citation or allow-list code must reach every page.
 */
export function markdownRendererDigest(root = PROJECT_ROOT): string {
  const hash = createHash('sha256');
  const dir = path.join(root, 'src/markdown');
  for (const file of existsSync(dir) ? readdirSync(dir).sort() : []) hash.update(file).update(readFileSync(path.join(dir, file)));
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex');
}

export async function prepareContent(
  paths: Paths,
  now: Date,
  log: (text: string) => void = console.error,
  renderer: string = markdownRendererDigest(),
): Promise<LoadedContent> {
  const content = await loadContent(paths.contentDir, now, { url: process.env.SITE_URL?.trim(), base: process.env.SITE_BASE?.trim() });
  if (hasErrors(content.findings)) throw new ContentError(formatReport(content.findings));
  if (content.findings.length > 0) log(`Kiểm tra nội dung (${paths.contentDir}):${formatReport(content.findings)}`);
  const { register } = stageContent(content, paths.stageDir);
  // Citations in every page depend on the register, and every body on the code that renders
  // it: render them all again when either is not what Astro's cached renders were made with.
  // The record lives beside those renders, in the cache the deploy workflow keeps, since the
  // staged files are not kept between runs.
  const renderedWith = renderedWithFile(paths);
  const record = `${renderer}\n${register}`;
  if (!existsSync(renderedWith) || readFileSync(renderedWith, 'utf8') !== record) {
    rmSync(path.join(paths.cacheDir, 'data-store.json'), { force: true });
    mkdirSync(paths.cacheDir, { recursive: true });
    writeFileSync(renderedWith, record);
  }
  return content;
}
