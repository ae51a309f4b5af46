// Composable feature hashing. A feature is a template and up to three parts (a word, a rate bin, a cue name);
// every part carries its text (for explanations) and its hash, computed once: a word's hash once per token, not
// once per feature. The hash of a feature mixes the parts' hashes with integer operations, no strings built.
import { fnv1a } from '../features/hash.js';

export interface Part {
  readonly s: string;
  readonly h: number;
  /** The first mixing step of a feature with this part as its template, done once here instead of per feature. */
  readonly m: number;
}

const SEED = 0x9e3779b9;

export const part = (s: string): Part => {
  const h = fnv1a(s);
  return { s, h, m: mix(h, SEED) };
};

const constants = new Map<string, Part>();

/** A part for a constant (template names, bins, cue categories): few, so cached for the process. */
export function constant(s: string): Part {
  let p = constants.get(s);
  if (!p) constants.set(s, (p = part(s)));
  return p;
}

/** One step of the mix (murmur3's finaliser over h xor x): order matters, so (a, b) and (b, a) differ. */
export function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The hash of template + parts; the low bits pick the bucket. */
export function featureHash(template: Part, a?: Part, b?: Part, c?: Part): number {
  let h = template.m;
  if (a) h = mix(h, a.h);
  if (b) h = mix(h, b.h);
  if (c) h = mix(h, c.h);
  return h;
}

/** The readable form of a feature: "w=the", "pw=of|the" (explanations and debugging). */
export function featureText(template: Part, a?: Part, b?: Part, c?: Part): string {
  return template.s + (a ? a.s : '') + (b ? `|${b.s}` : '') + (c ? `|${c.s}` : '');
}
