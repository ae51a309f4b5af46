// Feature hashing shared by the small trained models: a feature string → a bucket in a fixed-size weight table.

/** FNV-1a, 32-bit: fast, stable across runs and platforms (the trained weights depend on it never changing). */
export function fnv1a(text: string): number {
  return fnv1aFrom(FNV_OFFSET, text);
}

export const FNV_OFFSET = 0x811c9dc5;

/** Continues an FNV-1a hash with more text: fnv1aFrom(fnv1a(a), b) === fnv1a(a + b), with no string built. */
export function fnv1aFrom(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The bucket of `feature` in a table of 2^bits weights. */
export function bucket(feature: string, bits: number): number {
  return fnv1a(feature) & ((1 << bits) - 1);
}
