import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { KINDS } from '../../src/content-folder/kinds.ts';
import { shapeKeys } from '../../src/content-folder/schema-fields.ts';
import { siteSchema } from '../../src/content/schemas/site.ts';
import { hotlineSchema } from '../../src/content/schemas/hotline.ts';
import { STAT_KEYS } from '../../src/domain/figures.ts';

const doc = readFileSync(path.resolve(import.meta.dirname, '../../docs/content-format.md'), 'utf8');

/** The YAML block of a section of the doc. */
function block(heading: string): string {
  const at = doc.indexOf(`## ${heading}`);
  expect(at, `section ${heading}`).toBeGreaterThan(-1);
  return /```yaml\n([\s\S]*?)```/.exec(doc.slice(at))![1]!;
}

const site = siteSchema.parse({ name: 'a', agency: 'b', province: 'c', url: 'https://example.org' });
const sections: Record<string, string> = {
  bulletins: 'bulletins/*.md',
  directives: 'directives/*.md',
  infographics: 'infographics/*.md',
  news: 'news/*.md',
  factchecks: 'factchecks/*.md',
  pages: 'pages/*.md',
};

test.each(KINDS.map((k) => k.name))('every field of %s is documented', (name) => {
  const kind = KINDS.find((k) => k.name === name)!;
  const documented = block(sections[name]!) + block('Fields every kind of Markdown content has');
  // The schema walker must see the fields, or this test would pass on nothing.
  expect(shapeKeys(kind.schema(site)).length).toBeGreaterThan(2);
  for (const key of shapeKeys(kind.schema(site))) expect(documented, key).toMatch(new RegExp(`^\\s*(- \\{ )?${key}:`, 'm'));
});

test('every figure and every site and hotline field is documented', () => {
  for (const key of STAT_KEYS) expect(block('bulletins/*.md')).toContain(`  ${key}:`);
  for (const key of shapeKeys(siteSchema)) expect(block('site.yaml')).toMatch(new RegExp(`^${key}:`, 'm'));
  for (const key of shapeKeys(hotlineSchema)) expect(block('hotlines.yaml')).toMatch(new RegExp(`^(- |  )${key}:`, 'm'));
});
