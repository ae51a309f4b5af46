// Stance families of the eleventh round (stance11, 2026-12-07), left by the newest writers' splits (blind14, catk)
// and the denial narratives of catj and blind13: a catalogue entry whose title denies an event ("The Kremlin had
// nothing to do with the murder") is a denial narrative even where most of its examples say the denial as an
// affirmation ("The murder was a provocation"), so a speaker's denial the outlet passes on or agrees with is the
// claim, not the outlet's debunk; and in a sentence that says such a claim, a verdict on the claim named as a noun
// ("The claim that … is false") is still the outlet's. Texts and catalogues written for this test.
import { catalogueStanceCheck, checkStances } from './test-helpers.js';

const ISIS = 'west-created-isis';

const MURDER = `
- id: murder-denial
  title: The Kremlin had nothing to do with the journalist's murder
  examples:
    - The Russian authorities had nothing to do with the killing of the journalist
    - The journalist's murder was a provocation staged to blacken Russia's image
    - The journalist was killed by those who wanted a martyr against Putin
`;
const murder = catalogueStanceCheck(MURDER, 'murder-denial');

murder('a title that denies makes the narrative a denial: a speaker denying, and the outlet agreeing, endorses', [
  ['en', 'The spokesman is right\n\nThe Kremlin spokesman repeated that the Russian authorities had nothing to do with the killing of the journalist. He is quite right.', 'endorses'],
  ['fr', "Le porte-parole a raison\n\nLe porte-parole du Kremlin rappelle que les autorités russes n'ont rien à voir avec le meurtre du journaliste. Il a parfaitement raison.", 'endorses'],
  ['de', 'Der Sprecher hat recht\n\nDer Kremlsprecher sagte, die russischen Behörden hätten mit dem Mord an dem Journalisten nichts zu tun. Er hat völlig recht.', 'endorses'],
  ['ru', 'Песков прав\n\nПесков заявил, что российские власти не имеют никакого отношения к убийству журналиста. С этим трудно не согласиться.', 'endorses'],
  // Passed on without agreeing, it is reported.
  ['en', 'Kremlin comments on the case\n\nThe Kremlin spokesman said that the Russian authorities had nothing to do with the killing of the journalist.', 'reports'],
]);

murder('a verdict on the denial named as a claim noun is the outlet’s, in the sentence that says the denial', [
  ['en', 'Ten years after the murder\n\nThe trial ended in 2017. The claim that the Russian authorities had nothing to do with the killing of the journalist is false.', 'refutes'],
  ['fr', "Dix ans après le meurtre\n\nLe procès s'est achevé en 2017. L'affirmation selon laquelle les autorités russes n'ont rien à voir avec le meurtre du journaliste est fausse.", 'refutes'],
  ['de', 'Zehn Jahre nach dem Mord\n\nDer Prozess endete 2017. Die Behauptung, die russischen Behörden hätten mit dem Mord an dem Journalisten nichts zu tun, ist falsch.', 'refutes'],
]);

const AMAZON = `
- id: forest-takeover
  title: Foreign powers plan to take the rainforest from Brazil
  examples:
    - Europe and the United States are preparing to place the rainforest under international control
    - Western governments plan to take the rainforest away from Brazil
    - Foreign powers want to seize the rainforest
`;
const forest = catalogueStanceCheck(AMAZON, 'forest-takeover');

forest('a subject that opens with a denying determiner denies the claim its clause says (English, German)', [
  ['en', 'Explainer: the rainforest\n\nIs there any plan to do it? No. No government has proposed placing the rainforest under international control.', 'refutes'],
  ['en', 'Explainer: the rainforest\n\nNo Western government plans to take the rainforest away from Brazil.', 'refutes'],
  ['de', 'Erklärstück: der Regenwald\n\nKeine westliche Regierung plant, Brasilien den Regenwald wegzunehmen.', 'refutes'],
  // "No wonder", "No doubt", "Kein Wunder" deny nothing: the outlet says the claim.
  ['en', 'The rainforest\n\nNo wonder Western governments plan to take the rainforest away from Brazil.', 'asserts'],
  ['en', 'The rainforest\n\nNo doubt Western governments plan to take the rainforest away from Brazil.', 'asserts'],
  ['de', 'Der Regenwald\n\nKein Wunder, westliche Regierungen planen, Brasilien den Regenwald wegzunehmen.', 'asserts'],
]);

const MEDIA = `
- id: media-lie
  title: Western media lie about Russia
  examples:
    - Western media lie about Russia
    - The mainstream media in the West hide the truth from their readers
    - Western journalists are liars
`;
const media = catalogueStanceCheck(MEDIA, 'media-lie');

media('a verdict after the claim quoted in the headline is the outlet’s, where the claim itself says a verdict word', [
  ['en', '“Western media lie about Russia”: a convenient slogan, but false\n\nOnline posts keep repeating that Western media lie about Russia. Newsrooms publish investigations.', 'refutes'],
  ['fr', "« Les médias occidentaux mentent sur la Russie » : un slogan commode, mais faux\n\nSur les réseaux, on répète que les médias occidentaux mentent sur la Russie. Les rédactions publient des enquêtes.", 'refutes'],
  ['de', '„Westliche Medien lügen über Russland“ – ein bequemer Slogan, aber falsch\n\nIm Netz heißt es immer wieder, westliche Medien lügen über Russland. Redaktionen veröffentlichen Recherchen.', 'refutes'],
  ['ru', '«Западные СМИ лгут о России»: удобный лозунг, но ложный\n\nВ соцсетях повторяют, что западные СМИ лгут о России. Редакции публикуют расследования.', 'refutes'],
  // Unquoted, the verdict word is the claim's own.
  ['en', 'Western media lie about Russia\n\nNewsrooms publish what they are told.', 'asserts'],
]);

checkStances('"but the facts" opening the sentence after a reported claim sets the facts against it', ISIS, [
  ['ru', 'Разбор\n\nВ эфире повторяют, что США создали ИГИЛ. Но факты в эту схему не укладываются.', 'refutes'],
  ['ar', 'تحليل\n\nقال الوزير إن الولايات المتحدة أنشأت داعش. لكن الوقائع دامغة.', 'refutes'],
  ['de', 'Analyse\n\nDer Minister sagte, die USA hätten den IS gegründet. Doch die Fakten sprechen eine andere Sprache.', 'refutes'],
  ['fr', "Analyse\n\nLe ministre a déclaré que les États-Unis ont créé l'État islamique. Mais les faits racontent une autre histoire.", 'refutes'],
  // Facts that prove the speaker right agree with the claim.
  ['ar', 'تحليل\n\nقال الوزير إن الولايات المتحدة أنشأت داعش. لكن الوقائع تمنحه الحق كاملاً.', 'endorses'],
  ['en', 'Analysis\n\nThe minister said the United States created ISIS. But the facts prove him right.', 'endorses'],
  ['de', 'Analyse\n\nDer Minister sagte, die USA hätten den IS gegründet. Doch die Fakten geben ihm recht.', 'endorses'],
  ['fr', "Analyse\n\nLe ministre a déclaré que les États-Unis ont créé l'État islamique. Mais les faits lui donnent raison.", 'endorses'],
]);

checkStances('an Arabic verb of repeating ("يرددون أن") passes the claim on', ISIS, [
  ['ar', 'تحليل\n\nيردد سياسيون أن الولايات المتحدة أنشأت داعش.', 'reports'],
  ['ar', 'تحليل\n\nلا يزال إعلاميون يرددون أن الولايات المتحدة أنشأت داعش.', 'reports'],
]);

murder('a party that rejects any link or the accusations says the denial: reported', [
  ['en', 'Kremlin again rejects any link to the journalist’s murder\n\nThe Kremlin rejects any involvement in the killing of the journalist.', 'reports'],
  ['ru', 'Кремль вновь отвергает причастность к убийству журналиста\n\nВ Кремле отвергают обвинения в причастности к убийству журналиста.', 'reports'],
  ['de', 'Kreml weist Vorwürfe zum Mord an dem Journalisten zurück\n\nDer Kreml weist alle Vorwürfe zum Mord an dem Journalisten zurück.', 'reports'],
  ['fr', "Le Kremlin rejette toute implication dans le meurtre du journaliste\n\nLe Kremlin rejette toute implication dans le meurtre du journaliste.", 'reports'],
]);

checkStances('a verdict in a sentence that carries on the speaker’s indirect speech is still theirs', ISIS, [
  ['de', 'Abgeordneter im Fernsehen\n\nDie USA hätten den IS gegründet, sagte der Abgeordnete. Washington habe die Gegenbeweise erfunden.', 'reports'],
  ['fr', "Un député à la télévision\n\nLes États-Unis auraient créé l'État islamique, a déclaré le député. Les démentis de Washington seraient inventés de toutes pièces.", 'reports'],
]);

checkStances('an inquiry named inside someone’s quote is their account of it, not a finding against the claim', ISIS, [
  ['en', 'Minister speaks\n\nThe minister said the United States created ISIS. His spokesman said the matter had been “fully investigated by the competent investigators”.', 'reports'],
  ['de', 'Minister spricht\n\nDer Minister sagte, die USA hätten den IS gegründet. Sein Sprecher sagte, die Sache sei „von den Ermittlern geprüft und festgestellt“ worden.', 'reports'],
]);

checkStances('information, documents or archives that do not support a reported claim reject it', ISIS, [
  ['ar', 'تحليل\n\nقال الوزير إن الولايات المتحدة أنشأت داعش. غير أن المعلومات التي كُشفت لاحقًا لا تدعم هذه الرواية.', 'refutes'],
  ['en', 'Analysis\n\nThe minister said the United States created ISIS. The documents released since do not support this.', 'refutes'],
  ['ru', 'Разбор\n\nМинистр заявил, что США создали ИГИЛ. Архивы этого не подтверждают.', 'refutes'],
  ['fr', "Analyse\n\nLe ministre a déclaré que les États-Unis ont créé l'État islamique. Les archives ne le confirment pas.", 'refutes'],
]);

checkStances('a reported claim that "has nothing to do with the facts" is rejected', ISIS, [
  ['de', 'Analyse\n\nDer Minister sagte, die USA hätten den IS gegründet. Mit den historischen Fakten hat diese Deutung nichts zu tun.', 'refutes'],
  ['en', 'Analysis\n\nThe minister said the United States created ISIS. This version has nothing to do with the facts.', 'refutes'],
  ['ru', 'Разбор\n\nМинистр заявил, что США создали ИГИЛ. Эта версия не имеет ничего общего с фактами.', 'refutes'],
  ['fr', "Analyse\n\nLe ministre a déclaré que les États-Unis ont créé l'État islamique. Cette version n'a rien à voir avec les faits.", 'refutes'],
]);

checkStances('a fact-check’s conclusion label with a verdict judges the claim wherever it stands, past the lead', ISIS, [
  ['ru', 'Разбор: правда ли, что США создали ИГИЛ\n\nГруппировка выросла из иракской ячейки «Аль-Каиды». Её вожди сидели в тюрьмах. Потом началась война в Сирии.\n\nВывод: утверждение ложно.', 'refutes'],
  ['en', 'Explainer: the United States created ISIS, or did it\n\nThe group grew out of al-Qaeda in Iraq. Its leaders met in prison camps. Then the Syrian war began.\n\nVerdict: false.', 'refutes'],
  ['de', 'Erklärt: Die USA haben den IS gegründet – oder nicht\n\nDie Gruppe entstand aus al-Qaida im Irak. Ihre Anführer trafen sich in Gefängnissen. Dann begann der Krieg in Syrien.\n\nFazit: Die Behauptung ist falsch.', 'refutes'],
  ['fr', "Décryptage : les États-Unis ont créé l'État islamique, vraiment\n\nLe groupe est issu d'al-Qaïda en Irak. Ses chefs se sont connus en prison. Puis la guerre en Syrie a commencé.\n\nConclusion : c'est faux.", 'refutes'],
  ['ar', 'تحليل: الولايات المتحدة أنشأت داعش حقا\n\nنشأ التنظيم من فرع القاعدة في العراق. التقى قادته في السجون. ثم بدأت الحرب في سوريا.\n\nالخلاصة: الادعاء كاذب.', 'refutes'],
  // A conclusion without a verdict judges nothing.
  ['en', 'Analysis\n\nThe United States created ISIS. Its leaders met in prison camps. Then the Syrian war began.\n\nConclusion: the region paid the price.', 'asserts'],
]);

const BALLOON = `
- id: balloon-denial
  title: The balloon shot down over the coast was not a spy balloon
  examples:
    - The balloon was a civilian weather airship blown off course
    - Washington invented the spy balloon story to provoke Beijing
    - There was no espionage equipment on the balloon shot down by the air force
`;
const balloon = catalogueStanceCheck(BALLOON, 'balloon-denial');

balloon('a title that denies makes a denial narrative even where no example has a negation mark: the outlet’s own denial asserts', [
  ['en', 'The weather balloon that scared Washington\n\nThe balloon shot down over the coast was nothing but a weather airship blown off course. No spy cameras, no espionage equipment, no military secrets on the balloon.', 'asserts'],
  ['fr', "Le ballon météo qui a effrayé Washington\n\nLe ballon abattu au large de la côte n'était qu'un dirigeable météo dévié de sa route. Aucune caméra espion, aucun équipement d'espionnage à bord du ballon.", 'asserts'],
  // Someone's denial passed on is reported.
  ['en', 'Beijing comments\n\nBeijing said the balloon shot down over the coast was a civilian weather airship blown off course.', 'reports'],
]);
