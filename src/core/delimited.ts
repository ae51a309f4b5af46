// One reader for delimited text (CSV, TSV) in the RFC 4180 way: quoted fields, "" escapes, line breaks inside quotes.
// Strict mode (analysts' catalogues) refuses a stray quote with its line so the user can fix the file; lenient mode
// (the CLEF files written by pandas) keeps such a quote as text, as pandas itself reads it back.

export interface DelimitedRow {
  /** The line the row starts on (1-based). */
  line: number;
  cells: string[];
}

export type DelimitedResult = { ok: true; rows: DelimitedRow[] } | { ok: false; line: number; detail: string };

export function readDelimited(text: string, separator: string, strict: boolean): DelimitedResult {
  const rows: DelimitedRow[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  const endRow = () => {
    cells.push(field);
    if (cells.length > 1 || cells[0].trim() !== '') rows.push({ line: rowLine, cells });
    cells = [];
    field = '';
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '' && !wasQuoted) {
      quoted = wasQuoted = true;
      quoteLine = line;
    } else if (c === '"' && strict && (field.trim() !== '' || wasQuoted)) {
      return { ok: false, line, detail: `field ${cells.length + 1}: a quote inside an unquoted field (quote the whole field and double the quote: "say ""this""")` };
    } else if (c === '"' && strict) {
      // Only blanks before the opening quote: they are dropped, as a user who typed `, "text"` means.
      field = '';
      quoted = wasQuoted = true;
      quoteLine = line;
    } else if (c === separator) {
      cells.push(field);
      field = '';
      wasQuoted = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else if (strict && wasQuoted && c.trim() !== '') {
      return { ok: false, line, detail: `field ${cells.length + 1}: text after the closing quote` };
    } else field += c;
  }
  if (quoted && strict) return { ok: false, line: quoteLine, detail: `field ${cells.length + 1}: a quote opened here is never closed` };
  if (field !== '' || cells.length) endRow();
  return { ok: true, rows };
}

/** Lenient rows of cells (the CLEF readers). */
export function parseDelimited(text: string, separator: string): string[][] {
  const read = readDelimited(text, separator, false);
  return read.ok ? read.rows.map((r) => r.cells) : [];
}
