/**
 * The browser editor at /admin/: Sveltia CMS from npm, bundled by the site's build, so its
 * Vietnamese strings, fonts and icons are served from /admin/'s own files. Its configuration
 * is generated at build time (src/editor/config.ts, served as ./config.json); here it only
 * gets what depends on the moment the form opens, and the checks a form cannot make.
 */
import './admin-first.ts';
import CMS, { type CmsConfig } from '@sveltia/cms';
import { KINDS } from '../content-folder/kinds.ts';
import { hotlinesSchema } from '../content/schemas/hotline.ts';
import { siteSchema } from '../content/schemas/site.ts';
import type { EditorConfig } from '../editor/config.ts';
import { formatFinding } from '../domain/findings.ts';
import { toLocal } from '../domain/vn-time.ts';

const root = document.querySelector<HTMLElement>('[data-sukien-admin]')!;

/** Today in Vietnam, whatever the computer's own time zone: a new bulletin is today's. */
const vietnamToday = () => toLocal(new Date()).date;

/** The entry as it will be written: optional fields left empty are left out (the editor's `omit_empty_optional_fields`). */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty).filter((v) => v !== undefined);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).flatMap(([k, v]) => {
      const kept = withoutEmpty(v);
      return kept === undefined ? [] : [[k, kept] as const];
    });
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value === '' || value === null ? undefined : value;
}

/** Shows what stopped a save, in Vietnamese, above the editor's own notice, until staff close it. */
function showProblems(lines: string[]) {
  const box = root.querySelector<HTMLDialogElement>('.save-problems')!;
  box.querySelector('ul')!.replaceChildren(
    ...lines.map((line) => {
      const item = document.createElement('li');
      item.textContent = line;
      return item;
    }),
  );
  // After the editor has opened its own notice, so that this one is on top.
  setTimeout(() => box.showModal(), 0);
}

const config = (await (await fetch(new URL('config.json', location.href))).json()) as EditorConfig;
const site = siteSchema.parse({ name: '-', agency: '-', province: '-', url: 'https://example.invalid' });
for (const collection of config.collections) {
  if ('fields' in collection && collection.name === 'bulletins') {
    const date = collection.fields.find((f) => f.name === 'date');
    if (date) date.default = vietnamToday();
  }
}

// The rules a field on its own cannot check (a district written twice): the content format's
// own schema, run on the entry as it is about to be saved. Anything it refuses is shown in the
// check's words, and nothing is written.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const collection = String(entry.get('collection'));
    const slug = String(entry.get('slug') ?? '');
    const saved = entry.get('data') as { toJS(): unknown };
    const { body: _body, ...data } = (withoutEmpty(saved.toJS()) ?? {}) as Record<string, unknown>;
    const kind = KINDS.find((k) => k.name === collection);
    // The settings files (site.yaml, hotlines.yaml: a list at the top) and each kind of entry.
    const checked =
      collection === 'settings'
        ? slug === 'site'
          ? { file: 'site.yaml', result: siteSchema.safeParse(data) }
          : { file: 'hotlines.yaml', result: hotlinesSchema.safeParse(data.hotlines ?? []) }
        : kind && {
            file: `${kind.name}/${kind.name === 'bulletins' && typeof data.date === 'string' ? data.date : slug}.md`,
            result: kind.schema(site).safeParse(data),
          };
    if (!checked || checked.result.success) return;
    const { file, result } = checked;
    showProblems(
      result.error.issues.map((issue) =>
        formatFinding({
          severity: 'error',
          file,
          field: issue.path
            .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
            .join('')
            .slice(1),
          message: issue.message,
        }),
      ),
    );
    throw new Error('Nội dung chưa hợp lệ: chưa lưu.');
  },
});

const previewStyle = root.dataset.previewStyle;
if (previewStyle) CMS.registerPreviewStyle(previewStyle);

// Checked against the editor's own JSON Schema by tests/unit/editor-config.test.ts.
await CMS.init({ config: config as unknown as CmsConfig });
