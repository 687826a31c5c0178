/**
 * The floor: a bare Astro project that renders the same Markdown files with a minimal layout
 * (no validation, no images, no search, no feeds). The generator's cost is measured against it.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Astro 7 with its defaults, Markdown processor (Sätteri) included. */
export function writeFloorProject(dir: string, contentDir: string, nodeModules: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src/pages/[kind]'), { recursive: true });
  symlinkSync(nodeModules, path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'astro.config.mjs'), "export default { devToolbar: { enabled: false }, cacheDir: './.cache' };\n");
  const kinds = ['bulletins', 'directives', 'news', 'infographics', 'factchecks', 'pages'];
  writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = {\n${kinds
      .map((k) => `  ${k}: defineCollection({ loader: glob({ pattern: '*.md', base: ${JSON.stringify(path.join(contentDir, k))} }) }),`)
      .join('\n')}\n};\n`,
  );
  writeFileSync(
    path.join(dir, 'src/pages/[kind]/[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const kinds = ${JSON.stringify(kinds)};
  const all = [];
  for (const kind of kinds) for (const entry of await getCollection(kind)) all.push({ params: { kind, id: entry.id }, props: { entry } });
  return all;
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="vi"><head><meta charset="utf-8"><title>{String(entry.data.title ?? entry.id)}</title></head><body><h1>{String(entry.data.title ?? entry.id)}</h1><Content /></body></html>
`,
  );
}
