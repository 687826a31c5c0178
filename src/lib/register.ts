/** The register of directives for pages: relations computed once per build. */
import { bulletinPath, entryPath } from '../domain/routes.ts';
import { Register, documentStatus, type InForce, type Relations } from '../domain/register.ts';
import { today } from './clock.ts';
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
  /** Each document's status by the build clock: in force, replaced, expired or not yet effective. */
  status: Map<string, InForce>;
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
      ...(await getCollection('bulletins')).map((e) => ({ ...e, path: bulletinPath(e.data.date) })),
      ...(await getCollection('news')).map((e) => ({ ...e, path: entryPath('news', e) })),
      ...(await getCollection('factchecks')).map((e) => ({ ...e, path: entryPath('factchecks', e) })),
      ...(await getCollection('pages')).map((e) => ({ ...e, path: entryPath('pages', e) })),
    ];
    for (const page of pages) {
      const cited = new Set(findCitations(page.body ?? '').flatMap((c) => register.resolve(c.number, c.year)?.id ?? []));
      for (const id of cited)
        mentions.set(id, [...(mentions.get(id) ?? []), { title: page.data.title, url: page.path, date: page.data.date ?? '' }]);
    }
    for (const list of mentions.values()) list.sort((a, b) => b.date.localeCompare(a.date));
    const relations = register.relations();
    const day = today();
    const replacers = (id: string) => (relations.get(id)?.replacedBy ?? []).map((by) => register.byId.get(by)!.entry.data);
    const status = new Map(docs.map((d) => [d.id, documentStatus(d.data, replacers(d.id), day)]));
    return { register, relations, mentions, status };
  })();
  return cached;
}

/** The address segment of an issuer: "UBND tỉnh Lạng Sơn" → "ubnd-tinh-lang-son". */
export const issuerSlug = (issuer: string) => slugify(issuer);
