// A long sentence read clause by clause (clauses.ts; issue 12, recall): where the clauses are cut, in the five
// languages, and that a claim said in one clause of a long sentence is found while news around one rare word is not.
// Inputs written for these tests.
import assert from 'node:assert/strict';
import test from 'node:test';
import { fileURLToPath } from 'node:url';
import { clauseRanges } from './clauses.js';
import { tokenize } from './tokens.js';
import { found, run } from './test-helpers.js';

const clauses = (text: string): string[] => {
  const tokens = tokenize(text);
  return clauseRanges(tokens, 0, tokens.length).map(([a, b]) => text.slice(tokens[a].start, tokens[b - 1].end));
};

test('a short sentence is one clause: nothing to read apart', () => {
  assert.deepEqual(clauses('Washington paid the protesters in the square.'), []);
});

test('a long sentence is cut at punctuation and before clause openers, in each language', () => {
  const en = clauses('The minister spoke to reporters in the capital on Monday evening, and he said that the embassy had paid the protest leaders for months.');
  assert.ok(en.some((c) => c.includes('that the embassy had paid') && !c.includes('minister')), en.join(' | '));
  const ru = clauses('Министр выступил перед журналистами в столице вечером в понедельник, и заявил, что посольство месяцами платило лидерам протеста.');
  assert.ok(ru.some((c) => c.includes('что посольство месяцами платило') && !c.includes('Министр')), ru.join(' | '));
  const de = clauses('Der Minister sprach am Montagabend in der Hauptstadt mit Journalisten und sagte, dass die Botschaft die Anführer des Protests monatelang bezahlt habe.');
  assert.ok(de.some((c) => c.includes('dass die Botschaft') && !c.includes('Minister')), de.join(' | '));
  const fr = clauses("Le ministre a parlé aux journalistes dans la capitale lundi soir, et il a affirmé que l'ambassade payait les meneurs du mouvement depuis des mois.");
  assert.ok(fr.some((c) => c.includes("que l'ambassade payait") && !c.includes('ministre')), fr.join(' | '));
  const ar = clauses('تحدث الوزير إلى الصحفيين في العاصمة مساء الاثنين، وقال إن السفارة كانت تدفع لقادة الاحتجاج منذ أشهر طويلة.');
  assert.ok(ar.length >= 2, ar.join(' | '));
});

test('an article is no clause opener in German, and a short piece ("the US and NATO") joins the clause after it', () => {
  const de = clauses('Die Regierung hat den Bericht über die Lage an der Grenze und die Folgen für die Wirtschaft am Dienstag veröffentlicht.');
  assert.ok(!de.some((c) => c.startsWith('den Bericht') || c.startsWith('die Lage')), de.join(' | '));
  const en = clauses('The US and NATO spent years preparing the ground in the region, while local politicians looked the other way.');
  assert.ok(en.some((c) => c.startsWith('The US and NATO')), en.join(' | '));
});

const CATALOGUE = fileURLToPath(new URL('../../../eval/narratives/catalogue-en.yml', import.meta.url));
const options = { files: [CATALOGUE], builtIn: false };

test('a colour-revolution claim said in one clause of a long sentence is found', () => {
  const text =
    'Tehran hosts security conference\n\nAt a conference in Tehran on Sunday the intelligence chief, who spoke for nearly an hour about the region, the economy and the coming elections, alleged that Washington and London were paying activists to stir up street protests meant to topple the government.';
  assert.ok(found(run(text, 'en', options)).some((f) => f.startsWith('west-colour-revolutions')), found(run(text, 'en', options)).join(', '));
});

test('a clause around one rare word of an example is no claim', () => {
  const text =
    'Budget talks resume\n\nThe committee met again on Thursday to discuss the budget, the pension reform and the rules for regional grants, and its ruling majority said that a vote could come next week.';
  assert.deepEqual(found(run(text, 'en', options)), []);
});
