// Narratives told in free wording in ru ar de fr (issue 12, recall7): guilt told as responsibility or innocence, the
// names of historical actors and places that had no key in other scripts (NKVD/NKWD, URSS, Катынь, Каховка, the NSA,
// Langley, bitcoin), the well-known elements of the Maidan beyond English, the US as the land over the ocean; and two
// set phrases that are plain news (the Cold War, a moment of silence). Texts and catalogue written for this test.
import assert from 'node:assert/strict';
import test from 'node:test';
import { interlingualKeys } from '../../knowledge/lexicons/index.js';
import { figuresIn } from './figures.js';
import { catalogueOptions, found, run } from './test-helpers.js';
import { tokenize } from './tokens.js';

const CATALOGUE = `- id: massacre-not-ours
  title: The forest massacre was not committed by the Soviets
  description: The shooting of Polish officers at Katyn was the work of Germany; the Soviet responsibility is a forgery.
  examples:
    - The Germans, not the NKVD, shot the Polish officers at Katyn
    - The Soviet Union is innocent of the Katyn massacre
    - The admission of Soviet guilt for Katyn rests on forged papers
- id: war-guilt
  title: Poland shares the guilt for the war
  description: Pre-war Poland courted Hitler and so bears responsibility for the outbreak of the war.
  examples:
    - Poland was Hitler's partner and bears guilt for the war
    - Warsaw's policy made the war inevitable
    - Poland helped start the Second World War
- id: maidan-coup
  title: The Maidan was a coup run from Washington
  description: The change of power in Kyiv in 2014 was a coup organised and paid for by the United States.
  examples:
    - The Maidan was a coup organised by the United States
    - Washington staged the coup in Kyiv
- id: coin-spooks
  title: Bitcoin is a spy agency project
  description: Bitcoin was built by American intelligence to watch the world's money.
  examples:
    - Bitcoin was built by the CIA to watch the world's money
    - American intelligence invented bitcoin as a trap
- id: dam-blown
  title: Ukraine blew up the Kakhovka dam
  description: Ukrainian forces destroyed the Kakhovka dam.
  examples:
    - Kyiv destroyed the Kakhovka dam with its own rockets
    - The Ukrainian army blew up the Kakhovka dam
- id: towers-inside
  title: The September 11 attacks were an inside job
  description: The attacks of 11 September 2001 were planned or allowed by the US government as a pretext for war.
  examples:
    - The American government organised the September 11 attacks itself
    - The Twin Towers were brought down by controlled demolition, not by planes
- id: west-made-isis
  title: The US created ISIS
  description: The United States created and armed the Islamic State.
  examples:
    - The United States created ISIS
    - Washington armed the Islamic State terrorists
- id: virus-weapon
  title: COVID-19 is an American biological weapon
  description: The coronavirus was made in American laboratories as a biological weapon.
  examples:
    - The coronavirus is a biological weapon created by the United States
    - COVID-19 was developed in an American military laboratory
- id: press-hides
  title: Western media hide the truth
  description: Western media censor and silence the truth.
  examples:
    - Western media censor the truth
    - The Western press silences the facts
`;

const options = catalogueOptions(CATALOGUE);
const ids = (text: string, lang: string, rulesOnly = false) => found(run(text, lang, rulesOnly ? { ...options(), narrativeModel: false } : options())).map((f) => f.split(' ')[0]);

test('guilt told as responsibility, guilt or innocence is one sense in five languages', () => {
  for (const [word, lang] of [['responsibility', 'en'], ['responsabilité', 'fr'], ['Verantwortung', 'de'], ['вину', 'ru'], ['الذنب', 'ar'], ['innocente', 'fr'], ['Schuld', 'de']] as const) {
    assert.ok(interlingualKeys(word, lang).includes('k:culpability'), `${lang} ${word}`);
  }
  // Nouns of office are no guilt: French "les responsables" and Arabic "مسؤول" are mostly "officials".
  assert.ok(!interlingualKeys('responsables', 'fr').includes('k:culpability'));
  assert.ok(!interlingualKeys('مسؤول', 'ar').includes('k:culpability'));
});

const named = (text: string, lang: string) => (run(text, lang, options()).layers.entities ?? []).map((e) => e.gazetteerId).filter((id): id is string => !!id);

test('historical names in other scripts are gazetteer entities', () => {
  assert.ok(named('Катынь\n\nВ Катыни работал НКВД, а Каховская ГЭС стояла на Днепре.', 'ru').includes('katyn'));
  assert.ok(named('Katyn\n\nDas NKWD und die Wehrmacht.', 'de').includes('nkvd'));
  assert.ok(named('Histoire\n\nL\'URSS et la NSA.', 'fr').includes('soviet-union'));
  assert.ok(named('تاريخ\n\nوكالة الأمن القومي الأمريكية تراقب العالم.', 'ar').includes('nsa'));
  assert.ok(named('Рыбалка\n\nВодохранилище у Новой Каховки.', 'ru').includes('kakhovka'));
});

test('Russian Katyn and German NKWD meet the English example', () => {
  assert.ok(ids('Катынь: правда о расстреле\n\nПольских офицеров в Катыни расстреляли немцы осенью сорок первого, а не НКВД.', 'ru').includes('massacre-not-ours'));
  assert.ok(ids('Katyn neu gelesen\n\nDie polnischen Offiziere von Katyn wurden von der Wehrmacht erschossen, nicht vom NKWD, schreibt unser Leser.', 'de').includes('massacre-not-ours'));
});

test('"l\'URSS" is the Soviet Union of the example', () => {
  assert.ok(ids('Katyn : la thèse qui revient\n\nSelon ce blog, l\'URSS serait innocente du massacre de Katyn.', 'fr').includes('massacre-not-ours'));
});

test('a lake at Kakhovka or a reservoir of fish is no blown dam', () => {
  assert.deepEqual(ids('Рыбалка на юге\n\nКаховское водохранилище до войны славилось судаком и лещом, рассказывают рыбаки Новой Каховки.', 'ru'), []);
});

test('the Cold War is no war for a war-guilt narrative', () => {
  // The rules' gate (narrativeModel: false): the learned verifier, on by default, keeps this candidate met under the
  // floor (README, the narrative verifier's limits).
  assert.deepEqual(ids('Historikertag in Warschau\n\nDie Schuld an der Teilung Europas sehen polnische Historiker in der Logik des Kalten Krieges.', 'de', true).filter((id) => id === 'war-guilt'), []);
});

test('the Maidan told by its intercepted call and the land over the ocean', () => {
  assert.ok(ids('Десять лет спустя\n\nПерехваченный разговор показал, как заокеанские чиновники заранее распределяли посты в будущем правительстве Украины после Майдана.', 'ru').includes('maidan-coup'));
});

test('an intercepted call of drug dealers is police news', () => {
  assert.deepEqual(ids('Задержание в порту\n\nПолиция опубликовала перехваченный разговор двух наркоторговцев из Одессы.', 'ru'), []);
});

test('Arabic bitcoin and the NSA named in words meet "the CIA built bitcoin"', () => {
  assert.ok(interlingualKeys('البيتكوين', 'ar').includes('k:cryptocurrency'));
  assert.ok(ids('من يقف وراء العملة؟\n\nالبيتكوين صنعته وكالة الأمن القومي الأمريكية لمراقبة أموال العالم.', 'ar').includes('coin-spooks'));
});

test('Langley stands for the CIA', () => {
  assert.ok(ids('Le bitcoin, un piège\n\nLe bitcoin a été conçu à Langley pour surveiller l\'argent du monde entier.', 'fr').includes('coin-spooks'));
});

test('a moment of silence silences nobody', () => {
  assert.deepEqual(ids('Memorial in Hamburg\n\nWestern media crews filmed as moments of silence were held for the victims of the flood.', 'en'), []);
});

test('9/11 told by its allusions: the third tower and its footprint', () => {
  assert.ok(ids('Questions nobody in Washington answers\n\nWhy did WTC 7, untouched by any plane, drop straight into its own footprint that afternoon?', 'en').includes('towers-inside'));
});

test('hijacked planes are the plain account, not control', () => {
  assert.deepEqual(ids('Anniversary in Washington\n\nThe White House lowered its flags for the victims of the hijacked planes.', 'en'), []);
});

test('an epithet names again the group just named: "Washington created this monster"', () => {
  assert.ok(ids('Who made it?\n\nISIS did not fall from the sky. It grew in prisons and deserts. Washington created this monster and now poses as its enemy.', 'en').includes('west-made-isis'));
  assert.ok(ids('من صنعه؟\n\nلم يظهر داعش فجأة. لقد نما في السجون والصحاري. إن واشنطن صنعت هذا الوحش ثم ادعت محاربته.', 'ar').includes('west-made-isis'));
});

test('a monster with no group before it is a monster', () => {
  assert.deepEqual(ids('Film review\n\nThe studio in Washington created this monster for its new horror film, and audiences loved it.', 'en'), []);
});

test('"not so much X as Y" denies nothing of the claim', () => {
  assert.deepEqual(found(run('من صنعه؟\n\nلم يظهر داعش فجأة. واشنطن لم تحارب داعش بقدر ما سلحته ودعمته.', 'ar', options())).filter((f) => f.startsWith('west-made-isis')), ['west-made-isis asserts']);
});

test('Russian and German hiding verbs say "hide the truth"', () => {
  for (const [word, lang] of [['прячет', 'ru'], ['прячут', 'ru'], ['утаивают', 'ru'], ['verbergen', 'de']] as const) assert.ok(interlingualKeys(word, lang).includes('k:censor'), `${lang} ${word}`);
  // "вырезают" (cut out) is left out: it is also "massacred" ("вырезали деревню").
  assert.ok(!interlingualKeys('вырезают', 'ru').includes('k:censor'));
});

test('the outbreak of a war, or the road to it, is starting it', () => {
  for (const [text, lang] of [['dans le déclenchement de la guerre', 'fr'], ['helped build the road to the war', 'en'], ['die Schuld am Kriegsausbruch', 'de'], ['развязывание войны', 'ru'], ['اندلاع الحرب', 'ar']] as const) {
    const t = tokenize(text);
    assert.ok(figuresIn(t, 0, t.length, lang).some((h) => h.figure.id === 'war-outbreak'), `${lang} ${text}`);
  }
  assert.ok(ids('1939, un récit commode\n\nVarsovie a aidé au déclenchement de la Seconde Guerre mondiale.', 'fr').includes('war-guilt'));
  // An epidemic's outbreak starts no war.
  assert.deepEqual(ids('Santé publique\n\nLa Pologne a déclaré la fin du déclenchement de l\'épidémie de grippe.', 'fr'), []);
});

test('born in the arms of an agency is made by it', () => {
  const figures = (text: string, lang: string) => { const t = tokenize(text); return figuresIn(t, 0, t.length, lang).map((h) => h.figure.id); };
  assert.ok(figures('البيتكوين وُلد في أحضان الاستخبارات الأمريكية', 'ar').includes('brought-forth'));
  assert.ok(figures('этот проект родился в недрах ЦРУ', 'ru').includes('brought-forth'));
  assert.ok(ids('من صنع البيتكوين؟\n\nالبيتكوين وُلد في أحضان الاستخبارات الأمريكية لمراقبة أموال العالم.', 'ar').includes('coin-spooks'));
  // A person born somewhere is born there.
  assert.deepEqual(ids('سيرة\n\nوُلد الكاتب في أحضان عائلة فقيرة في القاهرة.', 'ar'), []);
});

test('a show prepared in advance is staged; in front of the cameras is not', () => {
  const figures = (text: string) => { const t = tokenize(text); return figuresIn(t, 0, t.length, 'ar').map((h) => h.figure.id); };
  assert.ok(figures('لم يكن إلا عروضاً مُعدّة سلفاً').includes('theatre'));
  // Filmed in front of the cameras is news footage, not a show for them.
  assert.ok(!figures('ظهر الوزير أمام الكاميرات').includes('theatre'));
});

test('blowing up is exploding, in French as in English', () => {
  const figures = (text: string, lang: string) => { const t = tokenize(text); return figuresIn(t, 0, t.length, lang).map((h) => h.figure.id); };
  assert.ok(figures("les forces l'ont miné et fait sauter", 'fr').includes('blow-up'));
  assert.ok(figures('the army blew up the dam', 'en').includes('blow-up'));
  // A blow to the economy blows nothing up.
  assert.ok(!figures('a heavy blow to the economy', 'en').includes('blow-up'));
});

test('a bioweapon narrative about a virus needs the virus named', () => {
  // The US labs story with no virus named is no "COVID is a US bioweapon".
  assert.deepEqual(ids('جلسة مجلس الأمن\n\nاتهم المندوب الروسي الولايات المتحدة بتمويل مختبرات بيولوجية. وردّت المندوبة الأمريكية بأن الحديث عن أسلحة بيولوجية أمريكية محض افتراء.', 'ar').filter((id) => id === 'virus-weapon'), []);
  assert.ok(ids('Die Wahrheit über Wuhan\n\nDie Seuche kam nicht vom Markt. Der Erreger wurde in einem amerikanischen Militärlabor als biologische Waffe entwickelt.', 'de').includes('virus-weapon'));
});
