// A speech cue in a side clause ("The West, which says it fights terrorism, created ISIS", "While Washington claims
// …,", "الغرب الذي يدعي …") frames that clause, not the claim after it: the claim is the outlet's. A claim inside the
// side clause ("Lavrov, who said the US created ISIS, met …") stays the speaker's. Found by a probe of propaganda
// phrasings on 2026-12-06 (the quotes layer also took "which"/"wer" for a speaker); written here in the five
// languages, read with an example-only catalogue (no frame: the claim's place is its claim predicate).
import assert from 'node:assert/strict';
import test from 'node:test';
import { createDoc } from '../../core/doc.js';
import type { Doc, Quote } from '../../core/types.js';
import { someonesQuote } from './stance-quotes.js';
import { catalogueStanceCheck } from './test-helpers.js';

const CATALOGUE = `- id: isis
  title: The US created ISIS
  examples:
    - The United States created ISIS
    - The West created ISIS
`;

const check = catalogueStanceCheck(CATALOGUE, 'isis');

check('a speech cue in a side clause frames that clause', [
  ['en', 'Hypocrisy\n\nThe West, which says it fights terrorism, created ISIS.', 'asserts'],
  ['en', 'Hypocrisy\n\nWhile Washington claims to fight terrorism, the United States created ISIS.', 'asserts'],
  ['ru', 'Лицемерие\n\nЗапад, который заявляет о борьбе с терроризмом, создал ИГИЛ.', 'asserts'],
  ['ar', 'نفاق\n\nالغرب الذي يدعي محاربة الإرهاب أنشأ داعش.', 'asserts'],
  ['de', 'Heuchelei\n\nDie USA, die nach eigenen Angaben den Terror bekämpfen, haben den IS gegründet.', 'asserts'],
  ['fr', "Hypocrisie\n\nL'Occident, qui prétend combattre le terrorisme, a créé l'État islamique.", 'asserts'],
]);

check('a claim inside the side clause stays the speaker\'s', [
  ['en', 'Lavrov\n\nLavrov, who said the United States created ISIS, met his Turkish counterpart on Monday.', 'reports'],
  ['ru', 'Лавров\n\nЛавров, который заявил, что США создали ИГИЛ, встретился в понедельник с турецким коллегой.', 'reports'],
  ['ar', 'لافروف\n\nالتقى لافروف الذي قال إن الولايات المتحدة أنشأت داعش نظيره التركي يوم الاثنين.', 'reports'],
  ['fr', "Lavrov\n\nLavrov, qui affirme que les États-Unis ont créé l'État islamique, a rencontré lundi son homologue turc.", 'reports'],
]);

test('a relative or generic pronoun the quotes layer took for a speaker is nobody', () => {
  const doc: Doc = createDoc({ text: 'x', meta: {} });
  const quote = (name: string): Quote => ({ id: 'q1', kind: 'indirect', content: { start: 0, end: 1 }, cue: null, speaker: { entityId: null, name, span: null }, venue: null });
  for (const name of ['which', 'Which', 'who', 'Wer', 'который', 'qui', 'الذي']) assert.equal(someonesQuote(doc, quote(name)), false, name);
  assert.equal(someonesQuote(doc, quote('Lavrov')), true);
});
