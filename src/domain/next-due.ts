/**
 * When the site next changes by the clock alone, with no new commit: an entry scheduled with
 * `publishAt` comes out, the site's notice comes down (`notice.until`), a directive comes into
 * force (the start of its `effective` day) or lapses (the start of the day after its
 * `expires`), in Vietnam time; and New Year's Day, when an entry out now is dated in a later
 * year: the search index's current part counts its years up to the clock's year
 * (./search-parts.ts), so that day moves it. The build writes it down (src/build/next-due.ts) and the deploy
 * workflow's 15-minute schedule builds only once it has come; a commit always builds.
 */
import { toInstant, toLocal } from './vn-time.ts';

export interface TimedEntry {
  kind: string;
  /** A draft never comes out by itself: publishing it takes a commit. */
  draft?: boolean | undefined;
  publishAt?: string | undefined;
  effective?: string | undefined;
  expires?: string | undefined;
  /** Its date (a directive's day of issue), YYYY-MM-DD. */
  date?: string | undefined;
}

const DAY = 86_400_000;

/** Every moment at which what the content says is published changes by itself, past or future. */
export function dueMoments(entries: readonly TimedEntry[], noticeUntil?: string): Date[] {
  const moments: Date[] = [];
  if (noticeUntil) moments.push(new Date(noticeUntil));
  for (const e of entries) {
    if (e.draft) continue;
    if (e.publishAt) moments.push(new Date(e.publishAt));
    if (e.kind !== 'directives') continue;
    if (e.effective) moments.push(toInstant(e.effective));
    if (e.expires) moments.push(new Date(toInstant(e.expires).getTime() + DAY));
  }
  return moments;
}

/** The first of those moments after `now`, or undefined when nothing will change without a commit. */
export function nextDue(entries: readonly TimedEntry[], noticeUntil: string | undefined, now: Date): Date | undefined {
  let next: Date | undefined;
  const year = Number(toLocal(now).date.slice(0, 4));
  const out = (e: TimedEntry) => !e.draft && (!e.publishAt || new Date(e.publishAt) <= now);
  const newYear = entries.some((e) => out(e) && e.date && Number(e.date.slice(0, 4)) > year) ? [toInstant(`${year + 1}-01-01`)] : [];
  for (const m of [...dueMoments(entries, noticeUntil), ...newYear]) if (m > now && (!next || m < next)) next = m;
  return next;
}

/**
 * What the build writes down and the schedule reads: the next moment due, in Vietnam time, or
 * null; the deploy workflow adds the commit it published.
 */
export interface DueRecord {
  nextDue: string | null;
  commit?: string | undefined;
}

/**
 * Whether a scheduled run of `commit` must build: when no record was kept (the first run, or a
 * lost cache), when the record is of another commit (one whose own run was replaced while it
 * waited), or when its next moment has come.
 */
export function isDue(record: DueRecord | undefined, now: Date, commit?: string): boolean {
  if (!record) return true;
  if (commit && record.commit !== commit) return true;
  if (record.nextDue === null) return false;
  const at = new Date(record.nextDue);
  // A record that cannot be read is no reason to skip.
  return Number.isNaN(at.getTime()) || at <= now;
}
