/**
 * Astro renders content Markdown with Sätteri, its native (Rust) Markdown processor; these
 * are the generator's plugins for it, written against Sätteri's visitor API:
 *
 * - citations (mdast): document numbers in the text become links to the register;
 * - safety (hast): the allow-list of src/markdown/sanitize.ts, frames from embedHosts only,
 *   table alignment as classes, and the base path on links to the site's own pages.
 *
 * Both only cross from Rust to JavaScript where there is something to do. A document without
 * "<" cannot hold raw HTML, so only its links, images and table cells are looked at; one
 * with raw HTML is cleaned as a whole tree. Citations are looked for only in documents whose
 * text cites a number the register knows.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { defineHastPlugin, defineMdastPlugin, type HastPluginEntry, type MdastPluginEntry } from 'satteri';
import type { Link, Parents, Text } from 'mdast';
import { findCitations } from '../domain/doc-number.ts';
import { Register } from '../domain/register.ts';
import { entryPath } from '../domain/routes.ts';
import { alignmentClass, cleanTree, keepsUrl, withBase, type SafetyOptions } from './sanitize.ts';

export interface CitableDocument {
  id: string;
  number: string;
  issued: string;
  title: string;
}

export type { SafetyOptions };

/**
 * Document numbers cited in a Markdown body become links to the document's page in the
 * register, with its summary as the link title ("Chỉ thị số 03/CT-UBND ngày 31/01/2020" →
 * /van-ban/03-ct-ubnd/). A number that is not in the register, or that is ambiguous, is left
 * exactly as written. Nothing inside existing links or code is touched, and the recogniser
 * (src/domain/doc-number.ts) does not take dates, phone numbers or addresses for numbers.
 */
export function citations(documents: readonly CitableDocument[]): MdastPluginEntry {
  const register = new Register(documents.map((d) => ({ ...d, replaces: [], amends: [] })));
  const resolved = (text: string) =>
    findCitations(text).flatMap((c) => {
      const doc = register.resolve(c.number, c.year);
      return doc ? [{ ...c, doc }] : [];
    });
  const plugin = defineMdastPlugin({
    name: 'sukien-citations',
    text(node, ctx) {
      const found = resolved(node.value);
      if (found.length === 0) return;
      let up: Readonly<Parents> | undefined = ctx.parent(node);
      for (; up && up.type !== 'root'; up = ctx.parent(up)) {
        if (up.type === 'link' || up.type === 'linkReference') return;
      }
      const parts: (Text | Link)[] = [];
      let at = 0;
      for (const c of found) {
        if (c.start > at) parts.push({ type: 'text', value: node.value.slice(at, c.start) });
        parts.push({
          type: 'link',
          url: entryPath('directives', c.doc),
          title: c.doc.title,
          children: [{ type: 'text', value: c.number }],
        });
        at = c.end;
      }
      if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
      ctx.replaceNode(node, parts);
    },
  });
  return ({ source }) => resolved(source).length > 0 && plugin;
}

/** The allow-list and the site's link rules, on every rendered Markdown body. */
export function safety(options: SafetyOptions): HastPluginEntry {
  const wholeTree = defineHastPlugin({
    name: 'sukien-safety',
    before(root, ctx) {
      ctx.replaceNode(root, cleanTree(root, options));
    },
  });
  const linksAndCells = defineHastPlugin({
    name: 'sukien-safety',
    element: {
      filter: ['a', 'img', 'td', 'th'],
      visit(node, ctx) {
        if (node.tagName === 'td' || node.tagName === 'th') {
          if (node.properties.style === undefined) return;
          ctx.setProperty(node, 'style', null);
          const align = alignmentClass(node.properties);
          if (align) ctx.setProperty(node, 'className', [align]);
          return;
        }
        const name = node.tagName === 'a' ? 'href' : 'src';
        const url = node.properties[name];
        if (typeof url !== 'string') return;
        if (!keepsUrl(node.tagName, name, url)) ctx.setProperty(node, name, null);
        else if (withBase(url, options.base) !== url) ctx.setProperty(node, name, withBase(url, options.base));
      },
    },
  });
  return ({ source }) => (source.includes('<') ? wholeTree : linksAndCells);
}

interface ContentMarkdownOptions extends SafetyOptions {
  documents: readonly CitableDocument[];
}

/** Astro's `markdown.processor` for content: Sätteri with the plugins above, footnotes in Vietnamese. */
export function contentMarkdown({ documents, ...safe }: ContentMarkdownOptions) {
  return satteri({
    mdastPlugins: [citations(documents)],
    hastPlugins: [safety(safe)],
    features: {
      // Raw HTML becomes real elements, so that the allow-list can judge every one of them.
      rawHtml: true,
      gfm: {
        footnotes: {
          label: 'Chú thích',
          backLabel: 'Quay lại chỗ dẫn chú thích {reference}',
          clobberPrefix: 'chu-thich-',
        },
      },
    },
  });
}
