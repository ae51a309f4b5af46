// What a job carries: one input item (its key, where it came from, and the article itself), as JSON. Bytes travel
// as base64. A payload this version cannot read is refused with a clear error, so the job fails (and, after its
// attempts, stays failed) instead of storing something wrong.
import type { ItemInput, MetaOverride } from '../corpus/ingest/item.js';

/** The task every ingest job names; workers of another application ignore it. */
export const INGEST_TASK = 'claimtrail.ingest';
/** Attempts before a job is left failed: a poison document costs three tries, never the queue. */
export const MAX_ATTEMPTS = 3;

export interface IngestPayload {
  v: 1;
  key: string;
  origin: string;
  input: EncodedInput;
}

type EncodedInput =
  | { kind: 'bytes'; name: string; bytes64: string; meta?: MetaOverride }
  | { kind: 'html'; name: string; html: string; meta: MetaOverride }
  | { kind: 'text'; name: string; text: string; meta: MetaOverride };

export function encodePayload(key: string, origin: string, input: ItemInput): IngestPayload {
  const encoded: EncodedInput = input.kind === 'bytes' ? { kind: 'bytes', name: input.name, bytes64: Buffer.from(input.bytes).toString('base64'), meta: input.meta } : input;
  return { v: 1, key, origin, input: encoded };
}

export function decodePayload(payload: unknown): { key: string; origin: string; input: ItemInput } {
  const p = payload as Partial<IngestPayload> | null;
  const bad = (why: string) => new Error(`job payload is not one this claimtrail reads (${why})`);
  if (!p || typeof p !== 'object' || p.v !== 1) throw bad(`version ${JSON.stringify(p?.v)}`);
  if (typeof p.key !== 'string' || typeof p.origin !== 'string' || !p.input || typeof p.input !== 'object') throw bad('no key, origin or input');
  const i = p.input;
  if (typeof i.name !== 'string') throw bad('input without a name');
  if (i.kind === 'bytes' && typeof i.bytes64 === 'string') return { key: p.key, origin: p.origin, input: { kind: 'bytes', name: i.name, bytes: Buffer.from(i.bytes64, 'base64'), meta: i.meta } };
  if (i.kind === 'html' && typeof i.html === 'string') return { key: p.key, origin: p.origin, input: { kind: 'html', name: i.name, html: i.html, meta: i.meta ?? {} } };
  if (i.kind === 'text' && typeof i.text === 'string') return { key: p.key, origin: p.origin, input: { kind: 'text', name: i.name, text: i.text, meta: i.meta ?? {} } };
  throw bad(`input kind ${JSON.stringify((i as { kind?: unknown }).kind)}`);
}
