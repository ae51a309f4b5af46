// A small analysed document built by hand for the export tests (our own words), with every layer the exporters read.
import { createDoc, withLayers } from '../core/doc.js';
import type { Doc, DocMeta, Layers } from '../core/types.js';

export const TEXT = [
  'Harbour bridge plan stalls',
  '',
  'The mayor, Lena Berg, said: "The bridge was a disaster built by cowards, and everyone knows it." Council critics are traitors to the town.',
  '',
  'Engineers say the steel, 40 years old, can still carry trucks. Is anyone asking why the money went abroad?',
].join('\n');

function at(needle: string): { start: number; end: number } {
  const start = TEXT.indexOf(needle);
  if (start < 0) throw new Error(`not in TEXT: ${needle}`);
  return { start, end: start + needle.length };
}

export function testLayers(): Layers {
  const quote = at('The bridge was a disaster built by cowards, and everyone knows it.');
  return {
    entities: [
      { id: 'e1', canonical: 'Lena Berg', type: 'person', gazetteerId: null, aliases: ['Lena Berg'], mentions: [{ ...at('Lena Berg'), text: 'Lena Berg', kind: 'name' }], role: { ...at('mayor'), text: 'mayor' }, parent: null },
    ],
    quotes: [
      { id: 'q1', kind: 'direct', content: quote, cue: at('said'), speaker: { entityId: 'e1', name: 'Lena Berg', span: at('Lena Berg') }, venue: null },
      { id: 'q2', kind: 'indirect', content: at('the steel, 40 years old, can still carry trucks'), cue: at('say'), speaker: { entityId: null, name: 'Engineers', span: at('Engineers') }, venue: null },
    ],
    claims: [
      { id: 'c1', ...quote, voice: 'attributed', quoteId: 'q1', checkworthiness: 0.7 },
      { id: 'c2', ...at('Council critics are traitors to the town.'), voice: 'author', quoteId: null, checkworthiness: 0.5 },
      { id: 'c3', ...at('the steel, 40 years old, can still carry trucks'), voice: 'attributed', quoteId: 'q2', checkworthiness: 0.9 },
    ],
    techniques: [
      { id: 't1', ...at('cowards'), technique: 'Name_Calling,Labeling', score: 0.8, explanation: 'test' },
      { id: 't2', ...at('everyone knows it'), technique: 'Bandwagon,Reductio_ad_hitlerum', score: 0.6, explanation: 'test' },
      { id: 't3', ...at('traitors'), technique: 'Name_Calling,Labeling', score: 0.7, explanation: 'test' },
      { id: 't4', ...at('a disaster'), technique: 'Exaggeration,Minimisation', score: 0.1, explanation: 'low score' },
      { id: 't5', ...at('Is anyone asking why the money went abroad?'), technique: 'Appeal_to_Hypocrisy', score: 0.5, explanation: 'a 2023 name, not in the mapping' },
    ],
    narratives: [
      { id: 'foreign-money', title: 'Foreign money steers the town', score: 0.6, stance: 'asserts', evidence: [at('why the money went abroad')], matchedExamples: ['The money goes abroad.'] },
    ],
  };
}

export const FULL_META: Partial<DocMeta> = {
  title: 'Harbour bridge plan stalls',
  byline: 'Jane Roe',
  authors: ['Jane Roe'],
  published: '2024-03-05T09:30:00+01:00',
  siteName: 'Harbour Gazette',
  url: 'https://gazette.example/bridge',
  language: 'en',
};

/** The test document; `meta` overrides the full metadata (pass nulls to make gaps). */
export function testDoc(meta: Partial<DocMeta> = {}, layers: Partial<Layers> = {}): Doc {
  return withLayers(createDoc({ text: TEXT, meta: { ...FULL_META, ...meta }, source: { name: 'bridge.txt' } }), { ...testLayers(), ...layers });
}
