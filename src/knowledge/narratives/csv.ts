// A CSV catalogue → the same located tree as YAML and JSON, so one validator names line and field for all three.
// One row per example; rows with the same id are one narrative. RFC 4180 quoting ("" escapes, line breaks inside
// quotes), and a comma, semicolon or tab as separator, read from the header row.
import { readDelimited } from '../../core/delimited.js';
import type { Located, ParseResult } from './parse.js';

/** Columns, in the names users write. `example` is required in the header; `id` and `title` too. */
export const CSV_COLUMNS = ['id', 'title', 'description', 'example', 'language', 'keywords', 'source', 'date', 'parent', 'note'];
const REQUIRED = ['id', 'title', 'example'];

/** Validator field names → the CSV column a user wrote them in, so errors name the column. */
export const CSV_FIELD_NAMES: Record<string, string> = {
  examples: 'example',
  'examples.text': 'example',
  'examples.language': 'language',
  'examples.source': 'source',
  'examples.date': 'date',
};

/** A validator's problem as a CSV user reads it: field "examples.language" → column "language". */
export function csvDetail(detail: string): string {
  return detail.replace(/field "([^"]+)"/, (_, field: string) => `column "${CSV_FIELD_NAMES[field] ?? field.split('.')[0]}"`);
}

/** Does this text look like a CSV catalogue (its first line a header naming id and example)? */
export function looksLikeCsv(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0].toLowerCase();
  const cells = first.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
  return cells.includes('id') && cells.includes('example');
}

export function parseCsvCatalogue(text: string): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  const separator = separatorOf(body);
  const rows = readDelimited(body, separator, true);
  if (!rows.ok) return rows;
  const [header, ...data] = rows.rows;
  if (!header) return { ok: true, root: null };
  const names = header.cells.map((c) => c.trim().toLowerCase());
  for (const [i, name] of names.entries()) {
    if (!CSV_COLUMNS.includes(name)) return { ok: false, line: 1, detail: `column ${i + 1} "${header.cells[i]}": unknown column (columns: ${CSV_COLUMNS.join(', ')})` };
    if (names.indexOf(name) !== i) return { ok: false, line: 1, detail: `column "${name}" appears twice in the header` };
  }
  const missing = REQUIRED.filter((r) => !names.includes(r));
  if (missing.length) return { ok: false, line: 1, detail: `the header lacks ${missing.map((m) => `"${m}"`).join(', ')} (header: ${REQUIRED.join(',')}[,description,language,keywords,source,date])` };

  const byId = new Map<string, { line: number; fields: Map<string, Located>; examples: Located[]; keywords: Map<string, Located[]> }>();
  const problems: { line: number; detail: string }[] = [];
  const order: string[] = [];
  for (const row of data) {
    if (row.cells.length !== names.length) {
      problems.push({ line: row.line, detail: `${row.cells.length} columns where the header has ${names.length} (quote a field that holds "${separator}")` });
      continue;
    }
    const cell = (name: string): string => (names.includes(name) ? row.cells[names.indexOf(name)].trim() : '');
    const scalar = (value: string): Located => ({ kind: 'scalar', line: row.line, value: value || null });
    const id = cell('id');
    const key = id || `\u0000${row.line}`; // a row with no id stays alone, and the validator says the id is missing
    let entry = byId.get(key);
    if (!entry) {
      entry = { line: row.line, fields: new Map(), examples: [], keywords: new Map() };
      byId.set(key, entry);
      order.push(key);
    }
    for (const name of ['id', 'title', 'description', 'parent', 'note']) {
      const value = cell(name);
      if (!value) continue;
      const before = entry.fields.get(name);
      if (!before) entry.fields.set(name, scalar(value));
      else if (before.kind === 'scalar' && before.value !== value) {
        problems.push({ line: row.line, detail: `narrative "${id}", column "${name}": "${value}" differs from line ${before.line} ("${before.value}"); rows of one id share it (or leave it empty)` });
      }
    }
    const example = new Map<string, Located>([['text', scalar(cell('example'))]]);
    for (const name of ['language', 'source', 'date']) if (cell(name)) example.set(name, scalar(cell(name)));
    entry.examples.push({ kind: 'map', line: row.line, fields: example });
    // A row's keywords are in its language when it names one; otherwise they apply in every language.
    const words = cell('keywords').split(/[|;]/).map((w) => w.trim()).filter(Boolean);
    if (words.length) {
      const language = cell('language') || '*';
      entry.keywords.set(language, [...(entry.keywords.get(language) ?? []), ...words.map(scalar)]);
    }
  }
  const items: Located[] = order.map((key) => {
    const e = byId.get(key) as NonNullable<ReturnType<typeof byId.get>>;
    const fields = new Map(e.fields);
    fields.set('examples', { kind: 'list', line: e.line, items: e.examples });
    if (e.keywords.size) {
      const any = e.keywords.get('*');
      const byLanguage = [...e.keywords].filter(([l]) => l !== '*');
      fields.set(
        'keywords',
        byLanguage.length || !any
          ? { kind: 'map', line: e.line, fields: new Map([...byLanguage, ...(any ? [['*', any] as [string, Located[]]] : [])].map(([l, list]) => [l, { kind: 'list', line: list[0].line, items: list }])) }
          : { kind: 'list', line: any[0].line, items: any },
      );
    }
    return { kind: 'map', line: e.line, fields };
  });
  return { ok: true, root: { kind: 'list', line: 1, items }, problems };
}

function separatorOf(text: string): string {
  const first = text.split(/\r?\n/, 1)[0];
  const count = (s: string) => first.split(s).length - 1;
  return [',', ';', '\t'].sort((a, b) => count(b) - count(a))[0];
}
