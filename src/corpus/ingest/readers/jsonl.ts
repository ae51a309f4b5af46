// JSON Lines: one article a line, {text | html, url?, title?, published?, outlet?, language?}. Streamed line by line;
// a line that is not such an object is a problem named by file and line, and the next line is read.
import { createInterface } from 'node:readline';
import { openInput } from './open.js';
import { itemKey, type ByteCounter, type MetaOverride, type ReaderEvent } from '../item.js';

const FIELDS = ['url', 'title', 'published', 'outlet', 'language'] as const;

export async function* readJsonl(path: string, counter?: ByteCounter): AsyncGenerator<ReaderEvent> {
  const input = openInput(path, counter);
  // A last line that is not JSON and has no newline after it is a file cut short (a copy or download that stopped),
  // reported as a truncated feed or WARC record is; the last byte read tells whether the file ended with a newline.
  let lastByte = -1;
  input.on('data', (chunk: Buffer) => {
    if (chunk.length) lastByte = chunk[chunk.length - 1];
  });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  /** A line that is not JSON, held back until we know whether it was the file's last. */
  let held: { origin: string; detail: string } | null = null;
  try {
    for await (const line of lines) {
      n++;
      if (held) yield problem(held.origin, held.detail);
      held = null;
      if (!line.trim()) continue;
      const origin = `${path}:${n}`;
      const parsed = parseLine(line);
      if (typeof parsed === 'string') {
        if (parsed.startsWith(NOT_JSON)) held = { origin, detail: parsed };
        else yield problem(origin, parsed);
      } else yield { type: 'item', item: { key: itemKey('jsonl', line), origin, input: parsed.html !== undefined ? { kind: 'html', name: origin, html: parsed.html, meta: parsed.meta } : { kind: 'text', name: origin, text: parsed.text ?? '', meta: parsed.meta } } };
    }
    if (held) {
      if (lastByte === 0x0a) yield problem(held.origin, held.detail);
      else yield { type: 'problem', origin: held.origin, message: `"${held.origin}" is truncated: the file ends inside this line (not valid JSON, no newline after it). Lines before it were read; copy the file again for the rest.` };
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === 'ENOENT' ? 'the file is gone (moved or deleted during the run)' : (error as Error).message;
    yield { type: 'problem', origin: `${path}:${n}`, message: `"${path}": reading stopped after line ${n}: ${detail}.` };
  }
}

const NOT_JSON = 'not valid JSON';

function problem(origin: string, detail: string): ReaderEvent {
  return { type: 'problem', origin, message: `"${origin}": ${detail}` };
}

function parseLine(line: string): { text?: string; html?: string; meta: MetaOverride } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `${NOT_JSON} (${(error as Error).message}). Each line must be one JSON object; this line is skipped.`;
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
