/**
 * The step before Astro: validate the content folder, print what was found, and stage what
 * is published. Content errors stop everything here, before a single page is written.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatReport, hasErrors } from '../domain/findings.ts';
import { loadContent, type LoadedContent } from './load.ts';
import type { Paths } from './paths.ts';
import { stageContent } from './stage.ts';

export class ContentError extends Error {
  override name = 'ContentError';
  readonly report: string;
  constructor(report: string) {
    super(`Nội dung có lỗi, trang chưa được tạo:\n${report}`);
    this.report = report;
  }
}

export function prepareContent(paths: Paths, now: Date, log: (text: string) => void = console.error): LoadedContent {
  const content = loadContent(paths.contentDir, now, { url: process.env.SITE_URL?.trim(), base: process.env.SITE_BASE?.trim() });
  if (hasErrors(content.findings)) throw new ContentError(formatReport(content.findings));
  if (content.findings.length > 0) log(`Kiểm tra nội dung (${paths.contentDir}):${formatReport(content.findings)}`);
  const { register } = stageContent(content, paths.stageDir);
  // Citations in every page depend on the register: render them all again when it is not
  // the one Astro's cached renders were made with. The copy lives beside those renders, in
  // the cache the deploy workflow keeps, since the staged files are not kept between runs.
  const renderedWith = path.join(paths.cacheDir, 'sukien-register.json');
  if (!existsSync(renderedWith) || readFileSync(renderedWith, 'utf8') !== register) {
    rmSync(path.join(paths.cacheDir, 'data-store.json'), { force: true });
    mkdirSync(paths.cacheDir, { recursive: true });
    writeFileSync(renderedWith, register);
  }
  return content;
}
