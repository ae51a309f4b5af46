// Groups a document's findings by who voices them, so each relationship carries the spans that support it.
import type { Doc, Span } from '../../core/types.js';
import { slice, spanOwner, type Owner } from '../facts.js';

export interface Evidence extends Span {
  text: string;
  label: string;
  score: number;
}

export interface Group<K> {
  owner: Owner;
  key: K;
  evidence: Evidence[];
}

/** Groups spans by (owner, key), keeping the order of first appearance. `ownerKey` names the owner ('' = publisher). */
export function groupByOwner<K>(doc: Doc, items: Array<{ span: Span; key: K; keyId: string; label: string; score: number }>): Group<K>[] {
  const groups = new Map<string, Group<K>>();
  for (const item of items) {
    const owner = spanOwner(doc, item.span);
    const ownerKey = owner.kind === 'publisher' ? '' : (owner.entity?.id ?? `name:${owner.name}`);
    const k = `${ownerKey}\u0000${item.keyId}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { owner, key: item.key, evidence: [] }));
    g.evidence.push({ start: item.span.start, end: item.span.end, text: slice(doc, item.span), label: item.label, score: item.score });
  }
  return [...groups.values()];
}

/** A short readable list of evidence quotes for a description: the first few, with offsets. */
export function quoteList(evidence: Evidence[], max = 3): string {
  const shown = evidence.slice(0, max).map((e) => `“${e.text.length > 160 ? `${e.text.slice(0, 157)}…` : e.text}” [${e.start}–${e.end}]`);
  return shown.join('; ') + (evidence.length > max ? `; and ${evidence.length - max} more (x_claimtrail_evidence)` : '');
}
