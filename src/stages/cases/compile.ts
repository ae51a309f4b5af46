// The EUvsDisinfo case list, compiled like a catalogue in which every case is a narrative of one claim (its
// title). What the title says was read at build time (see CaseRecord.features); here the concept closure is
// applied (isis → isis, terrorism) and the title's words are stemmed.
import type { CaseRecord } from '../../knowledge/narratives/cases.js';
import type { Narrative } from '../../knowledge/narratives/index.js';
import { terms } from '../../retrieval/text.js';
import type { NarrativeKnowledge } from '../narratives/index.js';
import { isTopic, type CompiledCatalogue, type Pattern } from '../narratives/patterns.js';

export function compileCases(cases: CaseRecord[], k: NarrativeKnowledge): CompiledCatalogue {
  const known = (id: string) => k.concepts.known(id);
  const patterns: Pattern[] = cases.map((c, i) => {
    const [ids = '', preds = '', frameList = ''] = c.features.split(';');
    const concepts = new Set<string>();
    for (const id of split(ids)) if (known(id)) for (const x of k.concepts.of(id)) concepts.add(`c:${x}`);
    for (const p of split(preds)) concepts.add(`p:${p}`);
    const frames = new Set<string>();
    for (const f of split(frameList)) {
      const [a, cls, b] = f.split('>');
      if (!known(a) || !known(b)) continue;
      for (const x of k.concepts.of(a)) for (const y of k.concepts.of(b)) frames.add(`${x}>${cls}>${y}`);
    }
    const words = new Set(terms(c.title, 'en').map((w) => `w:en:${w}`));
    return { narrative: i, text: c.title, example: true, language: 'en', frames, concepts, words };
  });
  const byFrame = new Map<string, number[]>();
  const byTopic = new Map<string, number[]>();
  const df = new Map<string, number>();
  patterns.forEach((p, i) => {
    for (const key of p.frames) push(byFrame, key, i);
    if (!p.frames.size) for (const t of p.concepts) if (isTopic(t, k.lexicon.concepts)) push(byTopic, t, i);
    for (const t of p.concepts) df.set(t, (df.get(t) ?? 0) + 1);
    for (const t of p.words) df.set(t, (df.get(t) ?? 0) + 1);
    for (const t of p.frames) df.set(t, (df.get(t) ?? 0) + 1);
  });
  const idf = new Map<string, number>();
  for (const [t, n] of df) idf.set(t, Math.log(1 + patterns.length / n));
  const narratives = cases.map((c): Narrative => ({
    id: c.id,
    title: c.title,
    description: '',
    examples: [],
    keywords: {},
    entities: [],
    predicates: [],
    parent: null,
    source: c.url,
    note: null,
    origin: { file: 'euvsdisinfo-cases.json', line: 0 },
  }));
  return { narratives, patterns, byFrame, byTopic, idf, ancestors: new Map() };
}

function split(s: string): string[] {
  return s ? s.split(' ').filter(Boolean) : [];
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
