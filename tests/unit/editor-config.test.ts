import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { bulletinSchema } from '../../src/content/schemas/bulletin.ts';
import { directiveSchema } from '../../src/content/schemas/directive.ts';
import { factcheckSchema } from '../../src/content/schemas/factcheck.ts';
import { text } from '../../src/content/schemas/fields.ts';
import { hotlineSchema } from '../../src/content/schemas/hotline.ts';
import { infographicSchema } from '../../src/content/schemas/infographic.ts';
import { newsSchema } from '../../src/content/schemas/news.ts';
import { pageSchema } from '../../src/content/schemas/page.ts';
import { siteSchema } from '../../src/content/schemas/site.ts';
import { editorConfig, formFields, type EditorField } from '../../src/editor/config.ts';
import { FIELD_LABELS } from '../../src/domain/field-labels.ts';
import { formatFinding } from '../../src/domain/findings.ts';

const site = siteSchema.parse({
  name: 'Thông tin dịch bệnh',
  agency: 'Sở TT&TT',
  province: 'Lạng Sơn',
  url: 'https://sukien.example.gov.vn',
});
const facts = {
  site,
  contentFolder: 'content',
  repository: 'stttt/sukien',
  latest: { stats: { confirmed: 12, recovered: 5, deaths: 0, tested: 300 }, districts: [{ name: 'Cao Lộc', confirmed: 7 }] },
};
const config = editorConfig(facts);
/** Ajv with the formats that schema uses: a pattern must be a regular expression JavaScript accepts. */
const ajvOptions = {
  allErrors: true,
  strict: false,
  formats: {
    regex: (s: string) =>
      (() => {
        try {
          return new RegExp(s) instanceof RegExp;
        } catch {
          return false;
        }
      })(),
    uri: (s: string) => URL.canParse(s),
  },
};
/** The JSON Schema of the configuration, as the pinned editor ships it (not in its package exports). */
const editorSchema = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8'),
) as object;

/** Field paths a zod schema accepts, as the label table writes them: `stats.confirmed`, `districts.name`. */
function schemaPaths(schema: unknown, prefix = ''): string[] {
  let node = schema as { def: Record<string, unknown> };
  for (;;) {
    const def = node.def;
    if (def.type === 'optional' || def.type === 'default') node = def.innerType as typeof node;
    else if (def.type === 'pipe') node = ((def.in as typeof node).def.type === 'transform' ? def.out : def.in) as typeof node;
    else break;
  }
  const def = node.def;
  if (def.type === 'object') {
    return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, child]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      return [path, ...schemaPaths(child, path)];
    });
  }
  if (def.type === 'array') return schemaPaths(def.element, prefix);
  if (def.type === 'record') return ['1', '2', '3', '4', '5'].map((k) => `${prefix}.${k}`);
  return [];
}

/** Field paths the editor's form offers. */
function formPaths(fields: readonly EditorField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    const sub = (f.fields as EditorField[] | undefined) ?? [];
    return [path, ...formPaths(sub, path)];
  });
}

const collection = (name: string) => config.collections.find((c) => c.name === name) as { fields: EditorField[]; [k: string]: unknown };
const settings = config.collections.find((c) => c.name === 'settings') as { files: { name: string; fields: EditorField[] }[] };
const settingsFile = (name: string) => settings.files.find((f) => f.name === name)!.fields;

const KINDS = [
  ['bulletins', bulletinSchema(site)],
  ['directives', directiveSchema],
  ['infographics', infographicSchema()],
  ['news', newsSchema()],
  ['factchecks', factcheckSchema],
  ['pages', pageSchema],
] as const;

describe('the editor configuration is generated from the schemas', () => {
  test('it is valid against the JSON Schema that ships with Sveltia CMS', () => {
    const ajv = new Ajv(ajvOptions);
    const validate = ajv.compile(editorSchema);
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
  });

  test('the validation catches a configuration the editor would refuse', () => {
    const validate = new Ajv(ajvOptions).compile(editorSchema);
    expect(validate({ ...config, publish_mode: 'review' })).toBe(false);
  });

  test.each(KINDS)('%s: every schema field has a form field and the form offers no field the schema does not accept', (name, schema) => {
    const offered = formPaths(collection(name).fields).filter((p) => p !== 'body');
    expect(offered.sort()).toEqual(schemaPaths(schema).sort());
    expect(collection(name).fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
  });

  test('hotlines.yaml is a top-level list of the hotline schema; site.yaml offers every setting', () => {
    const [list] = settingsFile('hotlines');
    expect(list).toMatchObject({ widget: 'list', root: true });
    expect(formPaths(list!.fields as EditorField[]).sort()).toEqual(schemaPaths(hotlineSchema).sort());
    expect(formPaths(settingsFile('site')).sort()).toEqual(schemaPaths(siteSchema).sort());
  });

  test('a field without a Vietnamese label fails, naming the field', () => {
    const grown = pageSchema.extend({ subtitle: text().optional() });
    expect(() => formFields('pages', grown)).toThrow(/pages field "subtitle" has no Vietnamese label/);
  });

  test('every field is labelled in Vietnamese, from the one label table', () => {
    const labels = (fields: readonly EditorField[]): string[] =>
      fields.flatMap((f) => [f.label, ...labels((f.fields as EditorField[] | undefined) ?? [])]);
    const all = config.collections.flatMap((c) => ('fields' in c ? labels(c.fields) : c.files.flatMap((f) => labels(f.fields))));
    expect(all.length).toBeGreaterThan(100);
    const known = new Set(Object.values(FIELD_LABELS).flatMap((table) => Object.values(table).map((l) => l.label)));
    for (const label of all) expect(known.has(label), label).toBe(true);
  });
});

describe('what the form enforces', () => {
  const bulletin = collection('bulletins').fields;
  const byName = (fields: readonly EditorField[], name: string) => fields.find((f) => f.name === name)!;
  const stats = byName(bulletin, 'stats').fields as EditorField[];

  test('figures are whole numbers from 0; a date is required; times are HH:MM', () => {
    for (const f of stats) expect(f).toMatchObject({ widget: 'number', value_type: 'int', min: 0, max: 1_000_000_000, required: false });
    expect(byName(bulletin, 'date')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', required: true });
    expect(byName(bulletin, 'time')).toMatchObject({ widget: 'datetime', type: 'time', format: 'HH:mm', default: '15:00' });
    expect(byName(bulletin, 'alertLevel')).toMatchObject({ widget: 'select', options: [1, 2, 3, 4, 5], required: false });
  });

  test('the texts the one-page poster prints are limited as the schema limits them, with a counter', () => {
    expect(byName(bulletin, 'correction')).toMatchObject({ widget: 'text', maxlength: 300 });
    expect(byName(bulletin, 'source')).toMatchObject({ widget: 'string', maxlength: 120 });
    expect(byName(byName(bulletin, 'districts').fields as EditorField[], 'name')).toMatchObject({ maxlength: 40 });
    expect(byName(bulletin, 'title')).not.toHaveProperty('maxlength');
  });

  test('a new bulletin opens with the latest cumulative figures and districts; daily figures start empty', () => {
    expect(byName(stats, 'confirmed').default).toBe(12);
    expect(byName(stats, 'tested').default).toBe(300);
    expect(byName(stats, 'confirmedNew').default).toBeUndefined();
    expect(byName(stats, 'suspected').default).toBeUndefined();
    expect(byName(bulletin, 'districts').default).toEqual([{ name: 'Cao Lộc', confirmed: 7 }]);
  });

  test('a bulletin is saved as bulletins/YYYY-MM-DD.md; slugs and file names without tone marks', () => {
    expect(collection('bulletins')).toMatchObject({ folder: 'content/bulletins', slug: '{{fields.date}}', extension: 'md' });
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true });
    expect(config.media_libraries.default.config.slugify_filename).toBe(true);
    expect(config.output).toEqual({ omit_empty_optional_fields: true, yaml: { quote: 'double' } });
  });

  test('replaces and amends are chosen from the register by document number', () => {
    const directive = collection('directives').fields;
    for (const name of ['replaces', 'amends'])
      expect(byName(directive, name)).toMatchObject({
        widget: 'relation',
        collection: 'directives',
        value_field: 'number',
        multiple: true,
      });
    expect(byName(directive, 'kind').options).toContainEqual({ value: 'chi-thi', label: 'Chỉ thị' });
  });

  test('pictures need their description; uploads sit beside their entry', () => {
    const infographic = collection('infographics');
    expect(byName(infographic.fields, 'image')).toMatchObject({ widget: 'image', required: true });
    expect(byName(infographic.fields, 'alt')).toMatchObject({ widget: 'string', required: true });
    expect(infographic).toMatchObject({ media_folder: '{{slug}}', public_folder: './{{slug}}' });
  });

  test('review mode opens a pull request; the repository comes from site.yaml, else the workflow', () => {
    expect(config.publish_mode).toBe('simple');
    expect(config.backend).toMatchObject({ name: 'github', repo: 'stttt/sukien', branch: 'main', auth_methods: ['token'] });
    const reviewed = siteSchema.parse({
      ...site,
      editor: { repository: 'tinh/kho', review: true, authEndpoint: 'https://auth.example.gov.vn/oauth' },
    });
    const withReview = editorConfig({ ...facts, site: reviewed, repository: reviewed.editor.repository });
    expect(withReview.publish_mode).toBe('editorial_workflow');
    expect(withReview.backend).toMatchObject({
      repo: 'tinh/kho',
      base_url: 'https://auth.example.gov.vn',
      auth_endpoint: 'oauth',
      auth_methods: ['oauth', 'token'],
    });
  });

  test('schemas keep their field types in zod metadata, which the generator reads', () => {
    expect(z.globalRegistry.get(text())).toEqual({ field: { type: 'text' } });
  });
});

describe("the editor's Vietnamese", () => {
  const read = (file: string) => JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../..', file), 'utf8')) as object;
  const keys = (o: unknown, at = ''): string[] =>
    o && typeof o === 'object' ? Object.entries(o).flatMap(([k, v]) => keys(v, at ? `${at}.${k}` : k)) : [at];
  const en = new Set(keys(read('node_modules/@sveltia/cms/locales/en-US.json')));
  const vi = new Set(keys(read('node_modules/@sveltia/cms/locales/vi.json')));
  const supplement = keys(read('src/editor/vi-supplement.json'));

  test('every string staff can meet that the pinned editor has only in English is given in Vietnamese', () => {
    // Configuration errors are for the people who set up the site, and a storage service the site does not use.
    const missing = [...en].filter((k) => !vi.has(k) && !/^(config|cloud_storage)\./.test(k));
    expect(missing.filter((k) => !supplement.includes(k))).toEqual([]);
  });

  test('the supplement names only strings the editor has, and replaces none of its Vietnamese', () => {
    for (const key of supplement) {
      expect(en.has(key), key).toBe(true);
      expect(vi.has(key), key).toBe(false);
    }
  });
});

describe('one label table for the form, the findings and the guide', () => {
  test("the check's findings name a field by its path and by the form's label", () => {
    expect(formatFinding({ severity: 'error', file: 'bulletins/2020-02-06.md', field: 'districts[1].name', message: 'm' })).toBe(
      'LỖI bulletins/2020-02-06.md trường "districts[1].name" (Huyện, thành phố): m',
    );
    expect(formatFinding({ severity: 'error', file: 'hotlines.yaml', field: '[0].phone', message: 'm' })).toContain('(Số điện thoại)');
    expect(formatFinding({ severity: 'error', file: 'news/a.md', field: 'nothing.here', message: 'm' })).toBe(
      'LỖI news/a.md trường "nothing.here": m',
    );
  });

  test("the staff guide names every field of the bulletin's form as the form does", () => {
    const guide = readFileSync(path.resolve(import.meta.dirname, '../../docs/huong-dan-bien-tap.md'), 'utf8').replace(/\s+/g, ' ');
    const missing = Object.values(FIELD_LABELS.bulletins)
      .map((l) => l.label)
      .filter((label) => !guide.includes(`**${label}**`));
    expect(missing).toEqual([]);
  });
});
