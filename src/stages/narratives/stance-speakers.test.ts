// Who speaks: a participle of speech and an Arabic surname in a headline.
// A speech verb as a participle right after its noun ("a video CLAIMING …", "une vidéo AFFIRMANT que …") says what the noun says; a verdict on that noun ("… is false") is the outlet's, so such a
// headline makes a debunk (stance-verdict.ts `saidBySomeone`). A finite speech verb ("Kyiv is claiming …") or a
// participle behind a comma after a speaker ("Tusk, calling …") still gives the verdict to its speaker. Met on catf
// ("FACT CHECK: Viral clip claiming … is false"); texts written for this test.
import { ANNEX_CATALOGUE, catalogueStanceCheck, checkStances } from './test-helpers.js';

const check = catalogueStanceCheck(ANNEX_CATALOGUE, 'annex');

check('a participle of speech after its noun: the verdict on the noun is the outlet\'s', [
  ['en', 'Video claiming Warsaw wants new land is false\n\nThe talks ended on Monday. Poland plans to annex western Ukraine, a viral video says.', 'refutes'],
  ['fr', "Une vidéo affirmant que Varsovie veut de nouvelles terres est fausse\n\nLes pourparlers ont pris fin lundi. La Pologne prévoit d'annexer l'ouest de l'Ukraine, dit une vidéo.", 'refutes'],
]);

check('a finite speech verb or a speaker before the participle keeps the verdict theirs', [
  ['en', 'Kyiv is claiming the Warsaw story is false\n\nThe talks ended on Monday. Poland plans to annex western Ukraine, a viral video says.', 'reports'],
  ['en', 'Tusk, claiming the story is false, meets Kyiv\n\nThe talks ended on Monday. Poland plans to annex western Ukraine, a viral video says.', 'reports'],
]);

// Arabic script has no capitals: a headline's speaker may be one Arabic word no lexicon knows, a surname with or
// without the article (headline.ts `speakerNamed`); a known word ("الحقيقة:", the truth) or a section label is nobody.
// Met on blind9 (a diplomat's surname before the colon read as the outlet's voice).
check('an Arabic surname before a headline colon speaks', [
  ['ar', 'الشيباني: بولندا تخطط لضم غرب أوكرانيا\n\nانتهت المحادثات يوم الاثنين. التقى الوفدان في جنيف.', 'reports'],
  ['ar', 'نصرالله: بولندا تخطط لضم غرب أوكرانيا\n\nانتهت المحادثات يوم الاثنين. التقى الوفدان في جنيف.', 'reports'],
  ['ar', 'الحقيقة: بولندا تخطط لضم غرب أوكرانيا\n\nانتهت المحادثات يوم الاثنين. التقى الوفدان في جنيف.', 'asserts'],
  ['ar', 'تحليل: بولندا تخطط لضم غرب أوكرانيا\n\nانتهت المحادثات يوم الاثنين. التقى الوفدان في جنيف.', 'asserts'],
]);

// What the claim acts on, named before a headline colon, is its topic, not a speaker (headline.ts `topicBefore`):
// "ISIS: created by Washington" is the outlet saying who made ISIS. Met on blind9 ("داعش: …"); texts written for this test.
checkStances('the group a claim acts on, before a headline colon, is its topic', 'west-created-isis', [
  ['en', 'ISIS: created by Washington\n\nThe talks ended on Monday.'],
  ['ru', 'ИГИЛ: создан Вашингтоном\n\nПереговоры завершились в понедельник.'],
], 'asserts');
checkStances('a speaker before the colon still speaks', 'west-created-isis', [
  ['en', 'Kabulov: ISIS was created by Washington\n\nThe talks ended on Monday.'],
  ['ru', 'Кабулов: ИГИЛ создан Вашингтоном\n\nПереговоры завершились в понедельник.'],
], 'reports');
