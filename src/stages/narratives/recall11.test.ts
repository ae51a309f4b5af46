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
