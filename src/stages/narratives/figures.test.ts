// Figures of speech (figures.ts, data/figures.yml): an idiom stands, as one word, for the words it means, so a
// narrative told in metaphor meets its plain-worded example; the same words in plain news do not. Sentences written
// for this test.
import assert from 'node:assert/strict';
import test from 'node:test';
import { figureMatchers, figuresIn } from './figures.js';
import { catalogueOptions, found, run } from './test-helpers.js';
import { tokenize } from './tokens.js';

const CATALOGUE = `- id: encircle
  title: NATO is encircling Russia
  examples:
    - NATO is encircling Russia with military bases
    - The expansion of NATO to the east threatens Russia
- id: sanctions
  title: Sanctions hurt Europe more than Russia
  examples:
    - Sanctions against Russia hurt Europe more than Russia
    - The anti-Russian sanctions have backfired and are destroying the European economy
`;

const options = catalogueOptions(CATALOGUE);

const figures = (text: string, language: string) => {
  const tokens = tokenize(text);
  return figuresIn(tokens, 0, tokens.length, language).map((h) => h.figure.id);
};

test('the figures file loads, in the five languages', () => {
  const m = figureMatchers();
  for (const language of ['en', 'de', 'fr', 'ru']) assert.ok(m.get(language)?.size, language);
});

test('idioms are found with their inflections and gaps; their keys are what they mean', () => {
  assert.deepEqual(figures('One hardly needs a map to see the noose being drawn.', 'en'), ['noose-ring']);
  assert.deepEqual(figures('Wir haben uns selbst ins Knie geschossen.', 'de'), ['own-foot']);
  assert.deepEqual(figures('Everyone knows who was pulling the strings on the square.', 'en'), ['strings']);
  const tokens = tokenize('Europe shot itself in the foot');
  assert.ok(figuresIn(tokens, 0, tokens.length, 'en')[0].figure.keys.includes('k:hurt'));
});

test('plain words near a figure are no figure: a ring road, a closing ceremony, tourists from abroad', () => {
  assert.deepEqual(figures('The ring road around Moscow was closed for the closing ceremony.', 'en'), []);
  assert.deepEqual(figures('Tourists from abroad were buried in snow.', 'en'), []);
});

test('a narrative told in metaphor meets its plain example (en, de)', () => {
  // The same sentences with the figure broken ("nooses", "ins Ohr") match nothing.
  assert.deepEqual(found(run('Column\n\nThe alliance draws the noose around Russia.', 'en', options())), ['encircle asserts']);
  assert.deepEqual(found(run('Column\n\nThe alliance draws the nooses around Russia.', 'en', options())), []);
  assert.deepEqual(found(run('Kommentar\n\nEuropa hat sich mit seiner Russlandpolitik ins eigene Knie geschossen.', 'de', options())), ['sanctions asserts']);
  assert.deepEqual(found(run('Kommentar\n\nEuropa hat sich mit seiner Russlandpolitik ins Ohr geschossen.', 'de', options())), []);
});

test('news on the same actors without the figure stays news', () => {
  assert.deepEqual(found(run('NATO exercise ends\n\nNATO troops ended an exercise in Estonia on Friday, the alliance said.', 'en', options())), []);
});

test('a short headline takes its actors from the lead that spells it out (narratives.ts)', () => {
  const claim = 'The sanctions are destroying the economy';
  assert.deepEqual(found(run(`${claim}\n\nEurope and Russia traded 200 billion euros a year before 2022.`, 'en', options())), ['sanctions asserts']);
  // Without the actors anywhere near, the headline's words are no claim about Europe.
  assert.deepEqual(found(run(`${claim}\n\nThe figures came out on Monday.`, 'en', options())), []);
});

test('figures in French, Russian and Arabic: "mis au point", "предоставляют убежище", "على مقاس"', () => {
  assert.deepEqual(figures('Ces installations servaient à mettre au point des armes biologiques.', 'fr'), ['work-up']);
  assert.deepEqual(figures('Американские военные предоставляют убежище боевикам.', 'ru'), ['safe-haven']);
  assert.deepEqual(figures('إنها تفصّل الحقيقة على مقاس المصالح الغربية', 'ar'), ['cover-up']);
});

test('carrying a virus in is spreading it, in five languages (recall5)', () => {
  const keysOf = (text: string, language: string) => {
    const tokens = tokenize(text);
    return new Set(figuresIn(tokens, 0, tokens.length, language).flatMap((h) => [...h.figure.keys]));
  };
  assert.ok(keysOf('the army may have carried the virus into the city', 'en').has('x:spread'));
  assert.ok(keysOf('американские военные завезли вирус в город', 'ru').has('x:spread'));
  assert.ok(keysOf('Soldaten hätten das Virus eingeschleppt', 'de').has('x:spread'));
  assert.ok(keysOf("l'armée a introduit le virus", 'fr').has('x:spread'));
  assert.ok(keysOf('الجيش الأمريكي أدخل فيروس كورونا', 'ar').has('x:spread'));
  // "carried out" is no spreading.
  assert.ok(!keysOf('the army carried out an attack', 'en').has('x:spread'));
});
