/**
 * A problem found in the content, for people: the file (relative to the content folder),
 * the field as the author wrote it, the value found, and what was expected, in Vietnamese.
 */
type Severity = 'error' | 'warning' | 'note';

export interface Finding {
  severity: Severity;
  /** Path relative to the content folder, with forward slashes: `bulletins/2020-02-05.md`. */
  file: string;
  /** Field path as written in the file: `stats.confirmed`, `districts[2].name`. */
  field?: string;
  /** 1-based line in the file, when it can be told. */
  line?: number;
  /** The value found, shown back to the author. */
  value?: unknown;
  /** The value exactly as typed in the file, when the parsed value would show otherwise (`1e20`, `.inf`, an empty value). */
  typed?: string;
  /** What is wrong and what was expected, in Vietnamese. */
  message: string;
}

const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'LỖI',
  warning: 'CẢNH BÁO',
  note: 'GHI CHÚ',
};

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** Shows a found value the way it appeared: strings in quotes, the rest as YAML would print it. */
function showValue(value: unknown): string {
  if (value === undefined) return '(không có)';
  if (typeof value === 'string') return `"${value.length > 80 ? `${value.slice(0, 77)}…` : value}"`;
  if (value instanceof Date) return value.toISOString();
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** The value of a finding as the author will recognise it. */
function shownValue(f: Finding): string | undefined {
  if (f.typed !== undefined) return f.typed === '' ? '(để trống)' : f.typed;
  return 'value' in f && f.value !== undefined ? showValue(f.value) : undefined;
}

/** One line a finding: `bulletins/2020-02-05.md:7 trường "stats.confirmed": … (giá trị: -1)`. */
export function formatFinding(f: Finding): string {
  const where = f.line ? `${f.file}:${f.line}` : f.file;
  const field = f.field ? ` trường "${f.field}":` : '';
  const shown = shownValue(f);
  const value = shown !== undefined ? ` (giá trị tìm thấy: ${shown})` : '';
  return `${SEVERITY_LABEL[f.severity]} ${where}${field} ${f.message}${value}`;
}

/** The whole report, grouped by file, errors first; ends with the counts. */
export function formatReport(findings: readonly Finding[]): string {
  const order: Severity[] = ['error', 'warning', 'note'];
  const sorted = [...findings].sort(
    (a, b) => a.file.localeCompare(b.file) || order.indexOf(a.severity) - order.indexOf(b.severity) || (a.line ?? 0) - (b.line ?? 0),
  );
  const lines: string[] = [];
  let current = '';
  for (const f of sorted) {
    if (f.file !== current) {
      current = f.file;
      lines.push('', `${f.file}`);
    }
    lines.push(`  ${formatFinding(f)}`);
  }
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  lines.push('', `${count('error')} lỗi, ${count('warning')} cảnh báo, ${count('note')} ghi chú.`);
  return lines.join('\n');
}

const SECTION_TITLES: Record<Severity, string> = {
  error: 'LỖI: phải sửa, trang chưa thể đăng',
  warning: 'CẢNH BÁO: nên xem lại trước khi đăng',
  note: 'GHI CHÚ',
};

/** The checker's report: errors, then warnings, then notes, each grouped by file. */
export function formatSections(findings: readonly Finding[]): string {
  const out: string[] = [];
  for (const severity of ['error', 'warning', 'note'] as const) {
    const list = findings.filter((f) => f.severity === severity);
    if (list.length === 0) continue;
    out.push(`== ${SECTION_TITLES[severity]} (${list.length}) ==`);
    const files = [...new Set(list.map((f) => f.file))].sort();
    for (const file of files) {
      out.push(`${file}`);
      for (const f of list.filter((x) => x.file === file).sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) {
        const where = f.line ? `dòng ${f.line}` : '';
        const field = f.field ? `trường "${f.field}"` : '';
        const head = [where, field].filter(Boolean).join(', ');
        const shown = shownValue(f);
        const value = shown !== undefined ? ` (giá trị tìm thấy: ${shown})` : '';
        out.push(`  - ${head ? `${head}: ` : ''}${f.message}${value}`);
      }
    }
    out.push('');
  }
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  out.push(`${count('error')} lỗi, ${count('warning')} cảnh báo, ${count('note')} ghi chú.`);
  return out.join('\n');
}
