/**
 * The build's options, read once from the environment (the generator's public settings:
 * CONTENT_DIR, OUT_DIR, SUKIEN_WORK_DIR, SOURCE_DATE_EPOCH, SITE_URL, SITE_BASE) and passed
 * explicitly from there on: to the steps of src/build/run.ts and, through astro.config.mjs,
 * to each integration.
 */
import path from 'node:path';
import { PROJECT_ROOT, resolvePaths, type Paths } from '../content-folder/paths.ts';
import type { SiteOverrides } from '../content-folder/load.ts';
import { buildClock } from '../domain/vn-time.ts';

export interface BuildOptions extends Paths {
  /** The repository: the Astro project. */
  root: string;
  /** Where the finished site is published: OUT_DIR, default dist/. */
  outDir: string;
  /** Where Astro builds the next site, before it replaces outDir in one rename. */
  nextDir: string;
  /** The build clock: SOURCE_DATE_EPOCH when set, else now. */
  now: Date;
  /** SITE_URL and SITE_BASE: a preview or staging copy served from another address. */
  site: SiteOverrides;
  /** What the editor at /admin/ needs to know of the repository (src/editor/config.ts). */
  editor: {
    /** GITHUB_REPOSITORY, set by GitHub's workflows: where the editor saves when site.yaml does not say. */
    repository: string | undefined;
  };
}

export function buildOptions(env: Record<string, string | undefined> = process.env, root = PROJECT_ROOT): BuildOptions {
  const paths = resolvePaths(env, root);
  return {
    ...paths,
    root,
    outDir: path.resolve(root, env.OUT_DIR?.trim() || 'dist'),
    nextDir: path.join(paths.workDir, 'dist-next'),
    // Whole seconds: the Astro process gets the same clock through SOURCE_DATE_EPOCH.
    now: new Date(Math.floor(buildClock(env).getTime() / 1000) * 1000),
    site: { url: env.SITE_URL?.trim() || undefined, base: env.SITE_BASE?.trim() || undefined },
    editor: { repository: env.GITHUB_REPOSITORY?.trim() || undefined },
  };
}

/**
 * The environment of a process that builds with these options (Astro, started by run.ts or
 * scripts/astro.ts): the same settings, with every path absolute, so that Astro's bundled
 * code finds them wherever it runs from.
 */
export function optionsEnv(options: BuildOptions): Record<string, string> {
  return {
    CONTENT_DIR: options.contentDir,
    SUKIEN_WORK_DIR: options.workDir,
    OUT_DIR: options.outDir,
    SOURCE_DATE_EPOCH: String(Math.floor(options.now.getTime() / 1000)),
    ...(options.site.url && { SITE_URL: options.site.url }),
    ...(options.site.base && { SITE_BASE: options.site.base }),
    ...(options.editor.repository && { GITHUB_REPOSITORY: options.editor.repository }),
  };
}
