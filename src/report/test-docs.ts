// Documents built by hand for the report tests: every layer set explicitly, so the reports are tested on their own.
import { createDoc, withLayers } from '../core/doc.js';
import type { Doc, DocMeta, Layers } from '../core/types.js';

/** A document whose layers point at the given phrases of `text` (each phrase found by its first occurrence). */
export function docWith(text: string, build: (at: (phrase: string) => { start: number; end: number }) => Layers, meta: Partial<DocMeta> = {}): Doc {
  const at = (phrase: string) => {
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`test text lacks ${JSON.stringify(phrase)}`);
    return { start, end: start + phrase.length };
  };
  return withLayers(createDoc({ text, meta, source: { name: 'hand-built.txt' } }), build(at));
}

export const SAMPLE_TEXT = 'Ports reopen\n\nThe minister, Lena Berg, said, “The invaders will fail.” The puppet regime of Ruritania armed the rebels. Ruritania denies it.';

/** A small article with a quote, two techniques (one below the display threshold) and a framed actor. */
export function sampleDoc(): Doc {
  return docWith(SAMPLE_TEXT, (at) => ({
    paragraphs: [{ ...at('Ports reopen'), kind: 'title' }],
    entities: [
      { id: 'e1', canonical: 'Lena Berg', type: 'person', gazetteerId: null, aliases: ['Lena Berg'], mentions: [{ ...at('Lena Berg'), text: 'Lena Berg', kind: 'name' }], role: null, parent: null },
      { id: 'e2', canonical: 'Ruritania', type: 'place', gazetteerId: null, aliases: ['Ruritania'], mentions: [{ ...at('Ruritania'), text: 'Ruritania', kind: 'name' }], role: null, parent: null },
    ],
    quotes: [{ id: 'q1', kind: 'direct', content: at('“The invaders will fail.”'), cue: at('said'), speaker: { entityId: 'e1', name: 'Lena Berg', span: at('Lena Berg') }, venue: null }],
    claims: [],
    techniques: [
      { id: 't1', ...at('puppet regime'), technique: 'Name_Calling,Labeling', score: 0.6, explanation: 'rule rule-pejorative-labels: "puppet regime"' },
      { id: 't2', ...at('will fail'), technique: 'Loaded_Language', score: 0.12, explanation: 'span p=0.3' },
      { id: 't3', ...at('invaders'), technique: 'Appeal_to_fear-prejudice', score: 0.45, explanation: 'span p=0.5' },
    ],
    framing: [{ entityId: 'e2', role: 'antagonist', fineRole: 'conspirator', score: 0.63, evidence: [at('Ruritania armed the rebels')], explanation: 'antagonist (conspirator), weight 1: agent of “armed”.' }],
  }));
}
