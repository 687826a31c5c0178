/** The register of directives for pages: relations computed once per build. */
import { Register, type Relations } from '../domain/register.ts';
import { slugify } from '../domain/vn-slug.ts';
import { getCollection } from 'astro:content';
import { findCitations } from '../domain/doc-number.ts';
import { getDirectives, type DirectiveEntry } from './content.ts';

export interface Mention {
  title: string;
  url: string;
  date: string;
}

export interface RegisterView {
  /** Pages (bulletins, news, fact-checks, standing pages) that cite each document, newest first. */
  mentions: Map<string, Mention[]>;
  register: Register<{
    id: string;
    number: string;
    issued: string;
    title: string;
    replaces: string[];
    amends: string[];
    body: string;
    entry: DirectiveEntry;
  }>;
  relations: Map<string, Relations>;
}

let cached: Promise<RegisterView> | undefined;

export function getRegister(): Promise<RegisterView> {
  cached ??= (async () => {
    const docs = await getDirectives();
    const register = new Register(
      docs.map((entry) => ({
        id: entry.id,
        number: entry.data.number,
        issued: entry.data.issued,
        title: entry.data.title,
        replaces: entry.data.replaces,
        amends: entry.data.amends,
        body: entry.body ?? '',
        entry,
      })),
    );
    const mentions = new Map<string, Mention[]>();
    const pages: { id: string; body?: string | undefined; data: { title: string; date?: string }; path: string }[] = [
      ...(await getCollection('bulletins')).map((e) => ({ ...e, path: `/ban-tin/${e.data.date}/` })),
      ...(await getCollection('news')).map((e) => ({ ...e, path: `/tin-tuc/${e.id}/` })),
      ...(await getCollection('factchecks')).map((e) => ({ ...e, path: `/cai-chinh/${e.id}/` })),
      ...(await getCollection('pages')).map((e) => ({ ...e, path: `/thong-tin/${e.id}/` })),
    ];
    for (const page of pages) {
      const cited = new Set(findCitations(page.body ?? '').flatMap((c) => register.resolve(c.number, c.year)?.id ?? []));
      for (const id of cited)
        mentions.set(id, [...(mentions.get(id) ?? []), { title: page.data.title, url: page.path, date: page.data.date ?? '' }]);
    }
    for (const list of mentions.values()) list.sort((a, b) => b.date.localeCompare(a.date));
    return { register, relations: register.relations(), mentions };
  })();
  return cached;
}

/** The address segment of an issuer: "UBND tỉnh Lạng Sơn" → "ubnd-tinh-lang-son". */
export const issuerSlug = (issuer: string) => slugify(issuer);
