// Issue 12: example-only matching that carries past the examples' wording — longer sentences, claims spread over two
// sentences, words only the title or description has, one shared word, neighbouring narratives.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { interlingualKeys } from '../../knowledge/lexicons/index.js';
import { buildKnowledge } from './compile.js';
import { indexSimilarity, similarities } from './similar.js';
import { found, run } from './test-helpers.js';
import { leadingNarratives, pairStance, similarityPair } from './windows.js';

const CATALOGUE = `- id: biolabs
  title: The US runs secret biolabs in Ukraine
  description: The Pentagon funds military laboratories in Ukraine that develop biological weapons.
  examples:
    - The Pentagon runs secret biological laboratories in Ukraine
    - US military biolabs in Ukraine develop biological weapons
- id: lab-virus
  title: The coronavirus is a US bioweapon
  examples:
    - The coronavirus is a biological weapon created by the United States
    - The US spread the virus in China
- id: media-lie
  title: Western media lie
  examples:
    - Western media lie about Russia
    - Western media censor the truth and spread propaganda
- id: encircle
  title: NATO is encircling Russia
  description: NATO expansion and bases are a plan to surround and threaten Russia.
  examples:
    - NATO is encircling Russia with military bases
    - The expansion of NATO to the east threatens Russia
`;

function catalogue(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'claimtrail-generalise-')), 'mine.yml');
  writeFileSync(file, CATALOGUE);
  return file;
}

const options = () => ({ files: [catalogue()], builtIn: false });

test('the example side weighs more than the sentence side: a longer sentence holding the claim still meets it', () => {
  const idx = indexSimilarity(1, [{ pattern: 0, terms: new Set(['k:create', 'c:isis', 'c:united-states']), vector: null }]);
  const sentence = new Set(['k:create', 'c:isis', 'c:united-states', 'x:iraq', 'x:camp', 'x:2014', 'x:officer']);
  const cosine = similarities(sentence, idx).get(0)!;
  const leaning = similarities(sentence, idx, null, true, null, 0.8).get(0)!;
  assert.ok(cosine < 0.85 && leaning > cosine, `${cosine} → ${leaning}`);
  // Identical terms still give 1.
  assert.equal(similarities(new Set(['k:create', 'c:isis', 'c:united-states']), idx, null, true, null, 0.8).get(0)!.toFixed(3), '1.000');
});

test('one shared word is not a claim where two are required: "It is a lie" is not "Western media lie"', () => {
  const idx = indexSimilarity(1, [{ pattern: 0, terms: new Set(['k:lie', 'x:lie', 'k:media', 'c:west']), vector: null }]);
  const lie = { words: [['k:lie', 'x:lie']], entities: [] };
  assert.ok(similarities(new Set(['k:lie', 'x:lie']), idx, null, true, lie, 0.8).has(0));
  assert.ok(!similarities(new Set(['k:lie', 'x:lie']), idx, null, true, lie, 0.8, 2).has(0));
  const media = { words: [['k:lie', 'x:lie'], ['k:media']], entities: [] };
  assert.ok(similarities(new Set(['k:lie', 'x:lie', 'k:media']), idx, null, true, media, 0.8, 2).has(0));
  assert.deepEqual(found(run('Faktencheck\n\nDas ist eine Lüge.', 'de', options())), []);
});

test('an example-only narrative\'s title and description are compared like examples, never shown as one', () => {
  const k = buildKnowledge({ files: [catalogue()], builtIn: false });
  const description = 'NATO expansion and bases are a plan to surround and threaten Russia.';
  const at = k.compiled.patterns.findIndex((p) => p.text === description);
  assert.ok(at >= 0 && !k.compiled.patterns[at].example && !k.compiled.patterns[at].frames.size);
  assert.ok(k.compiled.similar!.keys[at]!.has('k:encircle'));
  assert.ok(k.compiled.patterns.some((p) => p.text === 'NATO is encircling Russia' && !p.example));
  // The description's "surround" meets a sentence no example words that way.
  assert.deepEqual(found(run('Анализ\n\nАльянс хочет окружить Россию.', 'ru', options())), ['encircle asserts']);
});
test('Russian words FreeDict\'s English–Russian list lacks get keys through the German and French dictionaries', () => {
  assert.ok(interlingualKeys('журналисты', 'ru').includes('x:journalist'));
  assert.ok(interlingualKeys('самолёт', 'ru').includes('x:plane'));
  // The core vocabulary covers inflected forms and synonyms: "рубежам" (borders), "Strafmaßnahmen" (sanctions).
  assert.ok(interlingualKeys('рубежам', 'ru').includes('k:border'));
  assert.ok(interlingualKeys('Strafmaßnahmen', 'de').includes('k:sanction'));
  assert.ok(interlingualKeys('أنشأته', 'ar').includes('k:create'));
});

test('windows: two sentences read as one, the governing stance of a pair, the narratives that lead some unit', () => {
  const a = { frames: new Map(), negated: new Set<string>(), concepts: new Set(['c:united-states']), words: new Set<string>(), keys: new Set(['k:biolab']), keyWords: [['k:biolab']] };
  const b = { frames: new Map(), negated: new Set<string>(), concepts: new Set(['c:ukraine']), words: new Set<string>(), keys: new Set(['k:secret']), keyWords: [['k:secret']] };
  const pair = similarityPair(a, b);
  assert.deepEqual([...pair.keys], ['k:biolab', 'k:secret']);
  assert.deepEqual([...pair.concepts], ['c:united-states', 'c:ukraine']);
  assert.equal(pair.keyWords!.length, 2);
  assert.equal(pairStance(['asserts', 'endorses']), 'endorses');
  assert.equal(pairStance(['asserts', 'reports']), 'reports');
  assert.equal(pairStance(['reports', 'refutes']), 'refutes');
  assert.equal(pairStance(['asserts', 'asserts']), 'asserts');
  // Narrative 1 is second in the only unit it meets: not leading. Ties lead both.
  assert.deepEqual([...leadingNarratives([[{ narrative: 0, score: 0.8 }, { narrative: 1, score: 0.7 }], [{ narrative: 2, score: 0.6 }], []])].sort(), [0, 2]);
  assert.deepEqual([...leadingNarratives([[{ narrative: 0, score: 0.6 }, { narrative: 1, score: 0.6 }]])].sort(), [0, 1]);
});
