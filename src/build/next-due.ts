/**
 * The next moment the site changes by the clock alone (src/domain/next-due.ts), written by
 * each build that succeeds beside its caches, `<work folder>/next-due.json`: the deploy
 * workflow keeps it, and its 15-minute schedule builds only once that moment has come
 * (scripts/due.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadedContent } from '../content-folder/load.ts';
import { nextDue, type DueRecord } from '../domain/next-due.ts';
import { instantToIsoVN } from '../domain/vn-time.ts';

export const NEXT_DUE_FILE = 'next-due.json';

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function dueRecord(content: LoadedContent, now: Date): DueRecord {
  const entries = content.entries.map((e) => ({
    kind: e.kind,
    draft: e.data.draft === true,
    publishAt: text(e.data.publishAt),
    effective: text(e.data.effective),
    expires: text(e.data.expires),
    date: text(e.data.date) ?? text(e.data.issued),
  }));
  const next = nextDue(entries, content.site.notice?.until, now);
  return { nextDue: next ? instantToIsoVN(next) : null };
}

export function writeDueRecord(workDir: string, record: DueRecord): void {
  mkdirSync(workDir, { recursive: true });
  writeFileSync(path.join(workDir, NEXT_DUE_FILE), `${JSON.stringify(record, null, 2)}\n`);
}
