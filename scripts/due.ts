/**
 * node scripts/due.ts [record] [commit]: whether a scheduled run of the deploy workflow must
 * build. Reads what the last publish kept (src/build/next-due.ts, with the commit the workflow
 * published; `.sukien/next-due.json` unless given) and prints `due=true` or `due=false` for
 * $GITHUB_OUTPUT, and why in Vietnamese on stderr. The clock is SOURCE_DATE_EPOCH when set. It needs no installed package, so that a
 * skipped run costs a checkout and a few seconds.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDue, type DueRecord } from '../src/domain/next-due.ts';
import { buildClock, formatInstant } from '../src/domain/vn-time.ts';

/** The record, or undefined when there is none or it cannot be read: then the run builds. */
export function readRecord(file: string): DueRecord | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<DueRecord>;
    const commit = typeof record.commit === 'string' ? record.commit : undefined;
    return record.nextDue === null || typeof record.nextDue === 'string' ? { nextDue: record.nextDue, commit } : undefined;
  } catch {
    return undefined;
  }
}

/** The answer and its reason, for the run's log. */
export function decide(record: DueRecord | undefined, now: Date, commit?: string): { due: boolean; reason: string } {
  const due = isDue(record, now, commit);
  if (!record) return { due, reason: 'Không có ghi chép của lần đăng trước: tạo trang.' };
  if (commit && record.commit !== commit)
    return { due, reason: `Lần đăng trước là của bản ${record.commit ?? '(không rõ)'}, chưa đăng bản ${commit}: tạo trang.` };
  if (record.nextDue === null)
    return { due, reason: 'Từ lần đăng trước, không có nội dung nào đến hạn theo giờ: không cần tạo lại trang.' };
  const at = new Date(record.nextDue);
  if (Number.isNaN(at.getTime())) return { due, reason: `Không đọc được thời điểm "${record.nextDue}": tạo trang.` };
  return {
    due,
    reason: due ? `Đã đến hạn lúc ${formatInstant(at)}: tạo trang.` : `Chưa đến hạn (lúc ${formatInstant(at)}): không cần tạo lại trang.`,
  };
}

if (import.meta.main) {
  const file = path.resolve(process.argv[2] ?? '.sukien/next-due.json');
  const { due, reason } = decide(readRecord(file), buildClock(), process.argv[3]);
  console.error(reason);
  console.log(`due=${due}`);
}
