/** The register's facets: kind, year, issuer and in-force status, each value a static page. */
import { DIRECTIVE_KINDS, type DirectiveKind } from '../content/schemas/directive.ts';
import { facets } from '../domain/register.ts';
import { getDirectives, type DirectiveEntry } from './content.ts';
import { getRegister, issuerSlug } from './register.ts';

interface FacetValue {
  facet: 'loai' | 'nam' | 'co-quan' | 'hieu-luc';
  value: string;
  /** "Chỉ thị", "Năm 2020", "UBND tỉnh Lạng Sơn", "Còn hiệu lực". */
  label: string;
  docs: DirectiveEntry[];
}

export const FACET_TITLES = { loai: 'Loại văn bản', nam: 'Năm ban hành', 'co-quan': 'Cơ quan ban hành', 'hieu-luc': 'Hiệu lực' } as const;

let cached: Promise<FacetValue[]> | undefined;

/** Every facet value with its documents, newest first; computed once per build. */
export function getFacets(): Promise<FacetValue[]> {
  cached ??= (async () => {
    const docs = await getDirectives();
    const { status } = await getRegister();
    const inForce = (d: DirectiveEntry) => status.get(d.id)!.inForce;
    const out: FacetValue[] = [];
    for (const [kind, list] of facets(docs, (d) => d.data.kind))
      out.push({ facet: 'loai', value: kind, label: DIRECTIVE_KINDS[kind as DirectiveKind], docs: list });
    for (const [year, list] of [...facets(docs, (d) => d.data.issued.slice(0, 4))].sort(([a], [b]) => b.localeCompare(a)))
      out.push({ facet: 'nam', value: year, label: `Năm ${year}`, docs: list });
    for (const [slug, list] of facets(docs, (d) => issuerSlug(d.data.issuer)))
      out.push({ facet: 'co-quan', value: slug, label: list[0]!.data.issuer, docs: list });
    for (const [status, list] of facets(docs, (d) => (inForce(d) ? 'con-hieu-luc' : 'het-hieu-luc')))
      out.push({
        facet: 'hieu-luc',
        value: status,
        label: status === 'con-hieu-luc' ? 'Còn hiệu lực' : 'Hết hiệu lực, chưa có hiệu lực',
        docs: list,
      });
    return out;
  })();
  return cached;
}
