// MinHash signatures and LSH band keys: near-duplicate articles (and claims in the same words) share a band key
// with high probability, so a lookup by band key finds candidates without comparing against every document.
import { wordKey } from '../../knowledge/gazetteer/index.js';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Lower-cased, diacritic- and variant-folded words (the gazetteer's keys, so Arabic and Cyrillic fold too). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) out.push(wordKey(m[0]));
  return out;
}

/** murmur3's finaliser: a fast 32-bit mix. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return fmix(h);
}

/** Hashes of the k-word shingles (all words when there are fewer than k). */
export function shingles(tokens: string[], k: number): Set<number> {
  const hashes = tokens.map(hashString);
  const out = new Set<number>();
  if (hashes.length < k) {
    if (hashes.length) out.add(hashes.reduce((a, b) => fmix(a ^ Math.imul(b, 31)), 17));
    return out;
  }
  for (let i = 0; i + k <= hashes.length; i++) {
    let h = 17;
    for (let j = 0; j < k; j++) h = fmix(Math.imul(h, 31) ^ hashes[i + j]);
    out.add(h);
  }
  return out;
}

const SEEDS = Array.from({ length: 128 }, (_, i) => fmix(0x9e3779b9 * (i + 1)));

/** n minimum hashes, one per seeded hash function; the share of equal positions estimates Jaccard similarity. */
export function signature(set: Set<number>, n: number): Uint32Array {
  const sig = new Uint32Array(n).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < n; i++) {
      const h = fmix(x ^ SEEDS[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (!n) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** One key per band of `rows` hashes, salted, as an integer below 2^52 (exact in a double and in SQL BIGINT). */
export function bandKeys(sig: Uint32Array, rows: number, salt: number): number[] {
  const keys: number[] = [];
  for (let b = 0; b * rows < sig.length; b++) {
    let lo = fmix(salt + b);
    let hi = fmix(lo ^ 0x5bd1e995);
    for (let r = b * rows; r < Math.min((b + 1) * rows, sig.length); r++) {
      lo = fmix(Math.imul(lo, 31) ^ sig[r]);
      hi = fmix(Math.imul(hi, 37) ^ sig[r] ^ 0x27d4eb2f);
    }
    keys.push((hi & 0xfffff) * 0x100000000 + lo);
  }
  return keys;
}

export function toBytes(sig: Uint32Array): Uint8Array {
  return new Uint8Array(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function fromBytes(bytes: Uint8Array): Uint32Array {
  const copy = new Uint8Array(bytes); // aligned copy
  return new Uint32Array(copy.buffer, 0, copy.byteLength >>> 2);
}
