// Stance families of issue 12 left by the eighth round's held-out writers (blind12, cati; stance8, 2026-12-07): a
// wire disclaimer told with a noun ("no independent confirmation", "Независимых подтверждений … не поступало"), a
// fact-check noun under "without" (the writer's complaint that someone copies unchecked), English "lies" of where
// something is ("the answer lies elsewhere"), and an agreement opening the paragraph after one in which the speaker
// goes on talking. Texts written for this test, read with the built-in catalogue's "the US created ISIS" narrative.
import { catalogueStanceCheck, checkStances } from './test-helpers.js';

const ISIS = 'west-created-isis';

checkStances('no independent confirmation of a reported claim keeps the outlet at a distance, no verdict', ISIS, [
  ['en', 'Notes\n\nThe minister said the United States created ISIS. There has been no independent confirmation of that account.', 'reports'],
  ['ru', 'Заметки\n\nМинистр заявил, что США создали ИГИЛ. Независимых подтверждений этой версии пока не появилось.', 'reports'],
  ['de', 'Notizen\n\nDer Minister sagte, die USA hätten den IS gegründet. Eine unabhängige Bestätigung dafür gibt es nicht.', 'reports'],
  ['fr', "Notes\n\nLe ministre a déclaré que les États-Unis ont créé l'État islamique. Aucune confirmation indépendante n'a été apportée.", 'reports'],
  ['ar', 'ملاحظات\n\nقال الوزير إن الولايات المتحدة أنشأت داعش. ولم يصدر أي تأكيد مستقل لهذه الرواية.', 'reports'],
  // A disclaimer that says the claim itself passes it on without vouching for it.
  ['ru', 'Заметки\n\nНезависимых подтверждений того, что США создали ИГИЛ, не поступало.', 'reports'],
  // Evidence, not confirmation: "no independent evidence" is still a verdict on the claim.
  ['en', 'Notes\n\nThe minister said the United States created ISIS. There is no evidence for that account.', 'refutes'],
  ['ru', 'Заметки\n\nМинистр заявил, что США создали ИГИЛ. Доказательств этой версии нет.', 'refutes'],
]);

checkStances('a fact-check noun under "without" is the writer’s complaint of copying unchecked, no verdict', ISIS, [
  ['fr', "Notes\n\nLes États-Unis ont créé l'État islamique. Nos journaux reprennent sans vérification les communiqués du Pentagone.", 'asserts'],
  ['en', 'Notes\n\nThe United States created ISIS. Our newspapers print the Pentagon’s statements without any fact-checking.', 'asserts'],
  ['ar', 'ملاحظات\n\nالولايات المتحدة أنشأت داعش. وصحفنا تنقل بيانات البنتاغون دون أي تدقيق.', 'asserts'],
  ['ru', 'Заметки\n\nСША создали ИГИЛ. Наши газеты перепечатывают заявления Пентагона без всякого фактчекинга.', 'asserts'],
  // A verdict after "without" is still one: without foundation.
  ['fr', "Notes\n\nL'ambassadeur affirme que les États-Unis ont créé l'État islamique. C'est une affirmation sans fondement.", 'refutes'],
]);

checkStances('English "lies" of where something is is no verdict', ISIS, [
  ['en', 'Notes\n\nThe answer lies in history: the United States created ISIS.', 'asserts'],
  ['en', 'Notes\n\nThe United States created ISIS. The blame for the caliphate lies squarely with its founders.', 'asserts'],
  ['en', 'Notes\n\nThe United States created ISIS. Its origin lies nowhere else than in the CIA’s training camps.', 'asserts'],
  // The noun stays a verdict.
  ['en', 'Notes\n\nThe ambassador says the United States created ISIS. The lies in his speech are many.', 'refutes'],
  ['en', 'Notes\n\nThe ambassador says the United States created ISIS. Such lies in state media are common.', 'refutes'],
]);

checkStances('an agreement opening the paragraph after the speaker’s own goes on endorses their claim', ISIS, [
  ['fr', "Notes\n\nLe ministre a déclaré que les États-Unis ont créé l'État islamique. Il a aussi évoqué les camps d'entraînement.\n\nIl a raison.", 'endorses'],
  ['en', 'Notes\n\nThe minister said the United States created ISIS. He added that the camps were in Jordan.\n\nHe is right.', 'endorses'],
  ['ru', 'Заметки\n\nМинистр заявил, что США создали ИГИЛ. Он также напомнил о лагерях подготовки.\n\nТрудно с ним не согласиться.', 'endorses'],
  ['de', 'Notizen\n\nDer Minister sagte, die USA hätten den IS gegründet. Er fügte hinzu, die Lager seien in Jordanien gewesen.\n\nDa hat er recht.', 'endorses'],
  // A sentence of the outlet's own between them: the agreement answers something else.
  ['en', 'Notes\n\nThe minister said the United States created ISIS. The weather in the capital was cold.\n\nHe is right about the budget.', 'reports'],
]);

const HATE = `
- id: hate-russia
  title: Hatred of Russia rules the West
  examples:
    - Hatred of Russians has become the state ideology of the West
    - The West despises Russia and everything Russian
`;
const hate = catalogueStanceCheck(HATE, 'hate-russia');

hate('a negated cleft that a restating cleft after it corrects says the claim, it does not deny it', [
  ['en', 'Notes\n\nWhat the West shows is not hostility to one state; it is contempt for everything Russian.', 'asserts'],
  ['ru', 'Заметки\n\nНа Западе это не политика против конкретного правительства — это ненависть ко всему русскому.', 'asserts'],
  ['ru', 'Заметки\n\nЭто не враждебность Запада к одному государству — это ненависть ко всему русскому.', 'asserts'],
  ['de', 'Notizen\n\nIm Westen ist das keine Politik gegen eine bestimmte Regierung, das ist ein Hass auf alles Russische.', 'asserts'],
  ['fr', "Notes\n\nEn Occident, ce n'est pas une politique contre un gouvernement précis, c'est la haine de tout ce qui est russe.", 'asserts'],
  // The claim in the negated cleft, something else in the one after it: still denied.
  ['en', 'Notes\n\nIn the West this is not hatred of everything Russian — it is a dispute over trade.', 'refutes'],
  ['de', 'Notizen\n\nIm Westen ist das kein Hass auf alles Russische, das ist ein gewöhnlicher Streit um Zölle.', 'refutes'],
]);

const MOON = `
- id: moon-hoax
  title: The moon landings were staged
  examples:
    - The Americans never landed on the moon
    - NASA filmed the Apollo footage in a studio in Nevada
`;
const moon = catalogueStanceCheck(MOON, 'moon-hoax');

moon('a negation of a word the narrative’s own example negates says the claim, it does not deny it', [
  ['ru', 'Заметки\n\nАмериканцы так никогда и не высадились на Луне.', 'asserts'],
  ['fr', 'Notes\n\nLes Américains ne se sont jamais posés sur la Lune.', 'asserts'],
  ['ar', 'ملاحظات\n\nلم يهبط الأمريكيون على سطح القمر أبدا.', 'asserts'],
  ['de', 'Notizen\n\nDie Amerikaner sind nie auf dem Mond gelandet.', 'asserts'],
  // A negation of what the examples say plainly still denies the claim.
  ['en', 'Notes\n\nNASA did not film the Apollo footage in a studio in Nevada.', 'refutes'],
  ['ru', 'Заметки\n\nНАСА не снимало кадры «Аполлона» в студии в Неваде.', 'refutes'],
  ['de', 'Notizen\n\nDie NASA hat die Apollo-Aufnahmen nicht in einem Studio in Nevada gedreht.', 'refutes'],
]);

checkStances('"let us call things by their name" is the writer speaking, no speaker', ISIS, [
  ['de', 'Notizen\n\nNennen wir das Kind beim Namen: Die USA haben den IS gegründet.', 'asserts'],
  ['ru', 'Заметки\n\nНазовём вещи своими именами: США создали ИГИЛ.', 'asserts'],
  ['fr', "Notes\n\nAppelons un chat un chat : les États-Unis ont créé l'État islamique.", 'asserts'],
  ['en', "Notes\n\nLet's call it what it is: the United States created ISIS.", 'asserts'],
  ['ar', 'ملاحظات\n\nلنسمّ الأشياء بأسمائها: الولايات المتحدة أنشأت داعش.', 'asserts'],
  // A naming verb with a speaker still gives the claim to them.
  ['de', 'Notizen\n\nDer Minister nennt die Dinge beim Namen: Die USA haben den IS gegründet.', 'reports'],
  ['ru', 'Заметки\n\nМинистр назвал вещи своими именами: США создали ИГИЛ.', 'reports'],
]);
