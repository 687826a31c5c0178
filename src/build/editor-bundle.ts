/**
 * The editor's code at /admin/ (src/scripts/admin.ts and Sveltia CMS with its strings, fonts,
 * icons and the modules it loads on demand: about 20 MB), bundled by Vite on its own rather than
 * with the site's scripts: bundled with them it would cost every build, the daily rebuild
 * included, several seconds (docs/performance.md). It depends on code only, never on content,
 * so it is bundled again only when the code changes: the bundle is kept in the cache under a
 * digest of the lock file and of every file in src/, and copied from there otherwise.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Plugin } from 'vite';

/** A deep copy of `base` with what `extra` has that `base` lacks; `base` wins where both have a value. */
function fillMissing(base: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const mine = out[key];
    if (mine === undefined) out[key] = value;
    else if (mine && typeof mine === 'object' && value && typeof value === 'object')
      out[key] = fillMissing(mine as Record<string, unknown>, value as Record<string, unknown>);
  }
  return out;
}

/**
 * What the build changes in the editor's own code, so that /admin/ is in Vietnamese and fetches
 * nothing from any host but the site and the code host's API (tests/build/editor.test.ts proves
 * it in Chromium):
 * - the pinned version's Vietnamese lacks some strings its English has (Xem lỗi for "Show
 *   Errors", a save conflict's messages…): ../editor/vi-supplement.json gives them, and never
 *   replaces one the editor has;
 * - its interface declares its fonts (Source Sans 3, Noto Mono, Material Symbols for the icons)
 *   from a CDN in CSS, and registers the same fonts from the package's own files: the CDN
 *   declarations are dropped, the package's files stay;
 * - it polls GitHub's status page for incidents: that address is replaced by an empty answer,
 *   so the incident banner never shows.
 */
function editorForStaff(supplement: Record<string, unknown>): Plugin {
  return {
    name: 'sukien:editor-for-staff',
    enforce: 'pre',
    transform(code, id) {
      if (id.endsWith('/@sveltia/cms/locales/vi.json'))
        return { code: JSON.stringify(fillMissing(JSON.parse(code) as Record<string, unknown>, supplement)), map: null };
      if (!id.includes('/@sveltia/cms/')) return undefined;
      const fonts = /@font-face\s*\{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g;
      const status = 'https://www.githubstatus.com/api/v2/status.json';
      if (!fonts.test(code) && !code.includes(status)) return undefined;
      return { code: code.replace(fonts, '').replaceAll(status, 'data:application/json,{}'), map: null };
    },
  };
}

/** Everything the bundle can be made of: the installed packages (by the lock file), the project's settings and code, Node's major version. */
async function codeDigest(root: string): Promise<string> {
  const hash = createHash('sha256');
  const src = path.join(root, 'src');
  const files = (await readdir(src, { recursive: true, withFileTypes: true }))
    .filter((f) => f.isFile())
    .map((f) => path.relative(root, path.join(f.parentPath, f.name)).split(path.sep).join('/'))
    .sort();
  hash.update(process.version.split('.')[0]!);
  for (const file of ['package-lock.json', 'package.json', 'tsconfig.json', ...files])
    hash
      .update(file)
      .update('\0')
      .update(await readFile(path.join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

const keptBundle = (cacheDir: string) => path.join(cacheDir, 'editor');

/** Makes sure the cache holds the bundle of this code; returns whether it was there already. */
export async function prepareEditor(root: string, cacheDir: string): Promise<{ reused: boolean }> {
  const kept = keptBundle(cacheDir);
  const keptDigest = path.join(kept, 'digest.txt');
  const digest = await codeDigest(root);
  const reused = existsSync(keptDigest) && (await readFile(keptDigest, 'utf8')) === digest;
  if (!reused) {
    await rm(kept, { recursive: true, force: true });
    await build({
      configFile: false,
      root,
      // Relative addresses: the bundle works below any site.base.
      base: './',
      publicDir: false,
      logLevel: 'warn',
      cacheDir: path.join(cacheDir, 'vite-editor'),
      plugins: [
        editorForStaff(JSON.parse(await readFile(path.join(root, 'src/editor/vi-supplement.json'), 'utf8')) as Record<string, unknown>),
      ],
      build: {
        outDir: path.join(kept, 'admin'),
        emptyOutDir: true,
        target: 'es2022',
        sourcemap: false,
        reportCompressedSize: false,
        chunkSizeWarningLimit: 4096,
        assetsInlineLimit: 0,
        modulePreload: false,
        rollupOptions: {
          input: path.join(root, 'src/scripts/admin.ts'),
          output: {
            entryFileNames: 'editor.js',
            chunkFileNames: 'chunks/[name]-[hash].js',
            assetFileNames: 'assets/[name]-[hash][extname]',
          },
        },
      },
    });
    // The digest last: a bundle without it is never trusted.
    await writeFile(keptDigest, digest);
  }
  return { reused };
}

/** Puts the prepared bundle into the built site's admin/. */
export async function copyEditor(cacheDir: string, siteDir: string): Promise<void> {
  await cp(path.join(keptBundle(cacheDir), 'admin'), path.join(siteDir, 'admin'), { recursive: true });
}
