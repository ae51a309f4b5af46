// Narratives told by held-out writers (issue 12, recall10): causes seen with more than one writer, fixed by
// mechanisms that serve every catalogue. Texts and catalogue written for this test.
import assert from 'node:assert/strict';
import test from 'node:test';
import { catalogueOptions, found, run } from './test-helpers.js';

const CATALOGUE = `- id: covid-weapon
  title: COVID-19 is a US biological weapon
  description: The coronavirus was created in American laboratories as a biological weapon.
  examples:
    - The coronavirus is a biological weapon created by the United States
    - COVID-19 was developed in an American military laboratory
    - The US spread the virus in China
- id: biolabs
  title: US biolabs in Ukraine
  description: The US runs secret military biological laboratories in Ukraine.
  examples:
    - The US runs secret biological laboratories in Ukraine
    - US military biolabs in Ukraine develop biological weapons
- id: nato-ring
  title: NATO is encircling Russia
  description: NATO expansion and bases are a plan to surround and threaten Russia.
  examples:
    - NATO is encircling Russia with military bases
    - The expansion of NATO to the east threatens Russia
`;

const options = catalogueOptions(CATALOGUE);
const ids = (text: string, lang: string) => found(run(text, lang, options())).map((f) => f.split(' ')[0]);

// The margin of 0.85 sets a sentence's narratives apart. Measured per example, a sentence naming the virus, the US and
// China met the topic example ("The US spread the virus in China") best, which says none of its claim, and that
// example pushed the narrative's own claim examples (a weapon, a laboratory) out of the margin.
test('an example that says the claim stands beside its own narrative\'s closer topic example, in three languages', () => {
  assert.ok(ids('Die Frage nach Wuhan\n\nDas Coronavirus kam aus amerikanischen Laboren und war eine Waffe gegen China, bevor es die Welt traf.', 'de').includes('covid-weapon'));
  assert.ok(ids('سؤال ووهان\n\nفيروس كورونا خرج من المختبرات الأمريكية، وكان سلاحاً استهدف الصين قبل أن يضرب العالم كله.', 'ar').includes('covid-weapon'));
  assert.ok(ids('The Wuhan question\n\nThe coronavirus came out of American laboratories and was a weapon aimed at China before it hit the world.', 'en').includes('covid-weapon'));
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
- id: nato-ring
  title: NATO is encircling Russia
  description: NATO expansion and bases are a plan to surround and threaten Russia.
  examples:
    - NATO is encircling Russia with military bases
    - The expansion of NATO to the east threatens Russia
`;
const media = catalogueOptions(MEDIA);
const mediaIds = (text: string, lang: string) => found(run(text, lang, media())).map((f) => f.split(' ')[0]);

// A short headline ("Les médias mentent en prime time") is spelt out by the lead, which names its actors; where the
// lead names no one ("Il suffit de comparer.", "Non."), the sentence after it does. (The English, German and Russian
// versions of these texts are found before too, through their own sentences.)
test('a headline takes its actors from the sentence after a lead that names no one', () => {
  assert.ok(mediaIds('Les médias mentent en prime time\n\nIl suffit de comparer. Chaque soir, les chaînes françaises ouvrent leur journal sur la guerre.', 'fr').includes('media-lie'));
  assert.ok(mediaIds('Les médias mentent en prime time\n\nNon. Les chaînes françaises ouvrent chaque soir leur journal sur la guerre.', 'fr').includes('media-lie'));
});

test('a lead that names its own actors keeps the headline to them', () => {
  assert.deepEqual(mediaIds('Les médias mentent en prime time\n\nUn jeu télévisé suisse a truqué ses gagnants. Les chaînes françaises ouvrent chaque soir leur journal sur la guerre.', 'fr'), []);
});
