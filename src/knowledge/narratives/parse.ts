// Catalogue text → a plain tree that remembers the line of every value, so validation can name file, line and field.
// YAML and JSON both go through the `yaml` parser (JSON is YAML 1.2), but JSON is first checked with JSON.parse so
// that a JSON syntax error reads like one. CSV has its own reader (csv.ts) building the same tree.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { looksLikeCsv, parseCsvCatalogue } from './csv.js';

/** A parsed value with its 1-based line: a scalar, a list of nodes, or a map of field → node. */
export type Located =
  | { kind: 'scalar'; line: number; value: string | number | boolean | null }
  | { kind: 'list'; line: number; items: Located[] }
  | { kind: 'map'; line: number; fields: Map<string, Located> };

/** `problems`: what a reader found that the validator cannot (CSV rows of one id that disagree). */
export type ParseResult = { ok: true; root: Located | null; problems?: { line: number; detail: string }[] } | { ok: false; line: number; detail: string };

export type CatalogueFormat = 'json' | 'yaml' | 'csv';

/** By the file's extension, else by its content: `[` or `{` first is JSON, a header naming id and example is CSV. */
export function catalogueFormat(name: string, text: string): CatalogueFormat {
  const extension = /\.(json|ya?ml|csv|tsv)$/i.exec(name)?.[1].toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'yaml' || extension === 'yml') return 'yaml';
  if (extension === 'csv' || extension === 'tsv') return 'csv';
  if (/^\uFEFF?\s*[[{]/.test(text)) return 'json';
  return looksLikeCsv(text) ? 'csv' : 'yaml';
}

/**
 * JSON is read with JSON.parse (fast: the built-in catalogue is half a megabyte) and its values get line 0;
 * `withLines` re-reads it through the YAML parser when a problem needs its line.
 */
export function parseCatalogueText(text: string, name: string, withLines = false): ParseResult {
  const format = catalogueFormat(name, text);
  if (format === 'csv') return parseCsvCatalogue(text);
  if (format === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return { ok: false, line: jsonErrorLine(text, (error as Error).message), detail: `JSON syntax error: ${(error as Error).message}` };
    }
    if (!withLines) return { ok: true, root: fromPlain(value) };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length) {
    const first = doc.errors[0];
    const line = first.linePos?.[0]?.line ?? 1;
    const what = first.code === 'DUPLICATE_KEY' ? 'a field appears twice in one entry' : first.message.split(' at line')[0];
    return { ok: false, line, detail: `YAML syntax error: ${what}` };
  }
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const walk = (node: unknown): Located => {
    if (isSeq(node)) return { kind: 'list', line: lineOf(node), items: node.items.map(walk) };
    if (isMap(node)) {
      const fields = new Map<string, Located>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        fields.set(key, pair.value ? walk(pair.value) : { kind: 'scalar', line: lineOf(pair.key as Node), value: null });
      }
      return { kind: 'map', line: lineOf(node), fields };
    }
    if (isScalar(node)) {
      const v = node.value;
      const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : v == null ? null : String(v);
      return { kind: 'scalar', line: lineOf(node), value };
    }
    return { kind: 'scalar', line: 1, value: null };
  };
  return { ok: true, root: doc.contents ? walk(doc.contents) : null };
}

function fromPlain(value: unknown): Located | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return { kind: 'list', line: 0, items: value.map((v) => fromPlain(v) ?? { kind: 'scalar', line: 0, value: null }) };
  if (typeof value === 'object') {
    const fields = new Map<string, Located>();
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) fields.set(k, fromPlain(v) ?? { kind: 'scalar', line: 0, value: null });
    return { kind: 'map', line: 0, fields };
  }
  return { kind: 'scalar', line: 0, value: typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : String(value) };
}

/** Node 20 says "… at position N"; newer versions add "(line L column C)". */
function jsonErrorLine(text: string, message: string): number {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (!position) return 1;
  return text.slice(0, Number(position[1])).split('\n').length;
}
