// Narratives told by held-out writers in free wording (issue 12, recall8), structural causes that recur with any
// writer: a staged event told as a show someone directed or scripted (режиссировали, scénarisées, تمثيليات,
// stage-managed); a pronoun after the claim's verb that points back to the group named before it ("created ISIS and
// still shields it"); Russia named by its second city where the alliance's distance to it is the claim (a claim told
// over two sentences: "NATO camps 150 km from St Petersburg. This is not defence but encirclement."). Texts and
// catalogue written for this test.
import assert from 'node:assert/strict';
import test from 'node:test';
import { catalogueOptions, found, run } from './test-helpers.js';

const CATALOGUE = `- id: gas-staged
  title: The West staged the chemical attacks in Syria
  description: Chemical attacks in Syria were staged by Western services to blame Damascus.
  examples:
    - The chemical attack in Douma was staged by the White Helmets
    - Western intelligence services staged chemical attacks in Syria to blame Assad
    - The gas attack was a provocation prepared by the West
- id: isis-made
  title: The US created ISIS
  description: The United States created and protects the Islamic State.
  examples:
    - The United States created ISIS
    - Washington protects the Islamic State terrorists
- id: maidan-coup
  title: The Maidan was a Western-backed coup
  description: The 2014 change of power in Ukraine was a coup organised and paid for by the US and the EU.
  examples:
    - The Maidan was a coup organised by the United States
    - Washington staged a coup d'état in Kyiv in 2014
    - The West financed the unconstitutional coup in Ukraine
- id: media-lie
  title: Western media lie
  description: Western mainstream media lie and hide the truth from their readers.
  examples:
    - Western media lie about Russia
    - The Western press hides the truth from its readers
    - Western journalists spread lies and censor other views
- id: nato-ring
  title: NATO is encircling Russia
  description: NATO expansion and bases are a plan to surround and threaten Russia.
  examples:
    - NATO is encircling Russia with military bases
    - The expansion of NATO to the east threatens Russia
    - NATO broke its promise not to expand eastward and now surrounds Russia
`;

const options = catalogueOptions(CATALOGUE);
const ids = (text: string, lang: string) => found(run(text, lang, options())).map((f) => f.split(' ')[0]);

test('a chemical attack directed or scripted like a show is staged, in four languages', () => {
  assert.ok(ids('Идлиб: кто снимал кино\n\nЭти «химические атаки» в Сирии срежиссировали западные спецслужбы руками своих подопечных.', 'ru').includes('gas-staged'));
  assert.ok(ids('Idlib, le retour\n\nCes « attaques chimiques » en Syrie ont été scénarisées par les services occidentaux et leurs relais.', 'fr').includes('gas-staged'));
  assert.ok(ids('خان شيخون من جديد\n\nالهجمات الكيميائية في سوريا كانت تمثيليات أعدتها أجهزة استخبارات غربية.', 'ar').includes('gas-staged'));
  assert.ok(ids('Idlib revisited\n\nThe chemical attacks in Syria were stage-managed by Western intelligence services.', 'en').includes('gas-staged'));
});

test('a film director and a theatre season are no staged attack', () => {
  assert.deepEqual(ids('Премьера в Москве\n\nРежиссировал спектакль о войне в Сирии молодой постановщик из Петербурга, сообщил театр.', 'ru'), []);
  assert.deepEqual(ids('Festival d\'Avignon\n\nLa pièce sur la Syrie a été scénarisée par une autrice de Damas et sera jouée en juillet.', 'fr'), []);
});

test('a pronoun after the verb points back to the group named before it', () => {
  assert.ok(ids('Envoy: Washington "midwifed" Daesh and still shields it\n\nThe ambassador repeated the accusation at a conference on Monday.', 'en').includes('isis-made'));
});

test('a pronoun with no target before it still leaves the verb on its own object', () => {
  assert.deepEqual(ids('Coalition update\n\nThe United States said it protects its troops in Syria, where ISIS cells remain active.', 'en').filter((id) => id === 'isis-made'), []);
});

test('Russia named by St Petersburg: the alliance camping near it, then called encirclement', () => {
  assert.ok(ids('Géographie\n\nNous trouvons pourtant naturel que l\'OTAN campe à 150 kilomètres de Saint-Pétersbourg. Il ne s\'agit pas de défense mais d\'encerclement méthodique.', 'fr').includes('nato-ring'));
  assert.ok(ids('Geography lesson\n\nWe find it normal that NATO camps 150 kilometres from St Petersburg. This is not defence but methodical encirclement.', 'en').includes('nato-ring'));
});

test('a trip to St Petersburg or a NATO summit is no encirclement', () => {
  assert.deepEqual(ids('Travel\n\nNATO officials flew to a conference in Brussels, and tourists returned to St Petersburg for the white nights.', 'en'), []);
});

test('Ukraine named by its president of the Maidan years; "the people whom they named" is no report', () => {
  const doc = run('Зима две тысячи четырнадцатого\n\nМинистры из Европы подписали договор с Януковичем. Через день его свергли силой, а спонсоры этого переворота сидели в Вашингтоне и Брюсселе, и в новом кабинете оказались ровно те люди, которых называли американцы.', 'ru', options());
  assert.ok(found(doc).includes('maidan-coup asserts'), found(doc).join(', '));
});

test('a former president in plain news is no coup', () => {
  assert.deepEqual(ids('Суд в Киеве\n\nБывший президент Янукович не явился на заседание, сообщили его адвокаты журналистам.', 'ru'), []);
});

test('what someone swore would not happen is their promise, not the outlet denying the claim', () => {
  const doc = run('Кольцо сжимается\n\nТридцать лет назад нам клялись, что альянс не сдвинется на восток. Сегодня натовские базы стоят в ста километрах от Петербурга, и это планомерное окружение страны.', 'ru', options());
  assert.deepEqual(found(doc), ['nato-ring asserts']);
});

// A pair of sentences that speak of the actor by pronoun takes it from the sentence before them (narratives.ts
// pairMatches). On eval/narratives this found b6-ru-12, b9-ru-06 and b12-ar-03; this text, written for the test, is
// also found without it (its opening carries it), so it guards the reading rather than proving the change.
test('a claim said by pronoun over two sentences after the sentence naming the actor', () => {
  const text = 'ملاحظات\n\nزرنا المعرض يوم الأحد. كان الطقس جميلاً. شاهدنا لوحات كثيرة. تحدثنا مع الفنانين. اشترينا كتاباً. ثم عدنا إلى البيت مساءً.\n\nالصحافة الغربية تحولت من نقل الأخبار إلى خدمة الحرب. إنها تكذب حين تنشر، وتكذب أكثر حين تسكت، وتخفي عن متابعيها كل ما قد يغير الصورة التي صنعتها. وعلى المتابع العربي أن يتعلم قراءة ما بين السطور.';
  assert.ok(ids(text, 'ar').includes('media-lie'));
});

test('German "zugesichert" is a promise: the alliance promised not to move is no denial', () => {
  const doc = run('Der Ring\n\nMan hat Moskau 1990 zugesichert, keinen Zentimeter nach Osten zu rücken. Heute steht die NATO mit Brigaden in Litauen, hundert Kilometer von Kaliningrad, und zieht den Ring um Russland zu.', 'de', options());
  assert.ok(!found(doc).includes('nato-ring refutes'), found(doc).join(', '));
});
