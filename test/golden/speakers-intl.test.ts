// Quote-speaker linking in Russian, German, French and Arabic, end to end on the golden articles written for issue 13:
// every statement of the Russian envoy is linked to the gazetteer's Zamir Kabulov, through appositions, inverted and
// verb-first cues, "according to" phrases and pronoun chains; the US spokesman's rebuttal is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { analyzeFile } from '../../src/analyze.js';
import type { Doc } from '../../src/core/types.js';

const article = (slug: string): Doc => analyzeFile(fileURLToPath(new URL(`../fixtures/articles/${slug}/source.txt`, import.meta.url)));

/** [slug, language, cues whose quote is Kabulov's, the cue of Miller's rebuttal] */
const CASES: [string, string, string[], string][] = [
  ['ru-kabulov-isis-k', 'ru', ['заявил', 'сказал', 'По словам', 'добавил', 'подчеркнул', 'также отметил'], 'заявил'],
  ['de-kabulow-isis-k', 'de', ['sagte', 'Laut', 'fügte hinzu', 'betonte', 'sagte'], 'sagte'],
  ['fr-kaboulov-ei-k', 'fr', ['a déclaré', 'a déclaré', 'Selon', 'a ajouté', 'a souligné', "D'après"], 'a affirmé'],
  ['ar-kabulov-isis-k', 'ar', ['صرح', 'وقال', 'وأضاف', 'وأكد'], 'قال'],
];

for (const [slug, language, kabulovCues, millerCue] of CASES) {
  test(`${language}: every statement of Kabulov is linked to the gazetteer entity (${slug})`, () => {
    const doc = article(slug);
    assert.equal(doc.meta.language, language);
    const kabulov = doc.layers.entities!.find((e) => e.gazetteerId === 'zamir-kabulov');
    assert.ok(kabulov, 'Kabulov is resolved to the gazetteer');
    const cut = (s: { start: number; end: number } | null) => (s ? doc.text.slice(s.start, s.end) : null);
    const quotes = doc.layers.quotes!.filter((q) => q.cue);
    const his = quotes.filter((q) => q.speaker?.entityId === kabulov.id).map((q) => cut(q.cue));
    assert.deepEqual(his, kabulovCues);
    const others = quotes.filter((q) => q.speaker?.entityId !== kabulov.id);
    assert.deepEqual(
      others.map((q) => [cut(q.cue), /M[aä]tth?[ei]w|Мэтью|ماثيو/.test(q.speaker?.name ?? '')]),
      [[millerCue, true]],
      'the rebuttal is the US spokesman’s',
    );
  });
}
