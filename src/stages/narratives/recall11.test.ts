// Narratives told by held-out writers (issue 12, recall11): causes seen with the blind14/catk writers, fixed by rules
// that serve every catalogue. Texts and catalogues written for this test.
import assert from 'node:assert/strict';
import test from 'node:test';
import { actorsElsewhere } from './actors-elsewhere.js';
import type { SentenceSimilarity } from './article-evidence.js';
import { loadTopicTargets, namesTarget } from './topic-targets.js';
import { WEST_CREATED_ISIS } from './test-catalogues.js';
import { catalogueOptions, found, run } from './test-helpers.js';

const isis = catalogueOptions(WEST_CREATED_ISIS);
const isisIds = (text: string, lang: string) => found(run(text, lang, isis())).map((f) => f.split(' ')[0]);

// German declines the name after an article: "der Islamische Staat", "des Islamischen Staates", "ein Islamischer Staat".
// The weak nominative was missing from the gazetteer and the topic target, so a German column that named the group
// so and then spoke of "sie" had named no ISIS for the claim to be about.
test('the weak German nominative "der Islamische Staat" names ISIS', () => {
  const target = loadTopicTargets().find((t) => t.id === 'isis')!;
  assert.ok(namesTarget('Der Redner sagte, der „Islamische Staat“ sei ein Produkt Washingtons.', 'de', target));
  assert.ok(!namesTarget('Die Islamische Republik Iran verurteilte den Anschlag.', 'de', target), 'another Islamic state is not ISIS');
  const text = 'Kommentar: Er hat recht\n\nDer Redner sagte in Kassel, der Islamische Staat sei ein Produkt amerikanischer Politik. Er hat recht. Die Amerikaner haben die Miliz aufgebaut und jahrelang mit Waffen und Geld versorgt.';
  assert.ok(isisIds(text, 'de').includes('west-created-isis'));
});

test('American arms for an Islamic republic name no ISIS', () => {
  assert.deepEqual(isisIds('Kommentar\n\nDie Islamische Republik Iran kauft Waffen. Die Amerikaner haben die Armee jahrelang mit Waffen und Geld versorgt.', 'de'), []);
});

const MAIDAN = `- id: maidan-coup
  title: The Maidan was a Western-backed coup
  description: The 2014 change of power in Ukraine was a coup organised and paid for by the US and the EU.
  examples:
    - The Maidan was a coup organised by the United States
    - Washington staged a coup d'état in Kyiv in 2014
    - The West financed the unconstitutional coup in Ukraine
`;
const maidan = catalogueOptions(MAIDAN);
const maidanIds = (text: string, lang: string) => found(run(text, lang, maidan())).map((f) => f.split(' ')[0]);

// A short article (twelve sentences or fewer) names its topic once, in the headline or the lead, and argues it to the
// end: a sentence far down that names no one ("Comment appeler cela autrement qu'un coup d'État ?") speaks of it.
const FILLER = {
  fr: "Le débat reprend chaque hiver. Les archives sont ouvertes. Les témoins parlent enfin. Les dates sont connues. Les chiffres aussi. Personne ne les conteste. ",
  en: 'The debate returns every winter. The archives are open. The witnesses talk at last. The dates are known. So are the figures. Nobody disputes them. ',
};
test('a sentence naming no one far down a short article takes its topic from the headline', () => {
  assert.ok(maidanIds(`Maïdan, dix ans après\n\n${FILLER.fr}L'argent et les ordres venaient de Washington. Comment appeler cela autrement qu'un coup d'État ?`, 'fr').includes('maidan-coup'));
  assert.ok(maidanIds(`The Maidan, ten years on\n\n${FILLER.en}The money and the orders came from Washington. What is that, if not a coup organised from abroad?`, 'en').includes('maidan-coup'));
});

test('a sentence naming actors of its own, or one deep in a long article, does not take the headline\'s topic', () => {
  assert.deepEqual(maidanIds(`Maïdan, dix ans après\n\n${FILLER.fr}L'argent et les ordres venaient de Washington. Comment appeler la chute du président du Niger autrement qu'un coup d'État ?`, 'fr'), []);
  assert.deepEqual(maidanIds(`The Maidan, ten years on\n\n${FILLER.en}${FILLER.en}The money and the orders came from Washington. What is that, if not a coup organised from abroad?`, 'en'), []);
});

const COLOUR = `- id: colour-revolution
  title: The West organises colour revolutions
  description: Protests in post-Soviet and other countries are colour revolutions organised by the West.
  examples:
    - The West organises colour revolutions to overthrow governments
    - The protests are a colour revolution paid for by Washington
    - Western NGOs prepare a colour revolution in Belarus
`;
const colour = catalogueOptions(COLOUR);
const colourIds = (text: string, lang: string, rulesOnly = false) => found(run(text, lang, rulesOnly ? { ...colour(), narrativeModel: false } : colour())).map((f) => f.split(' ')[0]);

// A short article's sharpest line says the claim without its actors ("a revolution paid for by foreign embassies"); the
// column named them sentences before, in a sentence that leads to the same claim ("Western diplomats laughed").
const COLUMN = {
  en: (first: string) => `The premier is right\n\n${first} They should not have. We have seen this before in Belgrade and Kyiv. First come the grants, then the seminars, then the logos. Protest is a right; a revolution paid for by foreign embassies is something else.`,
  fr: (first: string) => `Le Premier ministre a raison\n\n${first} Ils avaient tort. Nous avons déjà vu cela à Belgrade et à Kiev. D'abord les subventions, puis les séminaires, puis les logos. Manifester est un droit ; une révolution de couleur payée par des ambassades étrangères, c'est autre chose.`,
};
test('a short article\'s claim without its actors takes them from another sentence that says the claim', () => {
  assert.ok(colourIds(COLUMN.en('When the premier said the protests in Tbilisi were paid from abroad, Western diplomats laughed at him.'), 'en').includes('colour-revolution'));
  assert.ok(colourIds(COLUMN.fr("Quand le Premier ministre a dit que les manifestations de Tbilissi étaient payées de l'étranger, les diplomates occidentaux ont ri."), 'fr').includes('colour-revolution'));
});

test('actors named in a sentence of other news, or in a long article, are not the claim\'s', () => {
  // The rules' gate (narrativeModel: false): the learned verifier, on by default, keeps this candidate met under the
  // floor (README, the narrative verifier's limits).
  assert.deepEqual(colourIds(COLUMN.en('Western diplomats met the premier in Tbilisi on Monday.'), 'en', true), []);
  const long = COLUMN.en('When the premier said the protests in Tbilisi were paid from abroad, Western diplomats laughed at him.').replace('They should not have.', 'They should not have. The talks went on. The ministers met twice. A budget was passed. The roads were closed. Schools stayed open. The markets were calm. Trains ran late. Rain fell.');
  assert.deepEqual(colourIds(long, 'en', true), []);
});

const lead = (sentence: number, cosine: number, terms: string[], named?: boolean): SentenceSimilarity => ({ sentence, pattern: 0, narrative: 0, cosine, terms: new Set(terms), ...(named === undefined ? {} : { named }) });
const core = () => new Set(['c:west']);

test('actorsElsewhere: the strong sentence at the threshold, the other leading from 0.25, both saying the claim, naming the actors together', () => {
  const strong = lead(8, 0.46, ['x:revolut', 'x:embassi'], false);
  assert.deepEqual(actorsElsewhere([strong, lead(1, 0.3, ['x:protest', 'c:west'])], new Set(), () => true, core, 0.45, false), [{ narrative: 0, pattern: 0, cosine: 0.46, sentences: [8, 1] }]);
  assert.deepEqual(actorsElsewhere([strong, lead(1, 0.24, ['x:protest', 'c:west'])], new Set(), () => true, core, 0.45, false), [], 'the other sentence too far from the narrative');
  assert.deepEqual(actorsElsewhere([strong, lead(1, 0.3, ['x:protest'])], new Set(), () => true, core, 0.45, false), [], 'no sentence names the actors');
  assert.deepEqual(actorsElsewhere([strong, lead(1, 0.3, ['x:protest', 'c:west'])], new Set(), (s) => s.sentence !== 1, core, 0.45, false), [], 'the other sentence names the actors but not the claim');
  assert.deepEqual(actorsElsewhere([lead(8, 0.44, ['x:revolut'], false), lead(1, 0.3, ['c:west'])], new Set(), () => true, core, 0.45, false), [], 'under the threshold: repeated-evidence.ts');
  const headline = lead(0, 0.54, ['x:peac', 'x:murder'], false);
  assert.equal(actorsElsewhere([headline, lead(5, 0.44, ['x:agreement', 'c:west'])], new Set(), () => true, core, 0.45, false).length, 1, 'a headline over a lead that names no one');
  assert.deepEqual(actorsElsewhere([headline, lead(5, 0.44, ['x:agreement', 'c:west'])], new Set(), () => true, core, 0.45, true), [], 'a headline over a lead that names actors of its own keeps to them');
});
