// Quote-speaker linking in Russian, German, French and Arabic (issue 13): appositions, inverted "said X", verb-first
// Arabic, and pronoun chains to the last speaker. Texts are short and written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../../core/types.js';
import { all, entity, runRules } from './test-helpers.js';

const pick = (doc: ReturnType<typeof runRules>) => all(doc).map(({ content, cue, source, entityId }) => ({ content, cue, source, entityId }));
const kabulov = (text: string, forms: string[]): Entity => entity('k', 'person', text, forms.map((f) => [f, 'name'] as [string, 'name']));

test('ru: apposition, "сказал X журналистам", "по словам X", and "он" chained to the last speaker', () => {
  const text = [
    'Замир Кабулов, спецпредставитель президента России, заявил, что группировку создали иностранные спецслужбы.',
    '«Мы видели вертолёты над севером страны», — сказал Кабулов журналистам в Москве.',
    'Он добавил, что данные переданы партнёрам.',
    'По словам Кабулова, боевики перемещались без помех.',
  ].join('\n\n');
  const doc = runRules(text, [kabulov(text, ['Замир Кабулов', 'Кабулова', 'Кабулов'])], 'ru');
  assert.deepEqual(pick(doc), [
    { content: 'что группировку создали иностранные спецслужбы', cue: 'заявил', source: 'Замир Кабулов, спецпредставитель президента России', entityId: 'k' },
    { content: '«Мы видели вертолёты над севером страны»', cue: 'сказал', source: 'Кабулов', entityId: 'k' },
    { content: 'что данные переданы партнёрам', cue: 'добавил', source: 'Он', entityId: 'k' },
    { content: 'боевики перемещались без помех', cue: 'По словам', source: 'Кабулова', entityId: 'k' },
  ]);
});

test('ru: an adverb between the speaker and the cue ("Кабулов также отметил") joins the cue', () => {
  const text = 'Кабулов также отметил, что талибы воюют с группировкой на севере.';
  const [q] = pick(runRules(text, [kabulov(text, ['Кабулов'])], 'ru'));
  assert.deepEqual(q, { content: 'что талибы воюют с группировкой на севере', cue: 'также отметил', source: 'Кабулов', entityId: 'k' });
});

test('de: "sagte Kabulow dem Sender" ends the speaker at the hearer; "laut X" without comma; "er" chains', () => {
  const text = [
    '"Diese Gruppe ist nicht zufällig entstanden", sagte Kabulow dem Sender RTVI.',
    'Laut Kabulow bewegten sich die Kämpfer ohne jede Behinderung.',
    '"Wir haben die Hubschrauber gesehen", betonte er.',
    'Der russische Sondergesandte Samir Kabulow sagte außerdem, die Taliban seien die einzige Kraft im Norden.',
  ].join('\n\n');
  const doc = runRules(text, [kabulov(text, ['Samir Kabulow', 'Kabulow'])], 'de');
  assert.deepEqual(pick(doc), [
    { content: '"Diese Gruppe ist nicht zufällig entstanden"', cue: 'sagte', source: 'Kabulow', entityId: 'k' },
    { content: 'bewegten sich die Kämpfer ohne jede Behinderung', cue: 'Laut', source: 'Kabulow', entityId: 'k' },
    { content: '"Wir haben die Hubschrauber gesehen"', cue: 'betonte', source: 'er', entityId: 'k' },
    { content: 'die Taliban seien die einzige Kraft im Norden', cue: 'sagte', source: 'russische Sondergesandte Samir Kabulow', entityId: 'k' },
  ]);
});

test('fr: guillemets set off with spaces close; "a déclaré X à la chaîne"; "selon X"; "Il a ajouté" chains', () => {
  const text = [
    '« Ce groupe n\u2019est pas né par hasard », a déclaré Zamir Kaboulov à la chaîne RTVI.',
    'Il a ajouté que Moscou avait transmis ses informations.',
    'Selon Kaboulov, les combattants circulaient sans être inquiétés.',
  ].join('\n\n');
  const doc = runRules(text, [kabulov(text, ['Zamir Kaboulov', 'Kaboulov'])], 'fr');
  assert.deepEqual(pick(doc), [
    { content: '« Ce groupe n\u2019est pas né par hasard »', cue: 'a déclaré', source: 'Zamir Kaboulov', entityId: 'k' },
    { content: 'que Moscou avait transmis ses informations', cue: 'a ajouté', source: 'Il', entityId: 'k' },
    { content: 'les combattants circulaient sans être inquiétés', cue: 'Selon', source: 'Kaboulov', entityId: 'k' },
  ]);
});

test('ar: verb first with the speaker after it, "وقال X …: «…»", and "وأضاف أن" (no subject) chained', () => {
  const text = [
    'صرح المبعوث الروسي زامير كابولوف بأن الاستخبارات الأمريكية ساعدت في إنشاء التنظيم.',
    'وقال كابولوف في مقابلة مع قناة RTVI: "هذه الجماعة لم تظهر صدفة".',
    'وأضاف أن المقاتلين كانوا يتنقلون دون عوائق.',
    'في المقابل، قال ماثيو ميلر للصحفيين إن هذه الاتهامات لا أساس لها.',
  ].join('\n\n');
  const doc = runRules(text, [kabulov(text, ['زامير كابولوف', 'كابولوف'])], 'ar');
  assert.deepEqual(pick(doc), [
    { content: 'بأن الاستخبارات الأمريكية ساعدت في إنشاء التنظيم', cue: 'صرح', source: 'المبعوث الروسي زامير كابولوف', entityId: 'k' },
    { content: '"هذه الجماعة لم تظهر صدفة"', cue: 'وقال', source: 'كابولوف', entityId: 'k' },
    { content: 'أن المقاتلين كانوا يتنقلون دون عوائق', cue: 'وأضاف', source: null, entityId: 'k' },
    { content: 'إن هذه الاتهامات لا أساس لها', cue: 'قال', source: 'ماثيو ميلر', entityId: null },
  ]);
});

test('a pronoun chains only to a person speaker, and not before anyone has spoken', () => {
  const text = 'Он добавил, что данные переданы партнёрам.\n\nМинистерство заявило, что это ложь.\n\nОн заявил, что это правда.';
  const doc = runRules(text, [entity('m', 'organization', text, [['Министерство', 'name']])], 'ru');
  assert.deepEqual(
    pick(doc).map((q) => q.entityId),
    [null, 'm', null],
  );
});

test('ar: a role with its complement before the name ("المبعوث الروسي الخاص إلى أفغانستان ضمير كابولوف") is the speaker, not Russia', () => {
  const text = 'قال المبعوث الروسي الخاص إلى أفغانستان ضمير كابولوف في مقابلة تلفزيونية: «الولايات المتحدة أنشأت داعش في أفغانستان».';
  const [q] = pick(runRules(text, [kabulov(text, ['ضمير كابولوف'])], 'ar'));
  assert.equal(q.source, 'المبعوث الروسي الخاص إلى أفغانستان ضمير كابولوف');
  assert.equal(q.entityId, 'k');
});
