/**
 * CSV as spreadsheets open it: UTF-8 with a byte-order mark (so Excel shows Vietnamese
 * correctly), comma-separated, CRLF line ends, fields quoted when they need it (RFC 4180).
 */
export type Cell = string | number | boolean | undefined | null;

function field(value: Cell): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const lines = [columns.map(field).join(','), ...rows.map((row) => columns.map((c) => field(row[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
