// Narratives told by held-out writers (issue 12, recall11): causes seen with the blind14/catk writers, fixed by rules
// that serve every catalogue. Texts and catalogues written for this test.
import assert from 'node:assert/strict';
import test from 'node:test';
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
