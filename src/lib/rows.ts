/**
 * What a list shows of each entry, as plain data: the rows of the archives and the register
 * (src/views/lists.ts, where they are part of the pages' keys) and of the home page.
 */
import type { CollectionEntry } from 'astro:content';
import { DIRECTIVE_KINDS } from '../content/schemas/directive.ts';
import type { Verdict } from '../content/schemas/factcheck.ts';
import type { BulletinPoint, DirectiveEntry } from './content.ts';
import type { InForce } from '../domain/register.ts';

export interface BulletinRow {
  date: string;
  time: string;
  title: string;
  confirmed: number | undefined;
  confirmedNew: number | undefined;
  corrected: boolean;
}

export const bulletinRow = (p: BulletinPoint): BulletinRow => ({
  date: p.bulletin.date,
  time: p.bulletin.time,
  title: p.bulletin.title,
  confirmed: p.known.confirmed,
  confirmedNew: p.confirmedNew,
  corrected: Boolean(p.bulletin.correction),
});

export interface DirectiveRow {
  id: string;
  /** "Chỉ thị", "Quyết định" … */
  kind: string;
  number: string;
  title: string;
  issuer: string;
  issued: string;
  urgent: boolean;
  status: InForce;
}

export const directiveRow = (doc: DirectiveEntry, status: ReadonlyMap<string, InForce>): DirectiveRow => ({
  id: doc.id,
  kind: DIRECTIVE_KINDS[doc.data.kind],
  number: doc.data.number,
  title: doc.data.title,
  issuer: doc.data.issuer,
  issued: doc.data.issued,
  urgent: doc.data.urgent,
  status: status.get(doc.id)!,
});

/** A news item or a fact-check in a list. */
export interface EntryRow {
  id: string;
  title: string;
  date: string;
  summary: string | undefined;
  source: string | undefined;
  verdict: Verdict | undefined;
}

export const newsRow = (n: CollectionEntry<'news'>): EntryRow => ({
  id: n.id,
  title: n.data.title,
  date: n.data.date,
  summary: n.data.summary,
  source: n.data.source?.name,
  verdict: undefined,
});

export const factcheckRow = (f: CollectionEntry<'factchecks'>): EntryRow => ({
  id: f.id,
  title: f.data.title,
  date: f.data.date,
  summary: f.data.claim,
  source: undefined,
  verdict: f.data.verdict,
});
