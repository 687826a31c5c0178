/**
 * A keyed page (one whose route hands it a cache key, src/views/) may read only its props and
 * the shared state that every key covers (src/lib/chrome.ts, src/lib/site.ts): never a
 * collection, a file or the clock, directly or through anything it imports. Then its key,
 * made of those props, cannot miss what it shows (src/lib/page-keys.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Modules whose whole output every key covers: the walk stops there. */
const SHARED = ['src/lib/chrome.ts', 'src/lib/site.ts'];
/** Names that read the build clock. */
const CLOCK = new Set(['NOW', 'today', 'buildClock']);
/** The clock's module: a keyed page may take only `renderedAt` from it, the time it shows as rendered (masked by the differential test). */
const CLOCK_MODULE = 'src/lib/clock.ts';
const FILES = new Set(['node:fs', 'fs', 'node:fs/promises', 'fs/promises']);

interface Import {
  from: string;
  names: string[];
  typeOnly: boolean;
}

/** The imports of a module (an .astro file's front matter or a .ts file). */
function importsOf(source: string): Import[] {
  const code = source.startsWith('---') ? source.slice(3, source.indexOf('\n---', 3)) : source;
  const found: Import[] = [];
  for (const m of code.matchAll(/^\s*(import|export)\s+(type\s+)?([\s\S]*?)\s+from\s+['"]([^'"]+)['"]/gm)) {
    const names = (/\{([\s\S]*)\}/.exec(m[3]!)?.[1] ?? '')
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    const values = names.filter((n) => !n.startsWith('type ')).map((n) => n.split(/\s+as\s+/)[0]!.trim());
    const typeOnly = Boolean(m[2]) || (names.length > 0 && values.length === 0 && !/^\s*[\w*]/.test(m[3]!.replace(/\{[\s\S]*\}/, '')));
    found.push({ from: m[4]!, names: values, typeOnly });
  }
  for (const m of code.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push({ from: m[1]!, names: [], typeOnly: false });
  return found;
}

const resolve = (root: string, importer: string, spec: string): string | undefined => {
  if (!spec.startsWith('.')) return undefined;
  const file = path
    .relative(root, path.resolve(path.dirname(path.join(root, importer)), spec))
    .split(path.sep)
    .join('/');
  return existsSync(path.join(root, file)) ? file : undefined;
};

const isView = (file: string) => file.startsWith('src/views/');

/** Pages whose route data comes from src/views/: the keyed pages. */
function keyedPages(root: string): string[] {
  const pages = readdirSync(path.join(root, 'src/pages'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(astro|ts)$/.test(f))
    .map((f) => `src/pages/${f.split(path.sep).join('/')}`);
  return pages.filter((page) =>
    importsOf(readFileSync(path.join(root, page), 'utf8')).some((i) => isView(resolve(root, page, i.from) ?? '')),
  );
}

/** Every way a keyed page, or a module it reaches, reads something its key does not cover. */
export function keyedPageViolations(root: string): string[] {
  const problems: string[] = [];
  for (const page of keyedPages(root)) {
    const seen = new Set<string>();
    const visit = (file: string, via: string[]) => {
      if (seen.has(file) || SHARED.includes(file)) return;
      seen.add(file);
      const trail = [...via, file].join(' → ');
      for (const i of importsOf(readFileSync(path.join(root, file), 'utf8'))) {
        if (i.typeOnly) continue;
        const target = resolve(root, file, i.from);
        if (target === CLOCK_MODULE) {
          if (i.names.some((n) => n !== 'renderedAt')) problems.push(`${trail} reads the clock (${i.names.join(', ')})`);
          continue;
        }
        if (target && isView(target)) {
          // The route's data: only its getStaticPaths, straight from the page.
          if (file !== page || i.names.some((n) => !n.endsWith('Paths')))
            problems.push(`${trail} takes ${i.names.join(', ')} from ${target}`);
          continue;
        }
        const queries = i.from === 'astro:content' ? i.names.filter((n) => n !== 'render') : [];
        if (queries.length > 0) problems.push(`${trail} queries collections (${queries.join(', ')})`);
        if (FILES.has(i.from)) problems.push(`${trail} reads files (${i.from})`);
        const clock = i.names.filter((n) => CLOCK.has(n));
        if (clock.length > 0) problems.push(`${trail} reads the clock (${clock.join(', ')})`);
        if (target) visit(target, [...via, file]);
      }
    };
    visit(page, []);
  }
  return problems;
}

describe('keyed pages read only their props and the shared state', () => {
  test('every keyed page of the site', () => {
    const pages = keyedPages(ROOT);
    // The rule must see the pages it is about, or it would pass on nothing.
    expect(pages.sort()).toEqual([
      'src/pages/ban-tin/[...page].astro',
      'src/pages/ban-tin/[date].astro',
      'src/pages/ban-tin/[date]/in.astro',
      'src/pages/cai-chinh/[...page].astro',
      'src/pages/cai-chinh/[slug].astro',
      'src/pages/infographic/[...page].astro',
      'src/pages/infographic/[slug]/in.astro',
      'src/pages/infographic/[slug]/index.astro',
      'src/pages/thong-tin/[slug].astro',
      'src/pages/tin-tuc/[...page].astro',
      'src/pages/tin-tuc/[slug].astro',
      'src/pages/van-ban/[...page].astro',
      'src/pages/van-ban/[facet]/[value]/[...page].astro',
      'src/pages/van-ban/[slug]/index.astro',
    ]);
    expect(keyedPageViolations(ROOT)).toEqual([]);
  });

  test('no page sets a cache key of its own: keys come from src/views/keyed.ts, made of the props', () => {
    const pages = readdirSync(path.join(ROOT, 'src/pages'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(astro|ts)$/.test(f));
    expect(pages.filter((f) => readFileSync(path.join(ROOT, 'src/pages', f), 'utf8').includes('cacheKey'))).toEqual([]);
  });

  test('the rule catches a page or a component that reads a collection, a file or the clock', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'sukien-keyed-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    write(
      'src/views/doc.ts',
      "import { getCollection } from 'astro:content';\nexport const docPaths = async () => [];\nexport const helper = 1;\n",
    );
    write('src/lib/chrome.ts', "import { getCollection } from 'astro:content';\n");
    write('src/lib/status.ts', "import { today } from './clock.ts';\nexport const status = () => today();\n");
    write('src/lib/clock.ts', 'export const today = () => 1;\n');
    write('src/components/Status.astro', "---\nimport { status } from '../lib/status.ts';\n---\n{status()}\n");
    write('src/components/Files.astro', "---\nimport { statSync } from 'node:fs';\nimport { getChrome } from '../lib/chrome.ts';\n---\n");
    write(
      'src/pages/doc/[slug].astro',
      "---\nimport { render, getEntry, type CollectionEntry } from 'astro:content';\nimport Status from '../../components/Status.astro';\nimport Files from '../../components/Files.astro';\nimport { docPaths, helper, type Doc } from '../../views/doc.ts';\nexport const getStaticPaths = docPaths;\n---\n",
    );
    write(
      'src/pages/ok/[slug].astro',
      "---\nimport { render } from 'astro:content';\nimport { docPaths } from '../../views/doc.ts';\nexport const getStaticPaths = docPaths;\n---\n",
    );
    const problems = keyedPageViolations(root);
    expect(problems, problems.join('\n')).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/doc\/\[slug\]\.astro queries collections \(getEntry\)/);
    expect(problems.join('\n')).toMatch(/takes docPaths, helper from src\/views\/doc\.ts/);
    expect(problems.join('\n')).toMatch(/Status\.astro → src\/lib\/status\.ts reads the clock \(today\)/);
    expect(problems.join('\n')).toMatch(/Files\.astro reads files \(node:fs\)/);
  });
});
