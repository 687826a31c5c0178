/**
 * Document numbers cited in any Markdown body become links to the document's page in the
 * register, with its summary as the link title ("Chỉ thị số 03/CT-UBND ngày 31/01/2020" →
 * /van-ban/03-ct-ubnd/). A number that is not in the register, or that is ambiguous, is left
 * exactly as written. Nothing inside existing links or code is touched, and the recogniser
 * (src/domain/doc-number.ts) does not take dates, phone numbers or addresses for numbers.
 */
import type { Link, PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { findCitations } from '../domain/doc-number.ts';
import { Register } from '../domain/register.ts';

export interface CitableDocument {
  id: string;
  number: string;
  issued: string;
  title: string;
}

export const remarkCitations: Plugin<[{ documents: readonly CitableDocument[] }], Root> = ({ documents }) => {
  const register = new Register(documents.map((d) => ({ ...d, replaces: [], amends: [] })));
  return (tree) => {
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((a) => a.type === 'link' || a.type === 'linkReference')) return;
      const parent = ancestors.at(-1);
      if (!parent || !('children' in parent)) return;
      const parts: PhrasingContent[] = [];
      let at = 0;
      for (const c of findCitations(node.value)) {
        const doc = register.resolve(c.number, c.year);
        if (!doc) continue;
        if (c.start > at) parts.push({ type: 'text', value: node.value.slice(at, c.start) });
        const link: Link = { type: 'link', url: `/van-ban/${doc.id}/`, title: doc.title, children: [{ type: 'text', value: c.number }] };
        parts.push(link);
        at = c.end;
      }
      if (parts.length === 0) return;
      if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
      const siblings = parent.children as PhrasingContent[];
      const index = siblings.indexOf(node);
      siblings.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
};
