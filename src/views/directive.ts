/**
 * What a directive's page shows (src/pages/van-ban/[slug]/index.astro): its props, and so its
 * cache key. Its status is worked out here from the build clock, as a value: the page changes
 * when the status does, not every day.
 */
import { DIRECTIVE_KINDS } from '../content/schemas/directive.ts';
import type { InForce } from '../domain/register.ts';
import { getDirectives, type DirectiveEntry } from '../lib/content.ts';
import { downloadFile } from '../lib/downloads.ts';
import { keyedPaths } from './keyed.ts';
import { getRegister, type Mention } from '../lib/register.ts';

/** Shown at most: a document cited by every daily bulletin for years would make a long list. */
const MENTIONS_SHOWN = 20;

interface RelatedDocument {
  id: string;
  kind: string;
  number: string;
  issued: string;
  title: string;
}

export interface DirectiveView {
  doc: DirectiveEntry;
  status: InForce;
  /** Its attachments, for download. */
  files: { name: string; type: string; bytes: number; label: string | undefined }[];
  /** "Văn bản liên quan", group by group. */
  related: { label: string; documents: RelatedDocument[] }[];
  /** The pages that mention it, newest first, and how many more there are. */
  mentions: Mention[];
  moreMentions: number;
}

export async function directivePaths() {
  const { register, relations, mentions, status } = await getRegister();
  const describe = (id: string): RelatedDocument => {
    const d = register.byId.get(id)!;
    return { id, kind: DIRECTIVE_KINDS[d.entry.data.kind], number: d.number, issued: d.issued, title: d.title };
  };
  return keyedPaths(
    (await getDirectives()).map((doc) => {
      const r = relations.get(doc.id);
      const groups: [string, string[]][] = r
        ? [
            ['Thay thế văn bản', r.replaces],
            ['Bị thay thế bởi', r.replacedBy],
            ['Sửa đổi, bổ sung văn bản', r.amends],
            ['Được sửa đổi, bổ sung bởi', r.amendedBy],
            ['Văn bản được dẫn chiếu', r.cites],
            ['Văn bản dẫn chiếu tới văn bản này', r.citedBy],
          ]
        : [];
      const mentioned = mentions.get(doc.id) ?? [];
      return {
        params: { slug: doc.id },
        props: {
          doc,
          status: status.get(doc.id)!,
          files: doc.data.attachments.map((a) => {
            const { name, type, bytes } = downloadFile(doc, a.file);
            return { name, type, bytes, label: a.label };
          }),
          related: groups.filter(([, ids]) => ids.length > 0).map(([label, ids]) => ({ label, documents: ids.map(describe) })),
          mentions: mentioned.slice(0, MENTIONS_SHOWN),
          moreMentions: Math.max(0, mentioned.length - MENTIONS_SHOWN),
        } satisfies DirectiveView,
      };
    }),
  );
}
