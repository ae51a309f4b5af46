// Issue 12: stance "refutes" where the outlet asserts the narrative after rejecting a rival account in the same
// sentence ("That is a lie: the laboratories were built by the Pentagon"). Each text was written for this test and
// read with the built-in catalogue; what is checked is the article stance.
import { checkStances } from './test-helpers.js';

checkStances('a verdict before a colon rejects the rival account; the claim after it is asserted', 'west-created-isis', [
  ['en', 'Notes\n\nThat is a lie: the United States created ISIS.'],
  ['ru', 'Заметки\n\nЭто ложь: США создали ИГИЛ.'],
  ['de', 'Notizen\n\nDas ist eine Lüge: Die USA haben den IS gegründet.'],
  ['fr', "Notes\n\nC'est un mensonge : les États-Unis ont créé l'État islamique."],
  ['ar', 'ملاحظات\n\nهذه كذبة: الولايات المتحدة أنشأت داعش.'],
], 'asserts');

checkStances('a verdict before a colon on a claim passed on earlier still debunks it', 'west-created-isis', [
  ['en', 'Notes\n\nA viral post says the United States created ISIS. That is a lie: the group grew out of al-Qaeda in Iraq.'],
  ['ru', 'Заметки\n\nВ соцсетях пишут, что США создали ИГИЛ. Это ложь: группировка выросла из «Аль-Каиды» в Ираке.'],
  ['de', 'Notizen\n\nIn einem Video heißt es, die USA hätten den IS gegründet. Das ist eine Lüge: Der IS ging aus Al-Qaida im Irak hervor.'],
], 'refutes');
