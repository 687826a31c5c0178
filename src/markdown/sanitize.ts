/**
 * Raw HTML inside Markdown goes through an explicit allow-list. Content is written by many
 * hands and pasted from many places; nothing that runs code may reach a page: no <script>,
 * no event-handler attributes, no javascript: URLs, no inline styles (the CSP forbids them
 * anyway), and frames only from the hosts in site.embedHosts.
 */
import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import type { RehypePlugin, RehypePlugins } from '@astrojs/markdown-remark';
import type { Plugin } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import { rehypeBaseLinks } from './rehype-base-links.ts';

const base = defaultSchema;

/** GitHub's allow-list, plus figures, tables with captions, video and (checked below) iframes. */
export const SANITIZE_SCHEMA: SanitizeSchema = {
  ...base,
  tagNames: [...(base.tagNames ?? []), 'figure', 'figcaption', 'caption', 'video', 'source', 'iframe', 'abbr', 'mark', 'small'],
  attributes: {
    ...base.attributes,
    video: ['src', 'controls', 'poster', 'width', 'height', 'preload', 'muted', 'loop'],
    source: ['src', 'type'],
    iframe: ['src', 'title', 'width', 'height', 'allowFullScreen', 'loading'],
    abbr: ['title'],
    th: [...(base.attributes?.th ?? []), 'scope'],
  },
  protocols: { ...base.protocols, src: ['http', 'https'] },
  // Keep the ids readers link to (#muc-1) as written; the clobber prefix guards against ids
  // that would shadow the page's own (a heading id "noi-dung" would steal the skip link).
  clobberPrefix: 'nd-',
};

/** A frame or video from a host that is not allowed becomes a plain link to it. */
export const rehypeEmbedHosts: Plugin<[{ embedHosts: readonly string[] }], Root> =
  ({ embedHosts }) =>
  (tree) => {
    const allowed = new Set(embedHosts.map((h) => h.toLowerCase()));
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'iframe' || !parent || index === undefined) return;
      const src = typeof node.properties.src === 'string' ? node.properties.src : '';
      const url = URL.canParse(src) ? new URL(src) : undefined;
      const host = url?.protocol === 'https:' ? url.hostname.toLowerCase() : '';
      if (host && allowed.has(host)) {
        node.properties.loading = 'lazy';
        node.properties.referrerPolicy = 'strict-origin-when-cross-origin';
        node.properties.sandbox = ['allow-scripts', 'allow-same-origin', 'allow-presentation'];
        if (!node.properties.title) node.properties.title = 'Nội dung nhúng';
        return;
      }
      const replacement: Element = src.startsWith('https://')
        ? {
            type: 'element',
            tagName: 'p',
            properties: {},
            children: [
              {
                type: 'element',
                tagName: 'a',
                properties: { href: src },
                children: [{ type: 'text', value: 'Xem nội dung nhúng tại trang gốc' }],
              },
            ],
          }
        : { type: 'element', tagName: 'span', properties: {}, children: [] };
      parent.children.splice(index, 1, replacement);
      return [SKIP, index + 1];
    });
  };

/**
 * rehype-raw re-parses the whole tree through an HTML parser, which is the costliest step of
 * rendering Markdown; most files have no raw HTML at all, so it runs only where there is some.
 */
const rehypeRawWhereNeeded: Plugin<[], Root> = function () {
  const raw = (rehypeRaw as unknown as (this: unknown) => (tree: Root, file: unknown) => Root).call(this);
  return (tree, file) => {
    let found = false;
    visit(tree, 'raw', () => {
      found = true;
      return false;
    });
    return found ? raw(tree, file) : tree;
  };
};

/**
 * The rehype plugins for content Markdown: parse raw HTML, sanitise it, check frames, then
 * give the site's own links the base path.
 */
export function contentRehypePlugins({ embedHosts, base }: { embedHosts: readonly string[]; base: string }): RehypePlugins {
  return [
    rehypeRawWhereNeeded as RehypePlugin,
    [rehypeSanitize as RehypePlugin, SANITIZE_SCHEMA],
    [rehypeEmbedHosts as RehypePlugin, { embedHosts }],
    [rehypeBaseLinks as RehypePlugin, { base }],
  ];
}
