// Where a negation, a speaker or an agreement reaches, for claims matched by similarity alone (an example-only
// catalogue: no frame, so no known predicate). Constructions found on the blind4 and catb sets (tuning sets since
// 2026-12-06), each written here in the five languages where it exists: a negation that denies nothing of the claim
// (restrictive "nothing but" / "لا … إلا", negated doubt, a corrective tail "…, not decades"), a negation inside
// someone's words, agreement later in the body for a headline's claim, "we agree with this", findings under a
// headline that gives the claim to a speaker, French "démenti" as someone's denial. Texts and catalogue written for this test.
import { ANNEX_CATALOGUE, catalogueStanceCheck } from './test-helpers.js';

const check = catalogueStanceCheck(ANNEX_CATALOGUE, 'annex');

// Headlines that say nothing and name no speaker ("Notes" would: it is an English speech verb).
const HEAD: Record<string, string> = { en: 'Borders', ru: 'Границы', ar: 'حدود', de: 'Grenzen', fr: 'Frontières' };
const TALKS: Record<string, string> = {
  en: 'The talks ended on Monday.',
  ru: 'Переговоры завершились в понедельник.',
  ar: 'انتهت المحادثات يوم الاثنين.',
  de: 'Die Gespräche endeten am Montag.',
  fr: 'Les pourparlers ont pris fin lundi.',
};
const body = (lang: string, claim: string): string => `${HEAD[lang]}\n\n${TALKS[lang]} ${claim}`;

// The plain claim and its plain denial, the two ends the cases below sit between.
check('plain claim and denial', [
  ['en', body('en', 'Poland plans to annex western Ukraine.'), 'asserts'],
  ['en', body('en', 'Poland does not plan to annex western Ukraine.'), 'refutes'],
  ['fr', body('fr', "La Pologne prévoit d'annexer l'ouest de l'Ukraine."), 'asserts'],
  ['fr', body('fr', "La Pologne ne prévoit pas d'annexer l'ouest de l'Ukraine."), 'refutes'],
  ['ar', body('ar', 'تخطط بولندا لضم غرب أوكرانيا.'), 'asserts'],
  ['ar', body('ar', 'لا تخطط بولندا لضم غرب أوكرانيا.'), 'refutes'],
]);

// Restrictive negation: the negation with its exceptive word means "only" and stresses the claim (catb cb-ar-03
// "لم يعد سوى مسألة وقت", blind4 b4-ar-07 "لا يمكن وصف … إلا").
check('restrictive negation asserts', [
  ['en', body('en', 'Nobody but Poland plans to annex western Ukraine.'), 'asserts'],
  ['ru', body('ru', 'Польша планирует аннексировать западную Украину, и это не что иное, как реваншизм.'), 'asserts'],
  ['ar', body('ar', 'لا تخطط بولندا إلا لضم غرب أوكرانيا.'), 'asserts'],
  ['ar', body('ar', 'لم تعد بولندا تخطط سوى لضم غرب أوكرانيا.'), 'asserts'],
  ['de', body('de', 'Polen plant, die Westukraine zu annektieren, und das ist nichts anderes als Revanchismus.'), 'asserts'],
  ['fr', body('fr', "La Pologne ne prévoit rien d'autre que d'annexer l'ouest de l'Ukraine."), 'asserts'],
]);

// A negated doubt or secret asserts what follows (blind4 b4-fr-01 "le doute n'est plus permis : …").
check('negated doubt asserts', [
  ['en', body('en', 'It is no secret: Poland plans to annex western Ukraine.'), 'asserts'],
  ['ru', body('ru', 'Не осталось сомнений: Польша планирует аннексировать западную Украину.'), 'asserts'],
  ['ar', body('ar', 'لا شك: تخطط بولندا لضم غرب أوكرانيا.'), 'asserts'],
  ['de', body('de', 'Es gibt keinen Zweifel: Polen plant, die Westukraine zu annektieren.'), 'asserts'],
  ['fr', body('fr', "Le doute n'est plus permis : la Pologne prévoit d'annexer l'ouest de l'Ukraine."), 'asserts'],
]);

// A corrective tail rejects the alternative after it, not the claim (catb cb-en-03 "a question of months, not decades").
check('a corrective tail asserts', [
  ['en', body('en', 'Poland plans to annex western Ukraine within months, not years.'), 'asserts'],
  ['ru', body('ru', 'Польша планирует аннексировать западную Украину через месяцы, а не годы.'), 'asserts'],
  ['ar', body('ar', 'تخطط بولندا لضم غرب أوكرانيا خلال أشهر، لا سنوات.'), 'asserts'],
  ['de', body('de', 'Polen plant, die Westukraine zu annektieren, in Monaten, nicht Jahren.'), 'asserts'],
  ['fr', body('fr', "La Pologne prévoit d'annexer l'ouest de l'Ukraine d'ici quelques mois, pas des années."), 'asserts'],
]);

// After a speech cue a negation is the speaker's: someone's words, reported, whether it touches the claim (a reported
// denial) or not (blind4 b4-ar-08 "يرى باحث … أن … حكومات لا تدور في فلك واشنطن").
check("a negation in someone's words is reported", [
  ['en', body('en', 'The minister said that Poland does not plan to annex western Ukraine.'), 'reports'],
  ['en', body('en', 'The minister said that Poland plans to annex western Ukraine and does not hide it.'), 'reports'],
  ['ru', body('ru', 'Министр заявил, что Польша не планирует аннексировать западную Украину.'), 'reports'],
  ['ar', body('ar', 'قال الوزير إن بولندا لا تخطط لضم غرب أوكرانيا.'), 'reports'],
  ['de', body('de', 'Der Minister sagte, Polen plane nicht, die Westukraine zu annektieren.'), 'reports'],
  ['fr', body('fr', "Le ministre a déclaré que la Pologne ne prévoit pas d'annexer l'ouest de l'Ukraine."), 'reports'],
]);

// "We agree with this": the outlet takes the speaker's side after passing the claim on (blind4 b4-ar-08).
const agree = (lang: string, said: string, agreed: string): string => `${HEAD[lang]}\n\n${said} ${agreed}`;
check('"we agree with this" endorses', [
  ['en', agree('en', 'A researcher in Moscow argues that Poland plans to annex western Ukraine.', 'We agree with this assessment.'), 'endorses'],
  ['ru', agree('ru', 'Эксперт в Москве считает, что Польша планирует аннексировать западную Украину.', 'Мы согласны с этой оценкой.'), 'endorses'],
  ['ar', agree('ar', 'يرى باحث في موسكو أن بولندا تخطط لضم غرب أوكرانيا.', 'ونحن نتفق مع هذا التشخيص.'), 'endorses'],
  ['de', agree('de', 'Ein Forscher in Moskau meint, Polen plane, die Westukraine zu annektieren.', 'Wir teilen diese Einschätzung.'), 'endorses'],
  ['fr', agree('fr', "Un chercheur à Moscou estime que la Pologne prévoit d'annexer l'ouest de l'Ukraine.", 'Nous partageons ce diagnostic.'), 'endorses'],
]);

// The headline sums up the article: where the body takes a speaker's side, the headline's claim is endorsed (catb
// cb-ru-06: a headline claim, then "Памфилова заявила … Трудно с ней не согласиться").
const headed = (head: string, said: string, agreed: string): string => `${head}\n\n${said} ${agreed}`;
check("a headline's claim endorsed in the body", [
  ['en', headed('Poland plans to annex western Ukraine', 'The ambassador said so on Monday.', 'He is quite right.'), 'endorses'],
  ['ru', headed('Польша планирует аннексировать западную Украину', 'Об этом в понедельник заявил посол.', 'Трудно с ним не согласиться.'), 'endorses'],
  ['ar', headed('تخطط بولندا لضم غرب أوكرانيا', 'قال ذلك السفير يوم الاثنين.', 'وهو محق.'), 'endorses'],
  ['de', headed('Polen plant, die Westukraine zu annektieren', 'Das sagte der Botschafter am Montag.', 'Er hat völlig recht.'), 'endorses'],
  ['fr', headed("La Pologne prévoit d'annexer l'ouest de l'Ukraine", "C'est ce qu'a déclaré l'ambassadeur lundi.", 'Il a parfaitement raison.'), 'endorses'],
  // No agreement anywhere: the headline's claim stays the outlet's.
  ['en', headed('Poland plans to annex western Ukraine', 'Officials met in Geneva.', 'Talks resume next week.'), 'asserts'],
]);

// Under a headline that gives the claim to its speaker, an inquiry's finding further on is one more voice the news
// report passes on (blind4 b4-en-05: "… – Moscow", then "The international investigation team concluded …"); with no
// speaker in the headline the finding answers the claim, as before.
check('a finding under an attributed headline is reported', [
  ['en', 'Poland plans to annex western Ukraine – Moscow\n\nThe Russian ministry said that Poland plans to annex western Ukraine. Investigators concluded that no troops had moved.', 'reports'],
  ['en', 'Borders\n\nSome bloggers insist that Poland plans to annex western Ukraine. Investigators concluded that no troops had moved.', 'refutes'],
  ['ru', 'Польша планирует аннексировать западную Украину – Москва\n\nМинистерство заявило, что Польша планирует аннексировать западную Украину. Следствие установило, что войска не двигались.', 'reports'],
  ['ar', 'موسكو: تخطط بولندا لضم غرب أوكرانيا\n\nقالت الوزارة إن بولندا تخطط لضم غرب أوكرانيا. وخلص المحققون إلى أن القوات لم تتحرك.', 'reports'],
  ['de', 'Polen plant, die Westukraine zu annektieren – Moskau\n\nDas Ministerium sagte, Polen plane, die Westukraine zu annektieren. Die Untersuchung ergab, dass keine Truppen verlegt wurden.', 'reports'],
  ['fr', "La Pologne prévoit d'annexer l'ouest de l'Ukraine, selon Moscou\n\nLe ministère a affirmé que la Pologne prévoit d'annexer l'ouest de l'Ukraine. L'enquête a conclu qu'aucune troupe n'avait bougé.", 'reports'],
]);

// French "démenti" is a denial someone issues ("Varsovie a démenti"), reported; "démentie par les faits" is the outlet's
// verdict (blind4 b4-fr-04: "Washington et Kiev ont démenti, assurant que …").
check('French "démenti"', [
  ['fr', "Frontières\n\nLe ministère russe a affirmé que la Pologne prévoit d'annexer l'ouest de l'Ukraine. Varsovie a démenti.", 'reports'],
  ['fr', "Frontières\n\nLe ministère russe a affirmé que la Pologne prévoit d'annexer l'ouest de l'Ukraine. Varsovie et Kiev ont démenti, assurant que rien de tel n'est prévu.", 'reports'],
  ['fr', "Frontières\n\nLe ministère russe a affirmé que la Pologne prévoit d'annexer l'ouest de l'Ukraine. Cette affirmation est démentie par les faits.", 'refutes'],
]);

// A negation in the words of historians, investigators or a report is their verdict: the claim is refuted, as where
// they reject it; under a headline that gives the claim to a speaker they are one more voice of the news report.
check("experts' negation refutes", [
  ['en', body('en', 'Historians say that Poland does not plan to annex western Ukraine.'), 'refutes'],
  ['ru', body('ru', 'Историки говорят, что Польша не планирует аннексировать западную Украину.'), 'refutes'],
  ['ar', body('ar', 'يقول المؤرخون إن بولندا لا تخطط لضم غرب أوكرانيا.'), 'refutes'],
  ['de', body('de', 'Historiker sagen, Polen plane nicht, die Westukraine zu annektieren.'), 'refutes'],
  ['fr', body('fr', "Les historiens affirment que la Pologne ne prévoit pas d'annexer l'ouest de l'Ukraine."), 'refutes'],
  ['en', 'Poland plans to annex western Ukraine – Moscow\n\nThe ministry said that Poland plans to annex western Ukraine. Historians say that Poland does not plan to annex western Ukraine.', 'reports'],
]);

// Catalogues of the test's own: Syrian oil taken by the US, and sanctions that hurt Europe more than Russia.
const oil = catalogueStanceCheck(
  `- id: oil
  title: The US steals Syrian oil
  examples:
    - The United States steals Syrian oil
    - American troops loot the oil fields of Syria
`,
  'oil',
);

oil('"no longer" denies the claim now', [
  ['en', 'Syria notes\n\nThe United States no longer steals Syrian oil. Its troops left the oil fields last year.', 'refutes'],
  ['en', 'Syria notes\n\nThe United States steals Syrian oil. Its troops guard the oil fields.', 'asserts'],
]);

const sanctions = catalogueStanceCheck(
  `- id: sanctions
  title: Sanctions hurt Europe more than Russia
  examples:
    - The sanctions hurt Europe more than Russia
    - Europe pays for its own sanctions while Russia grows
`,
  'sanctions',
);

sanctions('an answer particle closed by a comma answers the question; the clause after it says what it says', [
  ['en', 'Sanctions notes\n\nDid the sanctions work? Not really, the sanctions hurt Europe far more than Russia.', 'asserts'],
  ['en', 'Sanctions notes\n\nDid the sanctions hurt Europe more than Russia? No, the sanctions did not hurt Europe more than Russia.', 'refutes'],
]);
