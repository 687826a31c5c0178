/**
 * The browser editor's configuration (Sveltia CMS, served at /admin/), generated from the
 * content schemas, the label table and the site settings, never written by hand: a field
 * the format gains appears in the form, with its Vietnamese label, its limits and its default.
 * tests/unit/editor-config.test.ts checks it against the schemas both ways and against the
 * JSON Schema that ships with the editor.
 */
import type { z } from 'astro/zod';
import { bulletinSchema } from '../content/schemas/bulletin.ts';
import { DIRECTIVE_KINDS, directiveSchema } from '../content/schemas/directive.ts';
import { VERDICTS, factcheckSchema } from '../content/schemas/factcheck.ts';
import { fieldType } from '../content/schemas/fields.ts';
import { hotlineSchema } from '../content/schemas/hotline.ts';
import { IMAGE_EXTENSIONS, VIDEO_EXTENSIONS, infographicSchema } from '../content/schemas/infographic.ts';
import { newsSchema } from '../content/schemas/news.ts';
import { pageSchema } from '../content/schemas/page.ts';
import { siteSchema, type Site } from '../content/schemas/site.ts';
import { CUMULATIVE_KEYS, type Stats } from '../domain/figures.ts';
import { FIELD_LABELS, type LabelledKind } from '../domain/field-labels.ts';
import { SECTIONS } from '../domain/routes.ts';

/** A field of the editor's form, as Sveltia CMS reads it. */
export type EditorField = { name: string; label: string; widget: string; required?: boolean; hint?: string; default?: unknown } & Record<
  string,
  unknown
>;

/** What the configuration is made from: all known at build time. */
export interface EditorFacts {
  site: Site;
  /** The content folder inside the repository (site.yaml's editor.folder): `content`. */
  contentFolder: string;
  /** `owner/name`: site.yaml's editor.repository, else the workflow's GITHUB_REPOSITORY. */
  repository: string | undefined;
  /** The latest published bulletin's cumulative figures and districts: the new bulletin's defaults. */
  latest?: { stats: Stats; districts?: { name: string; confirmed: number }[] };
}

/** Texts written over several lines in the form. */
const MULTILINE = new Set([
  'correction',
  'claim',
  'action',
  'summary',
  'description',
  'notice.text',
  'alertGuidance.1',
  'alertGuidance.2',
  'alertGuidance.3',
  'alertGuidance.4',
  'alertGuidance.5',
]);

/** Select options from a table of Vietnamese names. */
const options = (table: Record<string, string>) => Object.entries(table).map(([value, label]) => ({ value, label }));

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  items?: z.ZodType[];
  entries?: Record<string, string>;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  defaultValue?: unknown;
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;

/** A schema without its wrappers, and whether the field must be filled in. */
function unwrap(schema: z.ZodType): { node: z.ZodType; required: boolean; fallback?: unknown } {
  let node = schema;
  let required = true;
  let fallback: unknown;
  for (;;) {
    if (fieldType(node)) return { node, required, fallback };
    const def = defOf(node);
    if (def.type === 'optional' || def.type === 'default') {
      required = false;
      if (def.type === 'default') fallback = def.defaultValue;
      node = def.innerType!;
    } else if (def.type === 'pipe') node = defOf(def.in!).type === 'transform' ? def.out! : def.in!;
    else if (def.type === 'union' && def.options?.length === 1) node = def.options[0]!;
    else return { node, required, fallback };
  }
}

/** The enum values inside a schema (a record's keys, through preprocessing). */
function enumValues(schema: z.ZodType): string[] {
  const def = defOf(unwrap(schema).node);
  if (def.type === 'enum') return Object.values(def.entries ?? {});
  throw new Error(`editor config: expected an enum, found ${def.type}`);
}

/** Per-field choices the schema cannot tell: relations, pictures, fixed options, defaults. */
type Override = (path: string, field: EditorField) => EditorField;

class Generator {
  private readonly kind: LabelledKind;
  private readonly override: Override;
  constructor(kind: LabelledKind, override: Override = (_, f) => f) {
    this.kind = kind;
    this.override = override;
  }

  private label(path: string) {
    const label = FIELD_LABELS[this.kind][path];
    if (!label) throw new Error(`editor config: ${this.kind} field "${path}" has no Vietnamese label in src/domain/field-labels.ts`);
    return label;
  }

  fields(schema: z.ZodType, prefix = ''): EditorField[] {
    const def = defOf(unwrap(schema).node);
    if (def.type !== 'object' || !def.shape) throw new Error(`editor config: ${this.kind} ${prefix || 'schema'} is not an object`);
    return Object.entries(def.shape).map(([name, child]) => this.field(name, child, prefix ? `${prefix}.${name}` : name));
  }

  private field(name: string, schema: z.ZodType, path: string): EditorField {
    const { node, required, fallback } = unwrap(schema);
    const { label, hint } = this.label(path);
    const base: EditorField = { name, label, widget: 'string', required, ...(hint ? { hint } : {}) };
    if (fallback !== undefined && !(Array.isArray(fallback) && fallback.length === 0) && typeof fallback !== 'object')
      base.default = fallback;
    return this.override(path, { ...base, ...this.widget(node, path) });
  }

  private widget(node: z.ZodType, path: string): Partial<EditorField> {
    const type = fieldType(node);
    if (type) {
      switch (type.type) {
        case 'text':
          // Sveltia counts the characters as staff type and refuses more than the schema allows.
          return { widget: MULTILINE.has(path) ? 'text' : 'string', ...(type.max ? { maxlength: type.max } : {}) };
        case 'date':
          return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
        case 'time':
          return { widget: 'datetime', type: 'time', format: 'HH:mm' };
        case 'datetime':
          return { widget: 'datetime', type: 'datetime-local', format: 'YYYY-MM-DDTHH:mm', input_timezone: 'Asia/Ho_Chi_Minh' };
        case 'number':
          return { widget: 'number', value_type: 'int', min: type.min, max: type.max };
        case 'phone':
          return {
            widget: 'string',
            pattern: [
              '^\\+?[0-9][0-9 .()-]{1,18}[0-9]$',
              'cần số điện thoại chỉ gồm chữ số (có thể có dấu cách, dấu chấm), ví dụ 0205 3812 345',
            ],
          };
        case 'url':
          return { widget: 'string', type: 'url', pattern: ['^https?://\\S+$', 'cần địa chỉ web đầy đủ bắt đầu bằng https://'] };
        case 'path':
          return {
            widget: 'string',
            pattern: ['^/(?:[A-Za-z0-9._~%-]+/?)+$', 'cần đường dẫn trong trang bắt đầu bằng /, ví dụ /ban-tin/cu/'],
          };
        case 'file':
          return { widget: 'file' };
      }
    }
    const def = defOf(node);
    switch (def.type) {
      case 'boolean':
        return { widget: 'boolean', default: false };
      case 'number':
        return { widget: 'number', value_type: 'int' };
      case 'string':
        return { widget: 'string' };
      case 'enum':
        return { widget: 'select', options: Object.values(def.entries ?? {}) };
      case 'object':
        return { widget: 'object', collapsed: false, fields: this.fields(node, path) };
      case 'array': {
        const item = unwrap(def.element!).node;
        if (defOf(item).type === 'object') return { widget: 'list', fields: this.fields(item, path) };
        const {
          widget,
          label: _label,
          name: _name,
          required: _required,
          hint: _hint,
          ...rest
        } = this.field(path.split('.').at(-1)!, def.element!, path);
        return { widget: 'list', field: { name: 'item', label: this.label(path).label, widget, ...rest } };
      }
      case 'tuple':
        return {
          widget: 'list',
          min: def.items!.length,
          max: def.items!.length,
          field: { name: 'item', label: this.label(path).label, widget: 'number', value_type: 'int', min: 0 },
        };
      case 'record':
        return {
          widget: 'object',
          fields: enumValues(def.keyType!).map((key) => this.field(key, (def.valueType as z.ZodType).optional(), `${path}.${key}`)),
        };
    }
    throw new Error(`editor config: ${this.kind} field "${path}" has a type the editor does not know: ${def.type}`);
  }
}

/** The form fields of a kind's schema, each with its label from the table: throws when one has none. */
export const formFields = (kind: LabelledKind, schema: z.ZodType, override?: Override) => new Generator(kind, override).fields(schema);

const picture = (extensions: readonly string[]) => ({
  widget: 'image',
  accept: extensions.map((e) => (e === '.svg' ? 'image/svg+xml' : `image/${e.slice(1).replace('jpg', 'jpeg')}`)).join(','),
});

/** Fields shared by every Markdown kind: the body last, as Markdown. */
const body = (kind: LabelledKind): EditorField => ({
  name: 'body',
  label: FIELD_LABELS[kind].body!.label,
  widget: 'markdown',
  required: false,
});

/** The register's documents, chosen by number: what `replaces` and `amends` hold. */
const directiveRelation = ({ field: _item, ...field }: EditorField): EditorField => ({
  ...field,
  widget: 'relation',
  collection: 'directives',
  value_field: 'number',
  search_fields: ['number', 'title'],
  display_fields: ['{{number}}: {{title}}'],
  multiple: true,
});

export function editorConfig(facts: EditorFacts) {
  const { site, contentFolder, latest } = facts;
  const folder = (name: string) => (contentFolder ? `${contentFolder}/${name}` : name);

  const bulletinOverride: Override = (path, field) => {
    if (path === 'date') return { ...field, default: '{{now}}' };
    // The figures are always on the form, not behind an "add" button.
    if (path === 'stats') return { ...field, required: true };
    if (path === 'time') return { ...field, default: site.bulletinTime };
    if (path === 'alertLevel') {
      const { min: _min, max: _max, value_type: _type, ...rest } = field;
      return { ...rest, widget: 'select', options: [1, 2, 3, 4, 5] };
    }
    const stat = /^stats\.(\w+)$/.exec(path)?.[1];
    if (stat) {
      const carried = (CUMULATIVE_KEYS as readonly string[]).includes(stat) ? latest?.stats[stat as keyof Stats] : undefined;
      return carried === undefined ? field : { ...field, default: carried };
    }
    if (path === 'districts' && latest?.districts?.length) return { ...field, default: latest.districts };
    return field;
  };

  const collection = (name: keyof typeof SECTIONS, kind: LabelledKind, fields: EditorField[], extra: Record<string, unknown> = {}) => ({
    name,
    label: SECTIONS[name].title,
    folder: folder(name),
    extension: 'md',
    format: 'yaml-frontmatter',
    create: true,
    // Each entry's uploads in a folder named after it, beside it (infographics/dong-cua-cho/5k.png):
    // two entries' files of the same name never meet, so one can never replace the other's.
    media_folder: '{{slug}}',
    public_folder: './{{slug}}',
    fields: [...fields, body(kind)],
    ...extra,
  });

  const bulletinFields = new Generator('bulletins', bulletinOverride).fields(bulletinSchema(site));
  const directiveFields = new Generator('directives', (path, field) =>
    path === 'replaces' || path === 'amends'
      ? directiveRelation(field)
      : path === 'kind'
        ? { ...field, options: options(DIRECTIVE_KINDS), default: 'cong-van' }
        : path === 'attachments.file'
          ? { ...field, accept: 'application/pdf,.pdf,.docx,.doc,.xlsx' }
          : field,
  ).fields(directiveSchema);
  const infographicFields = new Generator('infographics', (path, field) =>
    path === 'image'
      ? { ...field, ...picture(IMAGE_EXTENSIONS) }
      : path === 'video'
        ? { ...field, accept: VIDEO_EXTENSIONS.map((e) => `video/${e.slice(1)}`).join(',') }
        : field,
  ).fields(infographicSchema());
  const newsFields = new Generator('news', (path, field) =>
    path === 'image' ? { ...field, ...picture(IMAGE_EXTENSIONS.filter((e) => e !== '.svg')) } : field,
  ).fields(newsSchema());
  const factcheckFields = new Generator('factchecks', (path, field) =>
    path === 'verdict' ? { ...field, options: options(VERDICTS), default: 'sai-su-that' } : field,
  ).fields(factcheckSchema);
  const pageFields = new Generator('pages').fields(pageSchema);
  const hotlineFields = new Generator('hotlines').fields(hotlineSchema);
  // Every setting, the editor's own too: a form that left one out would drop it from the file on save.
  const siteFields = new Generator('site').fields(siteSchema);

  const { repository } = facts;
  const auth = site.editor.authEndpoint ? new URL(site.editor.authEndpoint) : undefined;
  return {
    load_config_file: false,
    app_title: `Biên tập: ${site.shortName ?? site.name}`,
    site_url: `${site.url}${site.base}`,
    display_url: `${site.url}${site.base}`,
    backend: {
      name: 'github',
      // Without one, a name GitHub cannot have (no account may hold `_`): local mode still works.
      repo: repository ?? 'chua_khai_bao/kho-ma-cua-trang',
      branch: site.editor.branch,
      auth_methods: auth ? ['oauth', 'token'] : ['token'],
      ...(auth ? { base_url: auth.origin, auth_endpoint: auth.pathname.replace(/^\/+/, '') || 'auth' } : {}),
      commit_messages: {
        create: 'Thêm {{collection}} “{{slug}}”',
        update: 'Sửa {{collection}} “{{slug}}”',
        delete: 'Xóa {{collection}} “{{slug}}”',
        uploadMedia: 'Tải lên “{{path}}”',
        deleteMedia: 'Xóa “{{path}}”',
      },
    },
    publish_mode: site.editor.review ? 'editorial_workflow' : 'simple',
    media_folder: folder('media'),
    // File names and slugs without tone marks (đ becomes d); uploads keep their name, slugified,
    // and the editor renames one that would overwrite a file beside it (anh.png → anh-1.png).
    slug: { encoding: 'ascii', clean_accents: true },
    media_libraries: { default: { config: { slugify_filename: true, max_file_size: 20_000_000 } } },
    // Optional fields left empty are left out of the file, as the format wants; strings quoted.
    output: { omit_empty_optional_fields: true, yaml: { quote: 'double' } },
    collections: [
      collection('bulletins', 'bulletins', bulletinFields, {
        label_singular: 'bản tin',
        identifier_field: 'date',
        slug: '{{fields.date}}',
        summary: "Bản tin ngày {{date | date('DD/MM/YYYY')}}",
        sortable_fields: { fields: ['date'], default: { field: 'date', direction: 'descending' } },
      }),
      collection('directives', 'directives', directiveFields, {
        label_singular: 'văn bản',
        identifier_field: 'number',
        slug: '{{fields.number}}',
        summary: '{{number}}: {{title}}',
        sortable_fields: { fields: ['issued', 'number'], default: { field: 'issued', direction: 'descending' } },
      }),
      collection('infographics', 'infographics', infographicFields, {
        label_singular: 'infographic',
        sortable_fields: { fields: ['date', 'title'], default: { field: 'date', direction: 'descending' } },
      }),
      collection('news', 'news', newsFields, {
        label_singular: 'tin',
        sortable_fields: { fields: ['date', 'title'], default: { field: 'date', direction: 'descending' } },
      }),
      collection('factchecks', 'factchecks', factcheckFields, {
        label_singular: 'bài cải chính',
        sortable_fields: { fields: ['date', 'title'], default: { field: 'date', direction: 'descending' } },
      }),
      collection('pages', 'pages', pageFields, { label_singular: 'trang' }),
      {
        name: 'settings',
        label: 'Đường dây nóng và cài đặt',
        files: [
          {
            name: 'hotlines',
            label: 'Đường dây nóng',
            file: folder('hotlines.yaml'),
            format: 'yaml',
            fields: [{ name: 'hotlines', ...FIELD_LABELS.hotlines.hotlines!, widget: 'list', root: true, fields: hotlineFields }],
          },
          { name: 'site', label: 'Cài đặt trang', file: folder('site.yaml'), format: 'yaml', fields: siteFields },
        ],
      },
    ],
  };
}

export type EditorConfig = ReturnType<typeof editorConfig>;
