// JSON Lines: one article a line, {text | html, url?, title?, published?, outlet?, language?}. Streamed line by line;
// a line that is not such an object is a problem named by file and line, and the next line is read.
import { createInterface } from 'node:readline';
import { openInput } from './open.js';
import { itemKey, type ByteCounter, type MetaOverride, type ReaderEvent } from '../item.js';

const FIELDS = ['url', 'title', 'published', 'outlet', 'language'] as const;

export async function* readJsonl(path: string, counter?: ByteCounter): AsyncGenerator<ReaderEvent> {
  const input = openInput(path, counter);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      const origin = `${path}:${n}`;
      const parsed = parseLine(line);
      if (typeof parsed === 'string') yield { type: 'problem', origin, message: `"${origin}": ${parsed}` };
      else yield { type: 'item', item: { key: itemKey('jsonl', line), origin, input: parsed.html !== undefined ? { kind: 'html', name: origin, html: parsed.html, meta: parsed.meta } : { kind: 'text', name: origin, text: parsed.text ?? '', meta: parsed.meta } } };
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === 'ENOENT' ? 'the file is gone (moved or deleted during the run)' : (error as Error).message;
    yield { type: 'problem', origin: `${path}:${n}`, message: `"${path}": reading stopped after line ${n}: ${detail}.` };
  }
}

function parseLine(line: string): { text?: string; html?: string; meta: MetaOverride } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not valid JSON (${(error as Error).message}). Each line must be one JSON object; this line is skipped.`;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object. Each line must be {"text": …} or {"html": …}; this line is skipped.';
  const v = value as Record<string, unknown>;
  if (typeof v.text !== 'string' && typeof v.html !== 'string') return 'has neither "text" nor "html" as a string; this line is skipped.';
  const meta: MetaOverride = {};
  for (const f of FIELDS) {
    if (v[f] === undefined || v[f] === null) continue;
    if (typeof v[f] !== 'string') return `"${f}" must be a string; this line is skipped.`;
    meta[f] = v[f] as string;
  }
  return typeof v.html === 'string' ? { html: v.html, meta } : { text: v.text as string, meta };
}
