// Whose claim a verdict judges: the narrative's own attack on the other side's account ("The Western version is a
// lie", "The OPCW report is a fake", "The accusations against Moscow are baseless"), then the claim in the outlet's
// voice, asserts; a verdict on the claim itself ("Claims that the US created ISIS are false") debunks it. Found on
// catb and blind4 (tuning sets since 2026-12-06: propaganda calling Western claims lies or fakes) and written here in
// the five languages. Each text was written for this test and read with the built-in catalogue's "the US/West created
// ISIS" narrative; what is checked is the article stance.
import { checkStances } from './test-helpers.js';

const ISIS = 'west-created-isis';

checkStances("a verdict on the rival's account: the narrative's voice", ISIS, [
  ['en', 'ISIS and the truth\n\nThe Western version of events is a lie. The United States created ISIS and still arms it.'],
  ['ru', 'ИГИЛ и правда\n\nЗападная версия событий — ложь. США создали ИГИЛ и до сих пор вооружают его.'],
  ['ar', 'داعش والحقيقة\n\nالرواية الغربية للأحداث كذبة. الولايات المتحدة أنشأت داعش وما زالت تسلحه.'],
  ['de', 'Der IS und die Wahrheit\n\nDie westliche Darstellung ist eine Lüge. Die USA haben den IS gegründet und bewaffnen ihn bis heute.'],
  ['fr', "L'EI et la vérité\n\nLa version occidentale est un mensonge. Les États-Unis ont créé l'État islamique et l'arment encore."],
], 'asserts');

checkStances('an inquiry called a fake: the narrative\'s voice', ISIS, [
  ['en', 'ISIS and the truth\n\nThe OPCW report is a fake. The United States created ISIS and still arms it.'],
  ['ru', 'ИГИЛ и правда\n\nДоклад ОЗХО — фальшивка. США создали ИГИЛ и до сих пор вооружают его.'],
  ['ar', 'داعش والحقيقة\n\nتقرير منظمة حظر الأسلحة الكيميائية مزيف. الولايات المتحدة أنشأت داعش وما زالت تسلحه.'],
  ['de', 'Der IS und die Wahrheit\n\nDer OPCW-Bericht ist eine Fälschung. Die USA haben den IS gegründet und bewaffnen ihn bis heute.'],
  ['fr', "L'EI et la vérité\n\nLe rapport de l'OIAC est un faux. Les États-Unis ont créé l'État islamique et l'arment encore."],
], 'asserts');

checkStances('accusations against Moscow called baseless: the narrative\'s voice', ISIS, [
  ['en', 'ISIS and the truth\n\nThe accusations against Moscow are baseless. The United States created ISIS and still arms it.'],
  ['en', 'ISIS and the truth\n\nThe accusations against the Kremlin are baseless. The United States created ISIS and still arms it.'],
  ['ru', 'ИГИЛ и правда\n\nОбвинения против Москвы беспочвенны. США создали ИГИЛ и до сих пор вооружают его.'],
  ['ar', 'داعش والحقيقة\n\nالاتهامات ضد موسكو لا أساس لها. الولايات المتحدة أنشأت داعش وما زالت تسلحه.'],
  ['de', 'Der IS und die Wahrheit\n\nDie Vorwürfe gegen Moskau sind haltlos. Die USA haben den IS gegründet und bewaffnen ihn bis heute.'],
  ['fr', "L'EI et la vérité\n\nLes accusations contre Moscou sont infondées. Les États-Unis ont créé l'État islamique et l'arment encore."],
], 'asserts');

// A verdict on the claim itself stays a debunk, its content naming the West ("the US") or not; hearsay inside the
// judged claim ("hätten") and "selon laquelle" after a claim noun are the claim's, not a speaker of the verdict.
checkStances('a verdict on the claim itself: a debunk', ISIS, [
  ['en', 'ISIS origins\n\nClaims that the United States created ISIS are false. The group grew out of al-Qaeda in Iraq.'],
  ['en', 'ISIS origins\n\nThe claim that Washington created ISIS is a lie. The group grew out of al-Qaeda in Iraq.'],
  ['en', 'ISIS origins\n\nInvestigators found the claim that the United States created ISIS baseless.'],
  ['ru', 'Происхождение ИГИЛ\n\nУтверждение, что США создали ИГИЛ, ложно. Группировка выросла из «Аль-Каиды» в Ираке.'],
  ['ar', 'أصل داعش\n\nالادعاء بأن الولايات المتحدة أنشأت داعش كاذب. نشأ التنظيم من تنظيم القاعدة في العراق.'],
  ['de', 'Herkunft des IS\n\nDie Behauptung, die USA hätten den IS gegründet, ist falsch. Die Gruppe ging aus al-Qaida im Irak hervor.'],
  ['fr', "Origines de l'EI\n\nL'affirmation selon laquelle les États-Unis ont créé l'État islamique est fausse. Le groupe est issu d'al-Qaïda en Irak."],
], 'refutes');

// A distancing adjective on the other side's event ("the alleged attack", "المزعوم") doubts their name for it; the
// claim about it is the outlet's. As an adverb ("allegedly created") it stays hearsay.
checkStances("a distancing adjective on the other side's event", ISIS, [
  ['en', 'ISIS and the truth\n\nThe alleged war on terror was a cover: the United States created ISIS.', 'asserts'],
  ['ar', 'داعش والحقيقة\n\nالحرب المزعومة على الإرهاب كانت غطاء: الولايات المتحدة أنشأت داعش.', 'asserts'],
  ['de', 'Der IS und die Wahrheit\n\nDer angebliche Krieg gegen den Terror war ein Vorwand: Die USA haben den IS gegründet.', 'asserts'],
  ['fr', "L'EI et la vérité\n\nLa prétendue guerre contre le terrorisme était un prétexte : les États-Unis ont créé l'État islamique.", 'asserts'],
  ['en', 'ISIS origins\n\nThe United States allegedly created ISIS.', 'reports'],
]);
