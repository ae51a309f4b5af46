// A claim's frame (its predicate and the first two actors it names, as gazetteer ids) and its wording print.
// Claims with one frame say the same thing whatever the language; claims with no frame are matched by wording.
import type { Doc, Entity, Span } from '../../core/types.js';
import { nameKey } from '../../knowledge/gazetteer/index.js';
import { bandKeys, shingles, signature, toBytes, words } from '../dedup/minhash.js';
import { loadPredicates, type Predicate } from './predicates.js';

export const CLAIM_HASHES = 24;
const CLAIM_ROWS = 4;
const CLAIM_SALT = 0xc1a1;
/** Estimated Jaccard of content words above which two claims with no frame are one claim. */
export const CLAIM_THRESHOLD = 0.5;

/** The store's key of an entity: its gazetteer entry (a branch folded to its parent for frames) or its name. */
export function entityKey(entity: Entity): string {
  return entity.gazetteerId ? `g:${entity.gazetteerId}` : `n:${entity.type}:${nameKey(entity.canonical)}`;
}

function frameKeyOf(entity: Entity): string {
  return entity.parent ? `g:${entity.parent}` : entityKey(entity);
}

export interface Frame {
  key: string;
  predicate: string;
  actors: string[];
}

export function claimFrame(doc: Doc, span: Span, predicates: Predicate[] = loadPredicates()): Frame | null {
  const predicate = findPredicate(doc.text.slice(span.start, span.end), predicates);
  if (!predicate) return null;
  const inside: { start: number; key: string }[] = [];
  for (const entity of doc.layers.entities ?? []) {
    const key = frameKeyOf(entity);
    for (const m of entity.mentions) if (m.start >= span.start && m.end <= span.end && m.kind !== 'pronoun') inside.push({ start: m.start, key });
  }
  inside.sort((a, b) => a.start - b.start);
  const actors: string[] = [];
  for (const { key } of inside) if (!actors.includes(key) && actors.push(key) === 2) break;
  if (actors.length < 2) return null;
  const sorted = [...actors].sort();
  return { key: `f:${predicate}:${sorted.join('+')}`, predicate, actors };
}

function findPredicate(text: string, predicates: Predicate[]): string | null {
  // Arabic glues "and"/"so" (و, ف) to the verb: try the word without it too.
  const ws = words(text).map((w) => (/^[وف][\u0600-\u06ff]{3,}/.test(w) ? [w, w.slice(1)] : [w]));
  for (let i = 0; i < ws.length; i++) {
    for (const p of predicates) {
      for (const stem of p.stems) {
        if (stem.every((s, j) => i + j < ws.length && ws[i + j].some((w) => (j === stem.length - 1 ? w.startsWith(s) : w === s)))) return p.id;
      }
    }
  }
  return null;
}

export interface ClaimPrint {
  minhash: Uint8Array;
  bands: number[];
}

/** Content words (three letters or more) of the claim, as a MinHash over single words. */
export function claimPrint(text: string): ClaimPrint {
  const sig = signature(shingles(words(text).filter((w) => w.length > 2), 1), CLAIM_HASHES);
  return { minhash: toBytes(sig), bands: bandKeys(sig, CLAIM_ROWS, CLAIM_SALT) };
}
