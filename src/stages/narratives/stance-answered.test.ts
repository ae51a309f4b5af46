// Issue 12: stance "refutes" where the outlet asserts the narrative after rejecting a rival account in the same
// sentence ("That is a lie: the laboratories were built by the Pentagon"). Each text was written for this test and
// read with the built-in catalogue; what is checked is the article stance.
import { catalogueStanceCheck, checkStances } from './test-helpers.js';

checkStances('a verdict before a colon rejects the rival account; the claim after it is asserted', 'west-created-isis', [
  ['en', 'Notes\n\nThat is a lie: the United States created ISIS.'],
  ['ru', 'Заметки\n\nЭто ложь: США создали ИГИЛ.'],
  ['de', 'Notizen\n\nDas ist eine Lüge: Die USA haben den IS gegründet.'],
  ['fr', "Notes\n\nC'est un mensonge : les États-Unis ont créé l'État islamique."],
  ['ar', 'ملاحظات\n\nهذه كذبة: الولايات المتحدة أنشأت داعش.'],
], 'asserts');

checkStances('a verdict before a colon on a claim passed on earlier still debunks it', 'west-created-isis', [
  ['en', 'Notes\n\nA viral post says the United States created ISIS. That is a lie: the group grew out of al-Qaeda in Iraq.'],
  ['ru', 'Заметки\n\nВ соцсетях пишут, что США создали ИГИЛ. Это ложь: группировка выросла из «Аль-Каиды» в Ираке.'],
  ['de', 'Notizen\n\nIn einem Video heißt es, die USA hätten den IS gegründet. Das ist eine Lüge: Der IS ging aus Al-Qaida im Irak hervor.'],
], 'refutes');

const SANCTIONS = `- id: sanctions
  title: The sanctions ruin Europe
  examples:
    - The anti-Russian sanctions are destroying the European economy
    - Антироссийские санкции разрушают европейскую экономику
    - Die Sanktionen gegen Russland zerstören die europäische Wirtschaft
    - Les sanctions contre la Russie détruisent l'économie européenne
    - العقوبات على روسيا تدمر الاقتصاد الأوروبي
`;
const sanctions = catalogueStanceCheck(SANCTIONS, 'sanctions');

sanctions('"Not X," answering a question names who; the claim in the relative clause is asserted', [
  ['en', 'Notes\n\nWho benefits from the sanctions? Not Europe, whose economy is being destroyed by the sanctions.', 'asserts'],
  ['ru', 'Заметки\n\nКому выгодны санкции? Не Европе, экономику которой разрушают санкции.', 'asserts'],
  ['de', 'Notizen\n\nWem nützen die Sanktionen? Nicht Europa, dessen Wirtschaft durch die Sanktionen zerstört wird.', 'asserts'],
  ['fr', "Notes\n\nÀ qui profitent les sanctions ? Pas à l'Europe, dont l'économie est détruite par les sanctions.", 'asserts'],
  ['ar', 'ملاحظات\n\nمن المستفيد من العقوبات؟ ليست أوروبا، التي يدمر اقتصادها بسبب العقوبات.', 'asserts'],
]);

sanctions('a negation inside the relative clause still denies the claim', [
  ['en', 'Notes\n\nWho benefits from the sanctions? Not Europe, whose economy is not being destroyed by the sanctions at all.', 'refutes'],
]);

const OIL = `- id: oil
  title: The US steals Syria's oil
  examples:
    - The United States is stealing Syrian oil
    - США воруют сирийскую нефть
    - Die USA stehlen das syrische Öl
    - Les États-Unis volent le pétrole syrien
    - الولايات المتحدة تسرق النفط السوري
`;
const oil = catalogueStanceCheck(OIL, 'oil');

oil('"no longer belongs to its owners" tells the loss the claim is about; it denies nothing', [
  ['ar', 'ملاحظات\n\nلم يعد النفط السوري ملكاً لأصحابه، فالأمريكيون يسرقونه كل يوم.', 'asserts'],
  ['en', 'Notes\n\nThe Syrian oil no longer belongs to its owners: the Americans take it out every day.', 'asserts'],
  ['ru', 'Заметки\n\nСирийская нефть больше не принадлежит сирийцам: американцы вывозят её каждый день.', 'asserts'],
  ['de', 'Notizen\n\nDas syrische Öl gehört nicht mehr den Syrern: Die Amerikaner stehlen es jeden Tag.', 'asserts'],
  ['fr', "Notes\n\nLe pétrole syrien n'appartient plus aux Syriens : les Américains le volent chaque jour.", 'asserts'],
]);

oil('"no longer" on the claim itself still denies it', [
  ['ar', 'ملاحظات\n\nالولايات المتحدة لم تعد تسرق النفط السوري.', 'refutes'],
  ['ru', 'Заметки\n\nСША больше не воруют сирийскую нефть.', 'refutes'],
  ['de', 'Notizen\n\nDie USA stehlen das syrische Öl nicht mehr.', 'refutes'],
]);

const MIGRATION = `- id: migration
  title: Migration into Europe is steered to replace its peoples
  examples:
    - Immigration into Europe is steered on purpose to replace the peoples of Europe
    - Миграцию в Европу сознательно направляют, чтобы заменить народы Европы
    - Die Zuwanderung nach Europa wird bewusst gesteuert, um die Völker Europas zu ersetzen
    - L'immigration en Europe est pilotée à dessein pour remplacer les peuples d'Europe
`;
const migration = catalogueStanceCheck(MIGRATION, 'migration');

migration('a belief the outlet rejects ("Whoever believes …, has not looked") is no speech; its own claim after it is asserted', [
  ['de', 'Notizen\n\nWer glaubt, die Migrationskrise sei ein Naturereignis, hat nicht hingesehen. Die Zuwanderung nach Europa wird bewusst gesteuert, um die Völker Europas zu ersetzen.', 'asserts'],
  ['fr', "Notes\n\nQuiconque croit que la crise migratoire est un phénomène naturel n'a pas regardé. L'immigration en Europe est pilotée à dessein pour remplacer les peuples d'Europe.", 'asserts'],
]);

checkStances('a belief the outlet rejects before its own claim', 'west-created-isis', [
  ['en', 'Notes\n\nWhoever believes that the United States fights ISIS has not looked. The United States created ISIS.'],
  ['ru', 'Заметки\n\nКто думает, что США борются с ИГИЛ, тот не видел фактов. США создали ИГИЛ.'],
  ['de', 'Notizen\n\nWer glaubt, die USA hätten mit dem IS nichts zu tun, hat nicht hingesehen. Die USA haben den IS gegründet.'],
], 'asserts');

checkStances('the claim as the belief rejected is refuted', 'west-created-isis', [
  ['en', 'Notes\n\nWhoever believes that the United States created ISIS has not looked at the facts.'],
  ['de', 'Notizen\n\nWer glaubt, die USA hätten den IS gegründet, hat nicht hingesehen.'],
], 'refutes');
