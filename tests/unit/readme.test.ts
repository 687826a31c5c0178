/** The README's layout lines cover every folder of the project, so that a newcomer finds each from there. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const layout = /```\nsrc\/build\/[\s\S]*?```/.exec(readme)?.[0] ?? '';
const folders = (dir: string) =>
  readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && d.name !== 'node_modules' && d.name !== 'dist')
    .map((d) => (dir ? `${dir}/${d.name}` : d.name));

test('every folder of the project is named in the README’s layout', () => {
  const all = [...folders(''), ...folders('src'), ...folders('scripts'), ...folders('tests')];
  expect(all.length).toBeGreaterThan(20);
  const missing = all.filter((f) => !layout.includes(`${f}/`) && !layout.includes(` ${f.split('/').pop()}/`));
  expect(missing).toEqual([]);
});
