/**
 * CSV as spreadsheets open it, written by csv-stringify: UTF-8 with a byte-order mark (so Excel
 * shows Vietnamese correctly), comma-separated, CRLF line ends, fields quoted when they need
 * it (RFC 4180). A text cell that begins with =, +, -, @, a tab or a carriage return gets a
 * leading apostrophe, as OWASP advises against CSV injection: Excel would run it as a
 * formula. Numbers are never touched.
 */
import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | boolean | undefined | null;

export function toCsv(columns: readonly string[], rows: readonly Record<string, Cell>[]): string {
  return stringify(
    rows.map((row) => columns.map((c) => row[c])),
    {
      bom: true,
      header: true,
      columns: [...columns],
      record_delimiter: 'windows',
      escape_formulas: true,
      // Leading or trailing spaces survive a spreadsheet only inside quotes.
      quoted_match: /^\s|\s$/,
      cast: { boolean: (value) => String(value) },
    },
  );
}
