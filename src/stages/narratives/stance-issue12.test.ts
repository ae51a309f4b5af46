// Stance rules of issue 12 that generalise across languages: headline speakers named by role or surname, "No,"
// headlines, endorsements before the claim or earlier in the article, findings of an inquiry, editorial "it should be
// noted", quotes with no speaker. Each text was written for this test and read with the built-in catalogue's
// "the US/West created ISIS" narrative; what is checked is the article stance (the strongest of its mentions).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, Quote } from '../../core/types.js';
import { createDoc } from '../../core/doc.js';
import { someonesQuote } from './stance-quotes.js';
import { TALKS, checkStances } from './test-helpers.js';

const ISIS = 'west-created-isis';
type Case = [lang: string, text: string, stance: string];

const check = (kind: string, cases: Case[]): void => checkStances(kind, ISIS, cases);

const BODY: Record<string, string> = {
  en: 'The talks ended on Monday.',
  ru: 'Переговоры завершились в понедельник.',
  ar: 'انتهت المحادثات يوم الاثنين.',
  de: 'Die Gespräche endeten am Montag.',
  fr: 'Les pourparlers ont pris fin lundi.',
};

check('headline speaker named by role or surname', [
  ['en', `Envoy: the United States created ISIS\n\n${BODY.en}`, 'reports'],
  ['en', `Russia's ambassador: the United States created ISIS\n\n${BODY.en}`, 'reports'],
  ['ru', `Посол: США создали ИГИЛ\n\n${BODY.ru}`, 'reports'],
  ['ru', `Патрушев: США создали ИГИЛ\n\n${BODY.ru}`, 'reports'],
  ['ar', `الخارجية الروسية: الولايات المتحدة أنشأت داعش\n\n${BODY.ar}`, 'reports'],
  ['de', `Naryschkin: Die USA haben den IS gegründet\n\n${BODY.de}`, 'reports'],
  ['de', `Außenministerium: Die USA haben den IS gegründet\n\n${BODY.de}`, 'reports'],
  ['fr', `Le ministère russe : les États-Unis ont créé l'État islamique\n\n${BODY.fr}`, 'reports'],
]);

check('a section label before the colon is nobody', [
  ['en', `Analysis: the United States created ISIS\n\n${BODY.en}`, 'asserts'],
  ['ru', `Мнение: США создали ИГИЛ\n\n${BODY.ru}`, 'asserts'],
  ['de', `Kommentar: Die USA haben den IS gegründet\n\n${BODY.de}`, 'asserts'],
  ['fr', `Analyse : les États-Unis ont créé l'État islamique\n\n${BODY.fr}`, 'asserts'],
]);

check('a headline answering "No," makes a debunk', [
  ['en', 'No, it is not that simple\n\nThe United States created ISIS, a viral video says.', 'refutes'],
  ['ru', 'Нет, все не так просто\n\nВ видео говорится, что США создали ИГИЛ.', 'refutes'],
  ['ar', 'لا، الأمر ليس كذلك\n\nيقول مقطع فيديو إن الولايات المتحدة أنشأت داعش.', 'refutes'],
  ['de', 'Nein, so einfach ist es nicht\n\nIn einem Video heißt es, die USA hätten den IS gegründet.', 'refutes'],
  ['fr', "Non, ce n'est pas si simple\n\nUne vidéo affirme que les États-Unis ont créé l'État islamique."],
].map(([lang, text, stance]) => [lang, text, stance ?? 'refutes'] as Case));

check('"no" without the answering comma is no debunk', [
  ['en', 'No surprise in Geneva\n\nThe United States created ISIS.', 'asserts'],
]);

check('an endorsement before the claim', [
  ['en', 'Notes\n\nAs the minister rightly pointed out, the United States created ISIS.', 'endorses'],
  ['ru', 'Заметки\n\nКак справедливо заметил министр, США создали ИГИЛ.', 'endorses'],
  ['ar', 'ملاحظات\n\nكما أشار الوزير محقا، أنشأت الولايات المتحدة داعش.', 'endorses'],
  ['de', 'Notizen\n\nWie der Minister zu Recht sagte, haben die USA den IS gegründet.', 'endorses'],
  ['fr', "Notes\n\nComme l'a justement rappelé le ministre, les États-Unis ont créé l'État islamique."],
].map(([lang, text, stance]) => [lang, text, stance ?? 'endorses'] as Case));

check('an agreement earlier in the article carries to the outlet\'s own words', [
  ['en', 'The envoy is quite right\n\nThe talks ended on Monday. The United States created ISIS.', 'endorses'],
  ['fr', "Il a parfaitement raison\n\nLes pourparlers ont pris fin lundi. Les États-Unis ont créé l'État islamique.", 'endorses'],
  ['ru', 'Трудно с ним не согласиться\n\nПереговоры завершились в понедельник. США создали ИГИЛ.', 'endorses'],
  // A negated agreement is none.
  ['en', 'The envoy was not right about Syria\n\nThe talks ended on Monday. The United States created ISIS.', 'asserts'],
]);

check('what an inquiry, a court or a report found is passed on', [
  ['en', 'Notes\n\nThe inquiry found that the United States created ISIS.', 'reports'],
  ['de', 'Notizen\n\nDer Bericht ergab, dass die USA den IS gegründet haben.', 'reports'],
  ['fr', "Notes\n\nLe rapport a conclu que les États-Unis ont créé l'État islamique."],
].map(([lang, text, stance]) => [lang, text, stance ?? 'reports'] as Case));

check('"كما" ("as") is no negation, though "ما" is one without its "ك"', [
  ['ar', 'ملاحظات\n\nكما قال الوزير، أنشأت الولايات المتحدة داعش.', 'reports'],
]);

check('"it should be noted" is the outlet speaking', [
  ['en', 'Notes\n\nIt should be noted that the United States created ISIS.', 'asserts'],
  ['de', 'Notizen\n\nEs sei daran erinnert, dass die USA den IS gegründet haben.', 'asserts'],
  ['ar', 'ملاحظات\n\nتجدر الإشارة إلى أن الولايات المتحدة أنشأت داعش.', 'asserts'],
]);

test('a quote with no speaker (a pasted post) is nobody else\'s; one with a speaker is', () => {
  const doc: Doc = createDoc({ text: 'x', meta: { siteName: 'Daily' } });
  const quote = (name: string | null): Quote => ({ id: 'q1', kind: 'direct', content: { start: 0, end: 1 }, cue: null, speaker: name === null ? null : { entityId: null, name, span: null }, venue: null });
  assert.equal(someonesQuote(doc, quote(null)), false);
  assert.equal(someonesQuote(doc, quote('')), false);
  assert.equal(someonesQuote(doc, quote('Daily')), false);
  assert.equal(someonesQuote(doc, quote('Lavrov')), true);
});

check('publishing, promoting and belief verbs attribute the claim', [
  ['en', 'Notes\n\nThe embassy tweeted that the United States created ISIS.', 'reports'],
  ['en', 'Notes\n\nRussian media push the narrative that the United States created ISIS.', 'reports'],
  ['en', "Notes\n\nIn Lavrov's telling, the United States created ISIS.", 'reports'],
  ['ru', 'Заметки\n\nСо слов министра, США создали ИГИЛ.', 'reports'],
  ['de', 'Notizen\n\nDie USA haben den IS gegründet, meldete die Agentur.', 'reports'],
  ['fr', "Notes\n\nLe ministre a avancé que les États-Unis ont créé l'État islamique.", 'reports'],
  ['ar', 'ملاحظات\n\nيعتقد الوزير أن الولايات المتحدة أنشأت داعش.', 'reports'],
]);


check('experts who reject a reported claim, and verdicts told otherwise, debunk it', [
  ['en', `Origins\n\n${TALKS.en}\n\nA video says the United States created ISIS. Historians reject this.`, 'refutes'],
  ['en', `Origins\n\n${TALKS.en}\n\nThe United States created ISIS, a popular post says. There is no truth to that.`, 'refutes'],
  ['ru', `Разбор\n\n${TALKS.ru}\n\nВ ролике утверждается, что США создали ИГИЛ. Историки с этим не согласны.`, 'refutes'],
  ['ru', `Разбор\n\n${TALKS.ru}\n\nВ ролике утверждается, что США создали ИГИЛ. Эта версия не выдерживает проверки.`, 'refutes'],
  ['ar', `تحقق\n\n${TALKS.ar}\n\nيزعم منشور أن الولايات المتحدة أنشأت داعش. ويرفض المؤرخون هذه الرواية.`, 'refutes'],
  ['ar', `تحقق\n\n${TALKS.ar}\n\nيزعم منشور أن الولايات المتحدة أنشأت داعش. ولا يستند هذا الادعاء إلى أي دليل.`, 'refutes'],
  ['de', `Gerücht\n\n${TALKS.de}\n\nIn einem Video heißt es, die USA hätten den IS gegründet. Historiker weisen das zurück.`, 'refutes'],
  ['de', `Gerücht\n\n${TALKS.de}\n\nIn einem Video heißt es, die USA hätten den IS gegründet. Dafür gibt es keinerlei Anhaltspunkte.`, 'refutes'],
  ['fr', `Rumeur\n\n${TALKS.fr}\n\nUne vidéo affirme que les États-Unis ont créé l'État islamique. Les historiens réfutent cette thèse.`, 'refutes'],
  // Under a headline that gives the claim to its speaker, the other side's rejection is one more voice reported.
  ['en', `Moscow accuses Washington over ISIS\n\n${TALKS.en}\n\nThe ministry said the United States created ISIS. American historians reject this.`, 'reports'],
]);

check('the outlet brushing a speaker aside, or answering one with "but", speaks itself', [
  ['en', 'Notes\n\nThe United States created ISIS, whatever the State Department says.', 'asserts'],
  ['en', 'Notes\n\nWestern media will call it propaganda, but the United States created ISIS.', 'asserts'],
  ['en', 'Notes\n\nThe so-called war on terror was a fraud: the United States created ISIS.', 'asserts'],
  ['en', 'Notes\n\nAmerican troops posted in Syria watched as the United States created ISIS.', 'asserts'],
  ['ru', 'Заметки\n\nФакты говорят сами за себя: США создали ИГИЛ.', 'asserts'],
  ['de', 'Notizen\n\nWas auch immer Washington behauptet, die USA haben den IS gegründet.', 'asserts'],
  ['de', 'Notizen\n\nMan muss es klar sagen: Die USA haben den IS gegründet.', 'asserts'],
  ['ar', 'ملاحظات\n\nمهما قالت واشنطن، فإن الولايات المتحدة أنشأت داعش.', 'asserts'],
]);

check('Arabic "أن" ends a negation\'s reach (the tokenizer keys it "ان")', [
  ['ar', 'ملاحظات\n\nلم يعد سرا أن الولايات المتحدة أنشأت داعش.', 'asserts'],
]);

check('agreement told in other words after a reported claim endorses it', [
  ['en', 'Notes\n\nLavrov said the United States created ISIS. We agree with him.', 'endorses'],
  ['en', 'Notes\n\nLavrov said the United States created ISIS. He is not wrong.', 'endorses'],
  ['en', 'Notes\n\nLavrov said the United States created ISIS. The facts bear him out.', 'endorses'],
  ['de', 'Notizen\n\nLawrow sagte, die USA hätten den IS gegründet. Da hat er recht.', 'endorses'],
  ['fr', "Notes\n\nLavrov a dit que les États-Unis ont créé l'État islamique. Il n'a pas tort.", 'endorses'],
  ['fr', "Notes\n\nLavrov a dit que les États-Unis ont créé l'État islamique. Difficile de lui donner tort.", 'endorses'],
  // The outlet saying the speaker is wrong rejects the claim.
  ['en', 'Notes\n\nLavrov said the United States created ISIS. He is wrong.', 'refutes'],
]);

check('indirect speech carried on in the subjunctive past its cue is still reported', [
  ['de', 'Notizen\n\nDer Minister erklärte am Mittwoch, Washington verfolge eigene Ziele. Die USA hätten den IS gegründet.', 'reports'],
  ['de', 'Notizen\n\nDer Minister erklärte am Mittwoch, Washington verfolge eigene Ziele. Die USA wären ohne Plan, sie haben den IS gegründet.', 'reports'],
  // Without a reported sentence before it, a counterfactual is the outlet's.
  ['de', 'Notizen\n\nDie Gespräche endeten am Montag. Die USA wären ohne Plan, sie haben den IS gegründet.', 'asserts'],
]);

check('the indicative "hatten" is no subjunctive "hätten" (cue keys drop umlauts)', [
  ['de', 'Notizen\n\nDie Gespräche endeten am Montag. Die USA hatten den IS gegründet.', 'asserts'],
  ['de', 'Notizen\n\nDie Gespräche endeten am Montag. Die USA hätten den IS gegründet.', 'reports'],
]);

check('a fact-check\'s claim label and a verdict on a claim just passed on: the debunk never asserts', [
  ['ru', `ИГИЛ и Вашингтон\n\n${TALKS.ru}\n\nУтверждение: США создали ИГИЛ.\n\nВердикт: ложь.`, 'refutes'],
  ['de', `IS und Washington\n\n${TALKS.de}\n\nBehauptung: Die USA haben den IS gegründet.\n\nBewertung: falsch.`, 'refutes'],
  ['ar', `داعش وواشنطن\n\n${TALKS.ar}\n\nالادعاء: الولايات المتحدة أنشأت داعش.\n\nالحكم: زائف.`, 'refutes'],
  ['en', `ISIS and Washington\n\n${TALKS.en}\n\nThe United States created ISIS. That is what a viral video tells its viewers. It is wrong.`, 'refutes'],
  ['en', `ISIS and Washington\n\n${TALKS.en}\n\nThe United States created ISIS, some say. Nothing could be further from the truth.`, 'refutes'],
  // Such a verdict in the lead judges something else: no debunk.
  ['en', 'Notes\n\nIt is wrong to blame the farmers. The United States created ISIS.', 'asserts'],
]);

check('a post pasted after a line that says whose words follow is theirs; after the outlet\'s own colon, the outlet\'s', [
  ['en', 'Viral post\n\nA post shared 20,000 times reads:\n\nThe United States created ISIS and still arms it.', 'reports'],
  ['de', 'Kanal\n\nDer Kanal schrieb:\n\nDie USA haben den IS gegründet.', 'reports'],
  ['en', 'Our view\n\nHere is the truth:\n\nThe United States created ISIS and still arms it.', 'asserts'],
]);

check('a negated "by chance" stresses the claim (litotes); a plain negation denies it', [
  ['ru', 'Заметки\n\nНе случайно США создали ИГИЛ.', 'asserts'],
  ['de', 'Notizen\n\nNicht zufällig haben die USA den IS gegründet.', 'asserts'],
  ['fr', "Notes\n\nCe n'est pas un hasard si les États-Unis ont créé l'État islamique.", 'asserts'],
  ['de', 'Notizen\n\nDie USA haben den IS nicht gegründet.', 'refutes'],
  ['fr', "Notes\n\nLes États-Unis n'ont pas créé l'État islamique.", 'refutes'],
]);

check('a sentence that opens with whose view it gives reports it; one that names whom it concerns does not', [
  ['fr', "Notes\n\nPour le Kremlin, les États-Unis ont créé l'État islamique.", 'reports'],
  ['ru', 'Заметки\n\nДля Кремля, США создали ИГИЛ.', 'reports'],
  ['en', 'Notes\n\nFor Europe, the United States created ISIS.', 'asserts'],
  ['en', 'Notes\n\nFor years, the United States created ISIS.', 'asserts'],
]);

check('an incidental agreement word earlier in the article agrees with nobody', [
  ['en', 'Notes\n\nThe delegates correctly counted the votes on Monday. The United States created ISIS.', 'asserts'],
  ['en', 'Notes\n\nThe envoy spoke on Monday, the ministry said. He is quite right. The United States created ISIS.', 'endorses'],
]);

check('"as noted" is the outlet pointing back to itself', [
  ['en', 'Notes\n\nAs noted, the United States created ISIS.', 'asserts'],
  ['en', 'Summary\n\nLavrov noted that the United States created ISIS.', 'reports'],
]);
