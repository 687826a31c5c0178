/**
 * A problem found in the content, for people: the file (relative to the content folder),
 * the field as the author wrote it, the value found, and what was expected, in Vietnamese.
 */
import { fieldLabel } from './field-labels.ts';

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

/** `trường "stats.confirmed" (Ca mắc tích lũy)`: the field as written, and its name in the editor's form and the guide. */
function fieldName(f: Finding, text: (t: string) => string = (t) => t): string {
  const label = fieldLabel(f.file, f.field!);
  return `trường "${text(f.field!)}"${label ? ` (${label})` : ''}`;
}

/** One line a finding: `bulletins/2020-02-05.md:7 trường "stats.confirmed": … (giá trị: -1)`. */
export function formatFinding(f: Finding): string {
  const where = f.line ? `${f.file}:${f.line}` : f.file;
  const field = f.field ? ` ${fieldName(f)}:` : '';
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

/** The findings of one severity, grouped by file: files in order, each file's findings by line. */
interface Section {
  severity: Severity;
  count: number;
  files: { file: string; findings: Finding[] }[];
}

function sections(findings: readonly Finding[]): Section[] {
  return (['error', 'warning', 'note'] as const).flatMap((severity) => {
    const byFile = new Map<string, Finding[]>();
    for (const f of findings.filter((x) => x.severity === severity)) {
      const group = byFile.get(f.file);
      if (group) group.push(f);
      else byFile.set(f.file, [f]);
    }
    const files = [...byFile.keys()]
      .sort()
      .map((file) => ({ file, findings: byFile.get(file)!.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) }));
    const count = files.reduce((n, f) => n + f.findings.length, 0);
    return count > 0 ? [{ severity, count, files }] : [];
  });
}

/** `dòng 7, trường "stats.confirmed": … (giá trị tìm thấy: -1)`; `text` is applied to what came from the content. */
function describeFinding(f: Finding, text: (t: string) => string = (t) => t): string {
  const where = f.line ? `dòng ${f.line}` : '';
  const field = f.field ? fieldName(f, text) : '';
  const head = [where, field].filter(Boolean).join(', ');
  const shown = shownValue(f);
  const value = shown !== undefined ? ` (giá trị tìm thấy: ${text(shown)})` : '';
  return `${head ? `${head}: ` : ''}${text(f.message)}${value}`;
}

function countLine(findings: readonly Finding[]): string {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return `${count('error')} lỗi, ${count('warning')} cảnh báo, ${count('note')} ghi chú.`;
}

/** The checker's report: errors, then warnings, then notes, each grouped by file. */
export function formatSections(findings: readonly Finding[]): string {
  const out: string[] = [];
  for (const { severity, count, files } of sections(findings)) {
    out.push(`== ${SECTION_TITLES[severity]} (${count}) ==`);
    for (const { file, findings: list } of files) {
      out.push(file);
      for (const f of list) out.push(`  - ${describeFinding(f)}`);
    }
    out.push('');
  }
  out.push(countLine(findings));
  return out.join('\n');
}

/**
 * Text from the content made inert in GitHub Markdown: on one line (a line break could start
 * a heading, a list or a table), with the characters of emphasis, code, links, HTML, tables,
 * strike-through, maths and entities escaped, and a list marker at its start too. GitHub
 * links `@name` (and notifies that person) and `#12` in the rendered text, where a backslash
 * is gone: a zero-width space after `@` and `#` keeps them plain words.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&$!]/g, '\\$&')
    .replace(/^(\d*)([-+.)#])/, '$1\\$2')
    .replace(/[@#]/g, '$&\u200b');
}

/**
 * The same report in GitHub Markdown, for the issue of a failed publish and the summary of a
 * pull request's check: a heading for each severity, each file in bold with its findings as a
 * list. Past `maxLength` characters the list stops with "… và N mục khác." (an issue holds
 * 65,536 characters).
 */
export function formatMarkdown(findings: readonly Finding[], maxLength = Infinity): string {
  const lines: { text: string; finding?: true }[] = [];
  for (const { severity, count, files } of sections(findings)) {
    lines.push({ text: `### ${SECTION_TITLES[severity]} (${count})` });
    for (const { file, findings: list } of files) {
      lines.push({ text: '' }, { text: `**${escapeMarkdown(file)}**` });
      for (const f of list) lines.push({ text: `- ${describeFinding(f, escapeMarkdown)}`, finding: true });
    }
    lines.push({ text: '' });
  }
  // Room for the longest ending: the line of what was left out, and the counts.
  const budget = maxLength - `\n… và ${findings.length} mục khác.\n\n${countLine(findings)}`.length;
  const kept: string[] = [];
  let length = 0;
  let shown = 0;
  for (const line of lines) {
    length += line.text.length + 1;
    if (length > budget) break;
    kept.push(line.text);
    if (line.finding) shown++;
  }
  const left = findings.length - shown;
  return [...kept, ...(left > 0 ? ['', `… và ${left} mục khác.`, ''] : []), countLine(findings)].join('\n');
}
