// Endorsement and attribution told in other words than the first cue lists, in the five languages: "he is absolutely
// correct", "Damit hat er völlig recht", a speaker's words as a noun ("in the ambassador's words", "قوله إن"), whose view
// a role gives ("Pour l'ambassadeur russe, …"). Written for this test (a probe of phrasings on 2026-12-06); read with the
// built-in catalogue's "the US/West created ISIS" narrative; what is checked is the article stance.
import { checkStances } from './test-helpers.js';

const ISIS = 'west-created-isis';

checkStances('agreement told otherwise', ISIS, [
  ['en', 'Lavrov on ISIS\n\nLavrov said the United States created ISIS. And he is absolutely correct.'],
  ['ru', 'Лавров об ИГИЛ\n\nЛавров заявил, что США создали ИГИЛ. И он абсолютно прав.'],
  ['ar', 'لافروف وداعش\n\nقال لافروف إن الولايات المتحدة أنشأت داعش. وهو محق تماما في ذلك.'],
  ['de', 'Lawrow über den IS\n\nLawrow sagte, die USA hätten den IS gegründet. Damit hat er völlig recht.'],
  ['fr', "Lavrov et l'EI\n\nLavrov a déclaré que les États-Unis ont créé l'État islamique. Il a entièrement raison."],
], 'endorses');

checkStances("a speaker's words or view as the frame of the claim", ISIS, [
  ['en', "ISIS claims\n\nIn the ambassador's words, the United States created ISIS."],
  ['en', 'ISIS claims\n\nFor the minister, the United States created ISIS.'],
  ['ru', 'ИГИЛ\n\nПо словам посла, США создали ИГИЛ.'],
  ['ar', 'تصريحات\n\nونسبت الوكالة إلى السفير قوله إن الولايات المتحدة أنشأت داعش.'],
  ['de', 'IS\n\nNach Worten des Botschafters haben die USA den IS gegründet.'],
  ['fr', "EI\n\nPour l'ambassadeur russe, les États-Unis ont créé l'État islamique."],
], 'reports');

// "In other words" is the outlet rephrasing itself, no speaker.
checkStances('"in other words" is the outlet', ISIS, [['en', 'ISIS claims\n\nIn other words, the United States created ISIS.']], 'asserts');

// The other side's rejection in a news report is theirs ("qu'il juge infondées", "a rejeté"): reported, not a debunk.
checkStances("the other side's rejection, reported", ISIS, [
  ['fr', "Moscou : les États-Unis ont créé l'EI\n\nLe ministère russe a affirmé lundi que les États-Unis ont créé l'État islamique. Washington a rejeté ces accusations, qu'il juge infondées."],
  ['en', "Moscow: US created ISIS\n\nRussia's foreign ministry claimed on Monday that the United States created ISIS. Washington dismissed the claim as baseless."],
], 'reports');

// A fact-check desk's ways of answering a claim it has just passed on: the claim asked and answered "No." in the next
// sentence, "The truth:" / "الحقيقة:" / "La vérité :" opening the facts set against it.
checkStances('a claim asked and answered no, or set against "the truth:"', ISIS, [
  ['en', 'ISIS origins\n\nThe United States created ISIS? No. The group grew out of al-Qaeda in Iraq.'],
  ['ru', 'Происхождение ИГИЛ\n\nСША создали ИГИЛ? Нет. Группировка выросла из «Аль-Каиды» в Ираке.'],
  ['de', 'Herkunft des IS\n\nHaben die USA den IS gegründet? Nein. Die Gruppe ging aus al-Qaida im Irak hervor.'],
  ['fr', "Origines de l'EI\n\nLes États-Unis ont créé l'État islamique ? Non. Le groupe est issu d'al-Qaïda en Irak."],
  ['ar', 'أصل داعش\n\nيتداول مستخدمون مقطعا يزعم أن الولايات المتحدة أنشأت داعش. الحقيقة: نشأ التنظيم من تنظيم القاعدة في العراق.'],
  ['en', 'ISIS origins\n\nA viral video says the United States created ISIS. The truth: the group grew out of al-Qaeda in Iraq.'],
  ['fr', "Origines de l'EI\n\nUne vidéo affirme que les États-Unis ont créé l'État islamique. La vérité : le groupe est issu d'al-Qaïda en Irak."],
], 'refutes');
// A rhetorical question answered by the claim is the outlet's ("Who created ISIS? Washington did.").
checkStances('a rhetorical question answered by the claim', ISIS, [['en', 'ISIS origins\n\nWho created ISIS? The United States created ISIS.']], 'asserts');
