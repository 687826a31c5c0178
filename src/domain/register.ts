/**
 * The register of directives: which document a citation means, what each document cites and
 * is cited by, and what it replaces and amends, both ways. One pass to index, lookups by key,
 * so it stays linear however many documents there are.
 */
import { findCitations, numberKey } from './doc-number.ts';

interface RegisteredDocument {
  id: string;
  number: string;
  /** Date of issue, YYYY-MM-DD. */
  issued: string;
  title: string;
  replaces: readonly string[];
  amends: readonly string[];
  /** The Markdown body, for the documents it cites. */
  body?: string;
}

export interface Relations {
  cites: string[];
  citedBy: string[];
  replaces: string[];
  replacedBy: string[];
  amends: string[];
  amendedBy: string[];
}

export class Register<D extends RegisteredDocument = RegisteredDocument> {
  readonly byId = new Map<string, D>();
  private readonly byNumber = new Map<string, D[]>();

  constructor(documents: readonly D[]) {
    for (const d of documents) {
      this.byId.set(d.id, d);
      const key = numberKey(d.number);
      this.byNumber.set(key, [...(this.byNumber.get(key) ?? []), d]);
    }
  }

  /**
   * The document a citation means: by number and by the year of the date that follows it;
   * without a date, only when the number is unambiguous (numbers without a year repeat every year).
   */
  resolve(number: string, year?: number): D | undefined {
    const candidates = this.byNumber.get(numberKey(number)) ?? [];
    if (year !== undefined) return candidates.find((d) => Number(d.issued.slice(0, 4)) === year);
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  /** Every relation of every document, computed once. */
  relations(): Map<string, Relations> {
    const out = new Map<string, Relations>();
    const get = (id: string) => {
      let r = out.get(id);
      if (!r) {
        r = { cites: [], citedBy: [], replaces: [], replacedBy: [], amends: [], amendedBy: [] };
        out.set(id, r);
      }
      return r;
    };
    const add = (list: string[], id: string) => {
      if (!list.includes(id)) list.push(id);
    };
    for (const d of this.byId.values()) {
      get(d.id);
      for (const c of findCitations(d.body ?? '')) {
        const target = this.resolve(c.number, c.year);
        if (!target || target.id === d.id) continue;
        add(get(d.id).cites, target.id);
        add(get(target.id).citedBy, d.id);
      }
      for (const [field, back] of [
        ['replaces', 'replacedBy'],
        ['amends', 'amendedBy'],
      ] as const) {
        for (const number of d[field]) {
          const target = this.resolve(number) ?? this.resolve(number, Number(d.issued.slice(0, 4)));
          if (!target || target.id === d.id) continue;
          add(get(d.id)[field], target.id);
          add(get(target.id)[back], d.id);
        }
      }
    }
    return out;
  }
}

/** The facets a register is browsed by, each value with its documents (newest first as given). */
export function facets<D>(documents: readonly D[], keyOf: (d: D) => string): Map<string, D[]> {
  const groups = new Map<string, D[]>();
  for (const d of documents) {
    const key = keyOf(d);
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return groups;
}

export type InForce = { inForce: boolean; label: string };

/**
 * In force unless replaced by a document already in effect, past `expires` or not yet
 * `effective` on `today` (Vietnam's date). A replacement signed today but effective next week
 * leaves the old document in force until then: a reader is never left with no document in force.
 */
export function documentStatus(
  d: { expires?: string | undefined; effective?: string | undefined },
  replacedBy: readonly { effective?: string | undefined }[],
  today: string,
): InForce {
  if (replacedBy.some((r) => !r.effective || r.effective <= today)) return { inForce: false, label: 'Hết hiệu lực (đã bị thay thế)' };
  if (d.expires && d.expires < today) return { inForce: false, label: 'Hết hiệu lực' };
  if (d.effective && d.effective > today) return { inForce: false, label: 'Chưa có hiệu lực' };
  return { inForce: true, label: 'Còn hiệu lực' };
}
