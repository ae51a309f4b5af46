// CSV (RFC 4180) and JSON Lines writers for table rows.
//
// Formula-injection guard (on by default for CSV): a text cell that starts with =, +, -, @, a tab or a carriage return
// is prefixed with an apostrophe, so a spreadsheet shows it as text instead of running it as a formula (OWASP's advice
// for CSV files). The prefix changes the cell, not the offsets: for exact text use JSONL, or CSV with the guard off and
// a reader that does not evaluate formulas (pandas, R). Number and offset columns are never touched.
import { TABLE_KINDS, type TableRow } from './tables.js';

export const COLUMNS: ReadonlyArray<keyof TableRow> = ['doc_id', 'kind', 'id', 'start', 'end', 'text', 'label', 'actor', 'actor_id', 'score', 'disarm', 'detail', 'url', 'published'];

const RISKY = /^[=+\-@\t\r]/;

function cell(value: string | number | null, guard: boolean): string {
  if (value === null) return '';
  let s = typeof value === 'number' ? String(value) : value;
  if (guard && typeof value === 'string' && RISKY.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180: CRLF line ends, a header row, fields with comma, quote or line break quoted, quotes doubled. */
export function toCsv(rows: readonly TableRow[], options: { formulaGuard?: boolean } = {}): string {
  const guard = options.formulaGuard ?? true;
  const lines = [COLUMNS.join(',')];
  for (const row of rows) lines.push(COLUMNS.map((c) => cell(row[c] as string | number | null, guard)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** One JSON object a line, columns in the CSV order; text exactly as in the document. */
export function toJsonl(rows: readonly TableRow[]): string {
  return rows.map((r) => `${JSON.stringify(Object.fromEntries(COLUMNS.map((c) => [c, r[c]])))}\n`).join('');
}

export { TABLE_KINDS };
