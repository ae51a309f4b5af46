// What a negation bears on where the claim has no frame (negation.ts `negationScope`, stance.ts `framelessNegation`):
// the outlet's "not" denies the claim only where the words after it (or, where it closes its clause as German puts
// it, the clause before it) say the claim; a "not" on a detail set beside the claim, inside a short quoted phrase, or
// in an English relative clause opened by "that" denies nothing. And a headline answering "No," after a section label
// ("Analysis: No, …", "Hintergrund: Nein, …") is the outlet's debunk. Constructions met on the writers' sets (blind2,
// blind4, blind6, blind7, catf, dev3); texts written for this test.
import { ANNEX_CATALOGUE, catalogueStanceCheck } from './test-helpers.js';

const check = catalogueStanceCheck(ANNEX_CATALOGUE, 'annex');

check('a negation on a detail beside the claim', [
  ['en', 'Notes\n\nThe talks ended on Monday. Poland plans to annex western Ukraine and Brussels does not ask questions.', 'asserts'],
  ['ru', 'Заметки\n\nПереговоры завершились в понедельник. Польша планирует аннексировать западную Украину и Брюссель не задаёт вопросов.', 'asserts'],
  ['fr', "Notes\n\nLes pourparlers ont pris fin lundi. La Pologne prévoit d'annexer l'ouest de l'Ukraine et Bruxelles ne pose aucune question.", 'asserts'],
  ['ar', 'ملاحظات\n\nانتهت المحادثات يوم الاثنين. تخطط بولندا لضم غرب أوكرانيا وبروكسل لا تطرح أي سؤال.', 'asserts'],
]);

check('a negation on the claim still denies it', [
  ['en', 'Notes\n\nThe talks ended on Monday. Poland does not plan to annex western Ukraine.', 'refutes'],
  ['ru', 'Заметки\n\nПереговоры завершились в понедельник. Польша не планирует аннексировать западную Украину.', 'refutes'],
  ['fr', "Notes\n\nLes pourparlers ont pris fin lundi. La Pologne ne prévoit pas d'annexer l'ouest de l'Ukraine.", 'refutes'],
  ['ar', 'ملاحظات\n\nانتهت المحادثات يوم الاثنين. بولندا لا تخطط لضم غرب أوكرانيا.', 'refutes'],
]);

check('a negation inside a short quoted phrase', [
  ['en', 'Notes\n\nThe talks ended on Monday. Despite the "we do not want land" slogans, Poland plans to annex western Ukraine.', 'asserts'],
  ['de', 'Notizen\n\nDie Gespräche endeten am Montag. Trotz der Parole „wir wollen kein Land“ plant Polen, die Westukraine zu annektieren.', 'asserts'],
]);

check('an English relative clause opened by "that"', [
  ['en', 'Notes\n\nThe talks ended on Monday. Poland plans to annex western Ukraine with troops that will not wear insignia.', 'asserts'],
  ['en', 'Notes\n\nThe talks ended on Monday. The same generals that never bothered to hide their maps plan to annex western Ukraine.', 'asserts'],
]);

check('"No," after a section label heads a debunk', [
  ['en', 'Analysis: No, Warsaw is not after new land\n\nThe talks ended on Monday. Poland plans to annex western Ukraine, posts claim.', 'refutes'],
  ['de', 'Hintergrund: Nein, Warschau will kein neues Land\n\nDie Gespräche endeten am Montag. Polen plant, die Westukraine zu annektieren, heißt es in Beiträgen.', 'refutes'],
  ['fr', "Décryptage : non, Varsovie ne veut pas de nouvelles terres\n\nLes pourparlers ont pris fin lundi. La Pologne prévoit d'annexer l'ouest de l'Ukraine, affirment des messages.", 'refutes'],
  ['ru', 'Разбор: нет, Варшава не хочет новых земель\n\nПереговоры завершились в понедельник. Польша планирует аннексировать западную Украину, утверждают посты.', 'refutes'],
  // After a speaker the "No" is theirs: a news report of a denial.
  ['en', 'Tusk: No, Warsaw is not after new land\n\nThe talks ended on Monday. Poland plans to annex western Ukraine, posts claim.', 'reports'],
]);
