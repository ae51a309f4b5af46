// Runs the whole default pipeline on a short text written for a test and reads the framing by entity name.
import { analyze } from '../../analyze.js';
import type { Doc, Framing } from '../../core/types.js';

export interface Framed extends Framing {
  name: string;
  /** The evidence spans as text. */
  says: string[];
}

export function frameText(text: string): { doc: Doc; byName: Map<string, Framed> } {
  const doc = analyze({ text, raw: true });
  const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
  const byName = new Map<string, Framed>();
  for (const f of doc.layers.framing ?? []) {
    const e = entities.get(f.entityId)!;
    byName.set(e.canonical, { ...f, name: e.canonical, says: f.evidence.map((s) => doc.text.slice(s.start, s.end)) });
  }
  return { doc, byName };
}

/** "role/fineRole" of an actor, or "none". */
export function cast(text: string, name: string): string {
  const f = frameText(text).byName.get(name);
  return f ? `${f.role}/${f.fineRole}` : 'none';
}
