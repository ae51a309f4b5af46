// Near-duplicates: word 3-gram MinHash, 60 hashes in 10 bands of 6. A pair at Jaccard 0.8 shares a band with
// probability 0.95, a pair at 0.5 with 0.15; candidates are then checked on the whole signature.
import { bandKeys, fromBytes, shingles, signature, similarity, toBytes, words } from './minhash.js';
import type { SqlRunner } from '../../store/index.js';

export const DOC_HASHES = 60;
const DOC_ROWS = 6;
const DOC_SALT = 0x0d0c;
/** Estimated Jaccard of 3-gram sets above which two articles are one text (a copy or a light edit). */
export const DUPLICATE_THRESHOLD = 0.6;
/** Candidates checked per article: enough for real groups, bounded for corpora of near-identical boilerplate. */
const MAX_CANDIDATES = 64;

export interface DocFingerprint {
  minhash: Uint8Array;
  bands: number[];
}

export function fingerprint(text: string): DocFingerprint {
  const sig = signature(shingles(words(text), 3), DOC_HASHES);
  return { minhash: toBytes(sig), bands: bandKeys(sig, DOC_ROWS, DOC_SALT) };
}

/** The group the new document joins: its best match's group, or none (it starts its own). */
export async function findGroup(tx: SqlRunner, print: DocFingerprint): Promise<{ group: number; similarity: number } | null> {
  if (!print.bands.length) return null;
  const candidates = await tx.all<{ id: number; dup_group: number | null; minhash: Uint8Array }>(
    `SELECT d.id, d.dup_group, t.minhash FROM documents d JOIN document_texts t ON t.id = d.id WHERE d.id IN (SELECT doc FROM doc_bands WHERE band_key IN (${print.bands.map(() => '?').join(', ')}) LIMIT ${MAX_CANDIDATES})`,
    print.bands,
  );
  const mine = fromBytes(print.minhash);
  let best: { group: number; similarity: number } | null = null;
  for (const c of candidates) {
    const s = similarity(mine, fromBytes(c.minhash));
    if (s >= DUPLICATE_THRESHOLD && (!best || s > best.similarity)) best = { group: c.dup_group ?? c.id, similarity: s };
  }
  return best;
}

export async function addBands(tx: SqlRunner, doc: number, bands: number[]): Promise<void> {
  for (const key of bands) await tx.run('INSERT INTO doc_bands (band_key, doc) VALUES (?, ?) ON CONFLICT DO NOTHING', [key, doc]);
}
