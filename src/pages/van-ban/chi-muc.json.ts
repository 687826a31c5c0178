/** The register's small index for instant filtering, fetched by the list page only when used. */
import { entryPath } from '../../domain/routes.ts';
import type { APIRoute } from 'astro';
import { DIRECTIVE_KINDS } from '../../content/schemas/directive.ts';
import { formatDate } from '../../domain/vn-time.ts';
import { getDirectives } from '../../lib/content.ts';
import { href } from '../../lib/urls.ts';
import { getRegister, issuerSlug } from '../../lib/register.ts';

export const GET: APIRoute = async () => {
  const { status: statusOf } = await getRegister();
  const rows = (await getDirectives()).map((doc) => {
    const status = statusOf.get(doc.id)!;
    return {
      number: doc.data.number,
      kind: DIRECTIVE_KINDS[doc.data.kind],
      loai: doc.data.kind,
      nam: doc.data.issued.slice(0, 4),
      'co-quan': issuerSlug(doc.data.issuer),
      'hieu-luc': status.inForce ? 'con-hieu-luc' : 'het-hieu-luc',
      issuer: doc.data.issuer,
      issued: formatDate(doc.data.issued),
      title: doc.data.title,
      url: href(entryPath('directives', doc)),
      status: status.label,
    };
  });
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
