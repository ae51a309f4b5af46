// Narratives told by held-out writers (issue 12, recall10): causes seen with more than one writer, fixed by
// mechanisms that serve every catalogue. Texts and catalogue written for this test.
import assert from 'node:assert/strict';
import test from 'node:test';
import type { SentenceSimilarity } from './article-evidence.js';
import { REPEATED_STRONG, REPEATED_STRONG_BODY, repeatedEvidence } from './repeated-evidence.js';
import { LAB_VIRUS } from './test-catalogues.js';
import { catalogueOptions, found, run } from './test-helpers.js';

const NATO_RING = `- id: nato-ring
  title: NATO is encircling Russia
  description: NATO expansion and bases are a plan to surround and threaten Russia.
  examples:
    - NATO is encircling Russia with military bases
    - The expansion of NATO to the east threatens Russia
`;

const CATALOGUE = `${LAB_VIRUS}- id: biolabs
  title: US biolabs in Ukraine
  description: The US runs secret military biological laboratories in Ukraine.
  examples:
    - The US runs secret biological laboratories in Ukraine
    - US military biolabs in Ukraine develop biological weapons
${NATO_RING}`;

const options = catalogueOptions(CATALOGUE);
const ids = (text: string, lang: string) => found(run(text, lang, options())).map((f) => f.split(' ')[0]);

// The margin of 0.85 sets a sentence's narratives apart. Measured per example, a sentence naming the virus, the US and
// China met the topic example ("The US spread the virus in China") best, which says none of its claim, and that
// example pushed the narrative's own claim examples (a weapon, a laboratory) out of the margin.
test('an example that says the claim stands beside its own narrative\'s closer topic example, in three languages', () => {
  assert.ok(ids('Die Frage nach Wuhan\n\nDas Coronavirus kam aus amerikanischen Laboren und war eine Waffe gegen China, bevor es die Welt traf.', 'de').includes('lab-virus'));
  assert.ok(ids('سؤال ووهان\n\nفيروس كورونا خرج من المختبرات الأمريكية، وكان سلاحاً استهدف الصين قبل أن يضرب العالم كله.', 'ar').includes('lab-virus'));
  assert.ok(ids('The Wuhan question\n\nThe coronavirus came out of American laboratories and was a weapon aimed at China before it hit the world.', 'en').includes('lab-virus'));
});

test('the virus, the US and China without a claim stay news', () => {
  assert.deepEqual(ids('Talks in Geneva\n\nThe US and China agreed to share data on the virus and its variants.', 'en'), []);
  assert.deepEqual(ids('Gespräche in Genf\n\nDie USA und China wollen Daten über das Virus und seine Varianten austauschen.', 'de'), []);
});

const MEDIA = `- id: media-lie
  title: Western media lie
  description: Western mainstream media lie and hide the truth from their readers.
  examples:
    - Western media lie about Russia
    - The Western press hides the truth from its readers
    - Western journalists spread lies and censor other views
${NATO_RING}`;
const media = catalogueOptions(MEDIA);
const mediaIds = (text: string, lang: string, rulesOnly = false) => found(run(text, lang, rulesOnly ? { ...media(), narrativeModel: false } : media())).map((f) => f.split(' ')[0]);

// A short headline ("Les médias mentent en prime time") is spelt out by the lead, which names its actors; where the
// lead names no one ("Il suffit de comparer.", "Non."), the sentence after it does. (The English, German and Russian
// versions of these texts are found before too, through their own sentences.)
test('a headline takes its actors from the sentence after a lead that names no one', () => {
  assert.ok(mediaIds('Les médias mentent en prime time\n\nIl suffit de comparer. Chaque soir, les chaînes françaises ouvrent leur journal sur la guerre.', 'fr').includes('media-lie'));
  assert.ok(mediaIds('Les médias mentent en prime time\n\nNon. Les chaînes françaises ouvrent chaque soir leur journal sur la guerre.', 'fr').includes('media-lie'));
});

test('a lead that names its own actors keeps the headline to them', () => {
  // The rules' gate (narrativeModel: false): the learned verifier, on by default, keeps this candidate met under the
  // floor (README, the narrative verifier's limits).
  assert.deepEqual(mediaIds('Les médias mentent en prime time\n\nUn jeu télévisé suisse a truqué ses gagnants. Les chaînes françaises ouvrent chaque soir leur journal sur la guerre.', 'fr', true), []);
});

// A short article (a column, a letter, a bulletin: twelve sentences at most) is all opening: a claim it comes back to
// in two nearby sentences counts wherever they stand, the stronger from 0.4 past the first five sentences (0.35 in them).
const sim = (sentence: number, cosine: number, terms: string[]): SentenceSimilarity => ({ sentence, pattern: 0, narrative: 0, cosine, terms: new Set(terms) });
const keysOf = () => new Set(['x:bank', 'x:depend', 'x:monei', 'k:fund']);
const always = () => true;

test('a claim a short article comes back to past its opening carries the narrative', () => {
  const body = [sim(9, 0.41, ['x:bank', 'x:depend']), sim(7, 0.38, ['k:fund', 'x:monei'])];
  assert.deepEqual(repeatedEvidence(body, new Set(), always, keysOf), [], 'a long article: only the opening');
  assert.deepEqual(repeatedEvidence(body, new Set(), always, keysOf, 11), [{ narrative: 0, pattern: 0, cosine: 0.41, sentences: [9, 7] }]);
  const weaker = [sim(9, REPEATED_STRONG_BODY - 0.01, ['x:bank', 'x:depend']), sim(7, 0.38, ['k:fund', 'x:monei'])];
  assert.deepEqual(repeatedEvidence(weaker, new Set(), always, keysOf, 11), [], 'past the opening the stronger sentence needs 0.4');
  assert.ok(REPEATED_STRONG < REPEATED_STRONG_BODY && REPEATED_STRONG_BODY < 0.45);
});
