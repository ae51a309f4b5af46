// Stance families of issue 12 left by the held-out writers' articles (2026-12-07, second round): a verdict adjective
// that is the attribute of a thing ("der falsche Kandidat"), a rejected believer's view in a claim read over two
// sentences, an Arabic verb of seeing that is no speech ("satellites that see a plate"), and a transcript speaker
// label the segmenter cut at an abbreviated title ("Abg. Dr. K. (fraktionslos): …"). Texts written for this test,
// read with the built-in catalogue's "the US created ISIS" narrative.
import assert from 'node:assert/strict';
import test from 'node:test';
import { withoutCounterClaim } from './stance-counter.js';
import { checkStances } from './test-helpers.js';

const ISIS = 'west-created-isis';

checkStances('a verdict adjective between an article and a noun names a thing; it judges no claim', ISIS, [
  ['en', 'Notes\n\nThe false prophet of the region was paid in dollars. The United States created ISIS.', 'asserts'],
  ['de', 'Notizen\n\nAls der falsche Kandidat vorne lag, griffen die Amerikaner ein. Die USA haben den IS gegründet.', 'asserts'],
  ['fr', "Notes\n\nLe faux prophète de la région était payé en dollars. Les États-Unis ont créé l'État islamique.", 'asserts'],
]);

checkStances('before a claim or an information noun it is still a verdict', ISIS, [
  ['en', 'Notes\n\nThe false claim that the United States created ISIS keeps spreading online.', 'refutes'],
  ['de', 'Notizen\n\nDie falsche Behauptung, die USA hätten den IS gegründet, verbreitet sich im Netz.', 'refutes'],
  ['fr', "Notes\n\nLa fausse affirmation selon laquelle les États-Unis ont créé l'État islamique circule en ligne.", 'refutes'],
]);

test('a rejected belief drops out of a claim read over two sentences, after the headline too', () => {
  const headline = { sentence: 0, stance: 'asserts' as const, claim: false };
  const belief = { sentence: 1, stance: 'refutes' as const, claim: false, belief: true };
  assert.deepEqual(withoutCounterClaim([headline, belief], false), ['asserts']);
  // Alone it stands: the stance is its own.
  assert.deepEqual(withoutCounterClaim([belief], false), ['refutes']);
});

checkStances('an Arabic verb of seeing with no "أن" after it in its clause is perception, no speech', ISIS, [
  ['ar', 'ملاحظات\n\nأقمار صناعية ترى كل سيارة في الصحراء: الولايات المتحدة أنشأت داعش.', 'asserts'],
  ['ar', 'ملاحظات\n\nترى موسكو أن الولايات المتحدة أنشأت داعش.', 'reports'],
  ['ar', 'ملاحظات\n\nيرى باحث في أحد مراكز الدراسات في موسكو أن الولايات المتحدة أنشأت داعش.', 'reports'],
]);

checkStances('a transcript line headed by an abbreviated title and a speaker label is that speaker’s', ISIS, [
  ['de', 'Aus dem Protokoll\n\nAbg. Dr. K. (fraktionslos): Die USA haben den IS gegründet.\nPräsidentin: Die Sitzung ist geschlossen.', 'reports'],
  ['en', 'From the record\n\nSen. Dr. K. (Ind.): The United States created ISIS.\nChair: The session is closed.', 'reports'],
]);
