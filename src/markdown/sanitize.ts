/**
 * Raw HTML inside Markdown goes through an explicit allow-list. Content is written by many
 * hands and pasted from many places; nothing that runs code may reach a page: no <script>,
 * no event-handler attributes, no javascript: URLs, no inline styles (the CSP forbids them
 * anyway), and frames only from the hosts in site.embedHosts.
 *
 * These are plain functions on HTML syntax trees (hast); src/markdown/plugins.ts runs them
 * inside Astro's Markdown processor.
 */
import type { Element, Properties, Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { visit, SKIP } from 'unist-util-visit';

const base = defaultSchema;

/** Column alignment of Markdown tables, as classes (the CSP forbids the inline style it would otherwise be). */
const ALIGN_CLASSES = ['align-left', 'align-center', 'align-right'] as const;

/** GitHub's allow-list, plus figures, tables with captions, video and (checked below) iframes. */
const SANITIZE_SCHEMA: Schema = {
  ...base,
  tagNames: [...(base.tagNames ?? []), 'figure', 'figcaption', 'caption', 'video', 'source', 'iframe', 'abbr', 'mark', 'small'],
  attributes: {
    ...base.attributes,
    video: ['src', 'controls', 'poster', 'width', 'height', 'preload', 'muted', 'loop'],
    source: ['src', 'type'],
    iframe: ['src', 'title', 'width', 'height', 'allowFullScreen', 'loading'],
    abbr: ['title'],
    th: [...(base.attributes?.th ?? []).filter((a) => a !== 'align'), 'scope', ['className', ...ALIGN_CLASSES]],
    td: [...(base.attributes?.td ?? []).filter((a) => a !== 'align'), ['className', ...ALIGN_CLASSES]],
  },
  protocols: { ...base.protocols, src: ['http', 'https'] },
  // Ids written in the content get this prefix, so that none can shadow the page's own (an id
  // "noi-dung" would steal the skip link); in-page links to them are given it too.
  clobberPrefix: 'nd-',
};

export interface SafetyOptions {
  /** Hosts whose frames may be embedded (site.embedHosts). */
  embedHosts: readonly string[];
  /** The site's base path (site.base), given to links to the site's own pages. */
  base: string;
}

/** `style="text-align: right"` on a table cell becomes `class="align-right"`. */
export function alignmentClass(properties: Properties): string | undefined {
  const style = typeof properties.style === 'string' ? properties.style : '';
  const align = /text-align:\s*(left|center|right)/.exec(style)?.[1];
  return align ? `align-${align}` : undefined;
}

/** A site-relative URL ("/duong-day-nong/") with the base path in front, when the site has one. */
export function withBase(url: string, basePath: string): string {
  if (basePath === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
  const prefix = basePath.replace(/\/$/, '');
  return url.startsWith(`${prefix}/`) ? url : `${prefix}${url}`;
}

/** Whether the allow-list keeps this URL attribute (href, src) on this element: the protocol check of hast-util-sanitize itself. */
export function keepsUrl(tagName: string, name: string, value: string): boolean {
  const probe: Element = { type: 'element', tagName, properties: { [name]: value }, children: [] };
  const clean = sanitize(probe, SANITIZE_SCHEMA) as Root | Element;
  return clean.type === 'element' && clean.properties[name] === value;
}

/** A frame or video from a host that is not allowed becomes a plain link to it. */
function checkEmbeds(tree: Root, embedHosts: readonly string[]): void {
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
}

const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const;

/** A copy of a tree as plain objects (the processor hands out read-only nodes with bookkeeping of its own). */
function plainCopy<T>(tree: T): T {
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key.startsWith('_') ? undefined : value))) as T;
}

/**
 * The whole clean-up of a document that has raw HTML: table alignment to classes, the
 * allow-list, in-page links to prefixed ids, frames, then the base path. Returns a new tree.
 */
export function cleanTree(input: Readonly<Root>, { embedHosts, base: basePath }: SafetyOptions): Root {
  const tree = plainCopy(input);
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'td' && node.tagName !== 'th') return;
    const align = alignmentClass(node.properties);
    if (align) node.properties = { ...node.properties, className: [align] };
  });
  const clean = sanitize(tree, SANITIZE_SCHEMA) as Root;

  const ids = new Set<string>();
  visit(clean, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  const prefix = SANITIZE_SCHEMA.clobberPrefix ?? '';
  visit(clean, 'element', (node: Element) => {
    const href = node.properties.href;
    if (typeof href === 'string' && href.startsWith('#') && ids.has(`${prefix}${href.slice(1)}`)) {
      node.properties.href = `#${prefix}${href.slice(1)}`;
    }
    for (const name of URL_ATTRIBUTES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = withBase(value, basePath);
    }
  });
  checkEmbeds(clean, embedHosts);
  return clean;
}
