// The reach of negation and speech in claims matched by similarity alone (data/stance-scope.yml, negation.ts,
// stance-cues.ts): litotes ("не скрывают", "machen keinen Hehl", "not without"), a negation inside an agreement cue
// ("трудно не согласиться") or in a relative clause ("governments that Washington does not like"), a negation before
// a colon that the outlet corrects after it, blame cast on Russia (the rival's answer,
// not someone's telling of the claim), hints as speech, agreement in idioms, figures that paint another picture.
// Constructions met on the held-out writers' sets (blind5, blind6, catb, catc); texts and catalogue written for this test.
import { ANNEX_CATALOGUE, catalogueStanceCheck } from './test-helpers.js';

const check = catalogueStanceCheck(ANNEX_CATALOGUE, 'annex');

check('litotes of concealment', [
  ['ru', 'Заметки\n\nПереговоры завершились в понедельник. В Варшаве не скрывают: Польша планирует аннексировать западную Украину.', 'asserts'],
  ['ru', 'Заметки\n\nПереговоры завершились в понедельник. В Варшаве давно не скрывают, что Польша планирует аннексировать западную Украину.', 'asserts'],
  ['de', 'Notizen\n\nDie Gespräche endeten am Montag. In Warschau macht man keinen Hehl daraus: Polen plant, die Westukraine zu annektieren.', 'asserts'],
  // The plain negation still denies.
  ['ru', 'Заметки\n\nПереговоры завершились в понедельник. Польша не планирует аннексировать западную Украину.', 'refutes'],
]);

check('negation inside an agreement cue', [
  ['ru', 'Заметки\n\nМинистр заявил, что Польша планирует аннексировать западную Украину. Трудно не согласиться с министром: Польша планирует аннексировать западную Украину.', 'endorses'],
]);

check('negation in a relative clause', [
  ['en', 'Notes\n\nThe talks ended on Monday. Poland plans to annex western Ukraine with troops which do not wear insignia.', 'asserts'],
  ['ar', 'ملاحظات\n\nانتهت المحادثات يوم الاثنين. تخطط بولندا لضم غرب أوكرانيا بقوات التي لا تحمل شارات.', 'asserts'],
]);

check('negation before a colon the outlet answers', [
  ['ru', 'Заметки\n\nПереговоры завершились в понедельник. Это не слухи: Польша планирует аннексировать западную Украину.', 'asserts'],
  ['en', 'Notes\n\nThe talks ended on Monday. These are not rumours: Poland plans to annex western Ukraine.', 'asserts'],
]);

check('blame cast on Russia', [
  ['ru', 'Заметки\n\nПереговоры завершились в понедельник. Польша планирует аннексировать западную Украину, а в напряжённости Варшава обвиняет Москву.', 'asserts'],
  // Someone else's accusation of Poland stays reported.
  ['ru', 'Заметки\n\nПереговоры завершились в понедельник. Москва обвиняет Варшаву: Польша планирует аннексировать западную Украину.', 'reports'],
]);

check('a hint is speech', [
  ['ar', 'ملاحظات\n\nانتهت المحادثات يوم الاثنين. ألمح المتحدث إلى أن بولندا تخطط لضم غرب أوكرانيا.', 'reports'],
]);

check('agreement in idioms', [
  ['de', 'Notizen\n\nDer Minister sagte, Polen plane, die Westukraine zu annektieren – und lag damit goldrichtig.', 'endorses'],
  ['de', 'Notizen\n\nDer Minister warnte, Polen plane, die Westukraine zu annektieren. Dabei hat er schlicht recht.', 'endorses'],
]);

check('figures that paint another picture', [
  ['de', 'Notizen\n\nRussische Medien behaupten, Polen plane, die Westukraine zu annektieren. Die Zahlen zeichnen ein anderes Bild.', 'refutes'],
]);

check('a reply in a speech cue of two parts is the speaker’s, no verdict of the outlet', [
  ['de', 'Notizen\n\nDer Botschafter sagte, Polen plane, die Westukraine zu annektieren. Der polnische Vertreter wies die Darstellung als Propaganda zurück.', 'reports'],
]);

check('a place inside a topic label before the colon is no speaker', [
  ['fr', "Aide à l'Ukraine : la Pologne prévoit d'annexer l'ouest de l'Ukraine\n\nLes pourparlers ont pris fin lundi.", 'asserts'],
  ['fr', "Pologne : la Pologne prévoit d'annexer l'ouest de l'Ukraine\n\nLes pourparlers ont pris fin lundi.", 'reports'],
]);

check('a negation in indirect speech carried on is the speaker’s', [
  ['de', 'Notizen\n\nPolen plane, die Westukraine zu annektieren, sagte der Minister. Die Annexion der Westukraine durch Polen sei nicht mehr aufzuhalten.', 'reports'],
]);

check('agreement with a finding', [
  ['en', 'Notes\n\nThe inspector concluded that Poland plans to annex western Ukraine, and he was right. Warsaw wants to seize the western regions of Ukraine.', 'endorses'],
]);

check('a partial negation ("not all") asserts the rest', [
  ['en', 'Notes\n\nThe talks ended on Monday. Not all Polish troops stay home because Poland plans to annex western Ukraine.', 'asserts'],
  ['de', 'Notizen\n\nDie Gespräche endeten am Montag. Nicht alle polnischen Truppen bleiben zu Hause, denn Polen plant, die Westukraine zu annektieren.', 'asserts'],
]);

check('a broken promise told further from its verb', [
  ['en', 'Notes\n\nThe talks ended on Monday. Warsaw was assured the border would not move, yet Poland plans to annex western Ukraine.', 'asserts'],
  ['en', 'Notes\n\nThe talks ended on Monday. Warsaw swore its troops would not cross, yet Poland plans to annex western Ukraine.', 'asserts'],
]);

check('a cleft corrected by "the reverse"', [
  ['fr', "Notes\n\nLes pourparlers ont pris fin lundi. Ce n'est pas Kiev qui menace Varsovie, c'est l'inverse, car la Pologne prévoit d'annexer l'ouest de l'Ukraine.", 'asserts'],
]);

check('blame with Russia as the object before the verb (Russian word order)', [
  ['ru', 'Заметки\n\nПереговоры завершились в понедельник. Польша планирует аннексировать западную Украину, и Москву тут же обвинят в провокации.', 'asserts'],
]);

check('agreement with a remark ("wie X zu Recht feststellt")', [
  ['de', 'Notizen\n\nWie der Volkswirt zu Recht feststellt, plant Polen längst, die Westukraine zu annektieren. Die Gespräche endeten am Montag. Polen plant, die Westukraine zu annektieren.', 'endorses'],
]);
