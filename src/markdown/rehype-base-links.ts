/**
 * Staff write links to the site's own pages as they appear on it ("/duong-day-nong/"). When
 * the site is served below a sub-path (site.base "/covid/"), such links are given that prefix
 * so they keep working.
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const;

export const rehypeBaseLinks: Plugin<[{ base: string }], Root> =
  ({ base }) =>
  (tree) => {
    if (base === '/') return;
    const prefix = base.replace(/\/$/, '');
    visit(tree, 'element', (node: Element) => {
      for (const name of URL_ATTRIBUTES) {
        const value = node.properties[name];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(`${prefix}/`)) {
          node.properties[name] = `${prefix}${value}`;
        }
      }
    });
  };
