/**
 * Rules that compare files with each other. The build and the staff's checker both call
 * these, so a mistake is reported the same way wherever it is caught.
 */
import { CUMULATIVE_KEYS, STAT_LABELS, districtKey, type BulletinFigures } from './figures.ts';
import type { Finding } from './findings.ts';
import { daysBetween, formatDate } from './vn-time.ts';
import { numberKey } from './doc-number.ts';
import { Register } from './register.ts';

export interface BulletinInput extends BulletinFigures {
  file: string;
}

/**
 * One bulletin a day; cumulative figures never decrease unless `correction`; recovered +
 * deaths <= confirmed; districts' sum <= confirmed. Warnings for a `confirmedNew` that
 * differs from the rise of `confirmed`, and for days without a bulletin.
 * Call it with published bulletins only: drafts are checked on their own.
 */
export function checkBulletinSeries(bulletins: readonly BulletinInput[]): Finding[] {
  const findings: Finding[] = [];
  const sorted = [...bulletins].sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
  const byDate = new Map<string, BulletinInput>();
  const last: Partial<Record<string, { value: number; b: BulletinInput }>> = {};
  const lastDistrict = new Map<string, { value: number; b: BulletinInput }>();
  let previous: BulletinInput | undefined;

  for (const b of sorted) {
    const first = byDate.get(b.date);
    if (first) {
      findings.push({
        severity: 'error',
        file: b.file,
        field: 'date',
        value: b.date,
        message: `ngày ${formatDate(b.date)} đã có bản tin trong tệp ${first.file}; mỗi ngày chỉ có một bản tin.`,
      });
      continue;
    }
    byDate.set(b.date, b);

    for (const key of CUMULATIVE_KEYS) {
      const value = b.stats[key];
      if (value === undefined) continue;
      const before = last[key];
      if (before && value < before.value && !b.correction) {
        findings.push({
          severity: 'error',
          file: b.file,
          field: `stats.${key}`,
          value,
          message: `${STAT_LABELS[key]} là số tích lũy, không được giảm: bản tin ngày ${formatDate(before.b.date)} (${before.b.file}) ghi ${before.value}. Nếu đây là đính chính số liệu, thêm dòng correction: "lý do đính chính".`,
        });
      }
      last[key] = { value, b };
    }

    for (const [i, d] of (b.districts ?? []).entries()) {
      const key = districtKey(d.name);
      const before = lastDistrict.get(key);
      if (before && d.confirmed < before.value && !b.correction) {
        findings.push({
          severity: 'error',
          file: b.file,
          field: `districts[${i}].confirmed`,
          value: d.confirmed,
          message: `số ca tích lũy của ${d.name} không được giảm: bản tin ngày ${formatDate(before.b.date)} ghi ${before.value}. Nếu đây là đính chính, thêm dòng correction: "lý do đính chính".`,
        });
      }
      lastDistrict.set(key, { value: d.confirmed, b });
    }

    const confirmed = last.confirmed?.value;
    const recovered = b.stats.recovered ?? last.recovered?.value ?? 0;
    const deaths = b.stats.deaths ?? last.deaths?.value ?? 0;
    if (confirmed !== undefined && recovered + deaths > confirmed) {
      findings.push({
        severity: 'error',
        file: b.file,
        field: 'stats.recovered',
        value: recovered,
        message: `số khỏi bệnh (${recovered}) cộng tử vong (${deaths}) không được lớn hơn số ca mắc tích lũy (${confirmed}).`,
      });
    }
    if (b.districts && confirmed !== undefined) {
      const sum = b.districts.reduce((s, d) => s + d.confirmed, 0);
      if (sum > confirmed) {
        findings.push({
          severity: 'error',
          file: b.file,
          field: 'districts',
          value: sum,
          message: `tổng số ca của các huyện (${sum}) không được lớn hơn số ca mắc tích lũy của tỉnh (${confirmed}).`,
        });
      }
    }

    if (previous) {
      const given = b.stats.confirmedNew;
      const prevConfirmed = previous.stats.confirmed;
      if (given !== undefined && b.stats.confirmed !== undefined && prevConfirmed !== undefined) {
        const rise = b.stats.confirmed - prevConfirmed;
        if (rise !== given) {
          findings.push({
            severity: 'warning',
            file: b.file,
            field: 'stats.confirmedNew',
            value: given,
            message: `ca mắc mới (${given}) khác mức tăng của ca mắc tích lũy so với bản tin trước (${prevConfirmed} → ${b.stats.confirmed}, tức ${rise}). Hãy kiểm tra lại.`,
          });
        }
      }
      const gap = daysBetween(previous.date, b.date) - 1;
      if (gap > 0) {
        findings.push({
          severity: 'warning',
          file: b.file,
          field: 'date',
          value: b.date,
          message: `thiếu ${gap} ngày không có bản tin, từ sau ngày ${formatDate(previous.date)} đến trước ngày ${formatDate(b.date)}.`,
        });
      }
    }
    previous = b;
  }
  return findings;
}

interface DirectiveInput {
  file: string;
  /** Its slug, to tell the document itself from another with the same number. */
  id: string;
  /** Drafts and scheduled documents are checked for themselves but do not take a number yet. */
  published: boolean;
  number: string;
  issued: string;
  replaces: readonly string[];
  amends: readonly string[];
}

/**
 * Number + year of issue is unique in the register; a document never replaces or amends
 * itself (the register would ignore it, and the statement would be lost without a word).
 */
export function checkDirectiveRegister(directives: readonly DirectiveInput[]): Finding[] {
  const seen = new Map<string, DirectiveInput>();
  const findings: Finding[] = [];
  const sorted = [...directives].sort((a, b) => a.file.localeCompare(b.file));
  for (const d of sorted.filter((x) => x.published)) {
    const key = `${d.number.normalize('NFC').toLocaleUpperCase('vi')}|${d.issued.slice(0, 4)}`;
    const first = seen.get(key);
    if (first) {
      findings.push({
        severity: 'error',
        file: d.file,
        field: 'number',
        value: d.number,
        message: `văn bản số ${d.number} năm ${d.issued.slice(0, 4)} đã có trong tệp ${first.file}; số hiệu và năm ban hành không được trùng.`,
      });
    } else {
      seen.set(key, d);
    }
  }
  const register = new Register(sorted.map((x) => ({ ...x, title: '' })));
  for (const d of sorted) {
    for (const field of ['replaces', 'amends'] as const) {
      d[field].forEach((number, i) => {
        const target = register.resolve(number) ?? register.resolve(number, Number(d.issued.slice(0, 4)));
        const itself = target ? target.id === d.id : numberKey(number) === numberKey(d.number);
        if (!itself) return;
        findings.push({
          severity: 'error',
          file: d.file,
          field: `${field}[${i}]`,
          value: number,
          message: `${number} là số hiệu của chính văn bản này; một văn bản không thể ${field === 'replaces' ? 'thay thế' : 'sửa đổi'} chính nó. Hãy ghi số hiệu của văn bản khác, hoặc xóa dòng này.`,
        });
      });
    }
  }
  return findings;
}

export interface RouteClaim {
  file: string;
  field: string;
  path: string;
  /** A file published as committed, not a page or an alias. */
  isFile?: boolean;
}

/**
 * No two pages, and no alias and page, may claim the same public path; nor two paths that
 * differ only in letter case or Unicode form: on a server that does not tell them apart
 * (IIS on Windows, a Mac), one would replace the other.
 */
export function checkRouteClaims(claims: readonly RouteClaim[]): Finding[] {
  const seen = new Map<string, RouteClaim>();
  const findings: Finding[] = [];
  for (const c of claims) {
    const key = (c.path.endsWith('/') ? c.path : `${c.path}/`).normalize('NFC').toLowerCase();
    const first = seen.get(key);
    if (first) {
      findings.push({
        severity: 'error',
        file: c.file,
        field: c.field,
        value: c.path,
        message:
          first.file === c.file && first.isFile && c.isFile
            ? `đường dẫn ${c.path} đã được dùng cho một tệp khác của chính bài này (${first.field}); hai tệp khác nhau không thể đăng cùng một tên. Hãy đổi tên một trong hai tệp.`
            : `đường dẫn ${c.path} đã được dùng bởi ${first.file}; mỗi đường dẫn chỉ dẫn tới một trang.`,
      });
    } else {
      seen.set(key, c);
    }
  }
  return findings;
}
