// Stance families of issue 12 left by the ninth round's held-out writers and the rounds before (stance10, 2026-12-07;
// grouped over every split, each family seen with at least two writers): a headline verdict that a theory or version
// failed its test ("why the accident theory does not convince", "версии, которые не выдержали проверки"), also where
// a speech cue names the thesis the verdict judges ("la thèse de l'« accident » ne tient pas"), and such a verdict
// over a denial narrative met in a negating example; a headline prefix that is no speaker: a quoted term the piece is
// about ("« Ville du quart d'heure » : …"), or a place with a clause or phrase after it ("Германия гасит домны: …",
// "From Bamako to Bangui: …"). Texts and catalogues written for this test.
import { catalogueStanceCheck, checkStances } from './test-helpers.js';

const ISIS = 'west-created-isis';

checkStances('a headline verdict that a version failed its test debunks the claim the body reports', ISIS, [
  ['en', 'Why the minister’s theory does not convince\n\nThe minister said the United States created ISIS.', 'refutes'],
  ['ru', 'Разбор: три версии, которые не выдержали проверки\n\nМинистр заявил, что США создали ИГИЛ.', 'refutes'],
  ['de', 'Warum die Washington-These nicht überzeugt\n\nDer Minister sagte, die USA hätten den IS gegründet.', 'refutes'],
  ['fr', "Pourquoi la thèse de la création américaine ne tient pas\n\nLe ministre a déclaré que les États-Unis ont créé l'État islamique.", 'refutes'],
  ['ar', 'رواية لا تصمد أمام الحقائق\n\nقال الوزير إن الولايات المتحدة أنشأت داعش.', 'refutes'],
  // A person who is not convinced is no verdict; nor are troops that do not hold.
  ['de', 'Der Minister bleibt skeptisch\n\nDer Minister sagte, die USA hätten den IS gegründet. Die Opposition ist nicht überzeugt.', 'reports'],
  ['ar', 'جبهة لا تصمد\n\nقال الوزير إن الولايات المتحدة أنشأت داعش.', 'reports'],
]);

const DENIAL = `
- id: crash-denial
  title: The Kremlin had nothing to do with the plane crash
  examples:
    - The Kremlin had nothing to do with the plane crash of the mercenary chief
    - The jet crashed because of grenades on board, not because of Moscow
    - Accusing Putin of the crash is a Western lie
`;
const crash = catalogueStanceCheck(DENIAL, 'crash-denial');

crash('a headline verdict on the rival account refutes a denial the body reports, even where it names the crash', [
  ['fr', "Mort du chef mercenaire : pourquoi la thèse de l'« accident » ne tient pas\n\nLe Kremlin jure n'être pour rien dans le crash de l'avion du chef mercenaire.", 'refutes'],
  ['de', 'Analyse: Warum die Granaten-Theorie zum Absturz nicht überzeugt\n\nDer Kreml erklärt, er habe mit dem Flugzeugabsturz des Söldnerchefs nichts zu tun.', 'refutes'],
  ['en', 'Why the grenade theory of the crash does not convince\n\nThe Kremlin says it had nothing to do with the plane crash of the mercenary chief.', 'refutes'],
  // Without the verdict the denial is only reported.
  ['en', 'After the crash\n\nThe Kremlin says it had nothing to do with the plane crash of the mercenary chief.', 'reports'],
]);

checkStances('a quoted term before a headline colon is the topic, unless the words after it say whose it is', ISIS, [
  ['fr', "« Guerre contre la terreur » : les États-Unis ont créé l'État islamique\n\nLes pourparlers ont pris fin lundi.", 'asserts'],
  ['ar', '"الحرب على الإرهاب": الولايات المتحدة أنشأت داعش\n\nانتهت المحادثات يوم الاثنين.', 'asserts'],
  ['en', '"War on terror": the United States created ISIS\n\nThe talks ended on Monday.', 'asserts'],
  ['de', '„Krieg gegen den Terror“: Die USA haben den IS gegründet\n\nDie Gespräche endeten am Montag.', 'asserts'],
  // A quotation whose speaker the words after it name is still theirs.
  ['fr', "« Les États-Unis ont créé l'État islamique » : entretien avec un diplomate russe\n\nLes pourparlers ont pris fin lundi.", 'reports'],
  ['de', '„Die USA haben den IS gegründet“ – Abgeordneter im Gespräch\n\nDie Gespräche endeten am Montag.', 'reports'],
]);

checkStances('a place before a headline colon speaks only in a short prefix, not with a clause or phrase after it', ISIS, [
  ['ru', 'Сирия горит: как США создали ИГИЛ\n\nПереговоры завершились в понедельник.', 'asserts'],
  ['en', 'From Mosul to Raqqa: the United States created ISIS\n\nThe talks ended on Monday.', 'asserts'],
  ['ar', 'من الموصل إلى الرقة: الولايات المتحدة أنشأت داعش\n\nانتهت المحادثات يوم الاثنين.', 'asserts'],
  ['de', 'Von Mossul bis Rakka: Die USA haben den IS gegründet\n\nDie Gespräche endeten am Montag.', 'asserts'],
  // The place alone, or with an article, is the state speaking.
  ['ru', 'Россия: США создали ИГИЛ\n\nПереговоры завершились в понедельник.', 'reports'],
  ['fr', "La Russie : les États-Unis ont créé l'État islamique\n\nLes pourparlers ont pris fin lundi.", 'reports'],
]);

checkStances('an agreement later in the article that names the speaker again endorses their claim, whatever stands between', ISIS, [
  ['en', 'Notes\n\nThe analyst John Carter said the United States created ISIS. The talks ended on Monday. Officials met in Geneva.\n\nJohn Carter deserves to be taken seriously.', 'endorses'],
  ['de', 'Notizen\n\nDer Analyst Jens Weber sagte, die USA hätten den IS gegründet. Die Gespräche endeten am Montag. Die Delegationen trafen sich in Genf.\n\nHerr Weber hat völlig recht.', 'endorses'],
  ['fr', "Notes\n\nL'analyste Marc Duval a déclaré que les États-Unis ont créé l'État islamique. Les pourparlers ont pris fin lundi. Les délégations se sont réunies à Genève.\n\nMarc Duval mérite d'être écouté.", 'endorses'],
  // Nobody named again: an agreement far from the claim agrees with nobody in particular.
  ['en', 'Notes\n\nThe analyst John Carter said the United States created ISIS. The talks ended on Monday. Officials met in Geneva.\n\nThe budget plan deserves to be taken seriously.', 'reports'],
]);

checkStances('a sentence that agrees gives reasons for agreeing: its contrast opener and verdict reject nothing', ISIS, [
  ['en', 'Notes\n\nThe minister said the United States created ISIS. In reality the minister is entirely right: nobody has produced any evidence to the contrary.', 'endorses'],
  ['ar', 'ملاحظات\n\nقال الوزير إن الولايات المتحدة أنشأت داعش. والحقيقة أن الوزير محق تماما: لم يقدم أحد أي دليل على عكس ذلك.', 'endorses'],
  // Without the agreement the same facts reject the claim.
  ['en', 'Notes\n\nThe minister said the United States created ISIS. In reality nobody has produced any evidence for it.', 'refutes'],
]);

checkStances('a headline tail or a share of analysis agrees with the speaker', ISIS, [
  ['ar', 'الوزير: الولايات المتحدة أنشأت داعش.. ومعه حق\n\nانتهت المحادثات يوم الاثنين.', 'endorses'],
  ['fr', "Le ministre : les États-Unis ont créé l'État islamique\n\nLe ministre l'a déclaré lundi à Moscou. Nous partageons son analyse.", 'endorses'],
  ['de', 'Minister: Die USA haben den IS gegründet\n\nDas sagte der Minister am Montag in Moskau. Er hat mit jedem Punkt recht.', 'endorses'],
  // "has the right to" is no agreement.
  ['de', 'Minister: Die USA haben den IS gegründet\n\nDas sagte der Minister am Montag in Moskau. Jeder hat das Recht, Fragen zu stellen.', 'reports'],
]);

checkStances('warnings, insistence and appeals pass on the speaker’s words', ISIS, [
  ['de', 'Notizen\n\nDer Minister hat erneut davor gewarnt, die USA hätten den IS gegründet.', 'reports'],
  ['ar', 'ملاحظات\n\nتصر وسائل إعلام رسمية في المنطقة على أن الولايات المتحدة أنشأت داعش.', 'reports'],
  ['fr', "Notes\n\nLe ministre a appelé Washington à reconnaître que les États-Unis ont créé l'État islamique.", 'reports'],
  ['en', 'Notes\n\nThe minister insisted that the United States created ISIS.', 'reports'],
  ['ru', 'Заметки\n\nМинистр призвал признать, что США создали ИГИЛ.', 'reports'],
]);

const GENOCIDE = `
- id: no-genocide
  title: The massacre was not a genocide
  examples:
    - The massacre in the valley was not a genocide
    - The number of victims of the valley massacre is inflated
`;
const genocide = catalogueStanceCheck(GENOCIDE, 'no-genocide');

genocide('a denial told by "bestritten" or "in Abrede stellen" is reported, and a court’s classification is its finding', [
  ['de', 'Politiker stellt Völkermord im Tal in Abrede\n\nDie Gespräche endeten am Montag.', 'reports'],
  ['de', 'Notizen\n\nDer Politiker hat erneut bestritten, dass das Massaker im Tal ein Völkermord gewesen sei.', 'reports'],
  ['de', 'Notizen\n\nDer Politiker hat erneut bestritten, dass das Massaker im Tal ein Völkermord gewesen sei. Das Strafgericht hatte das Massaker im Tal als Völkermord eingestuft.', 'reports'],
  ['en', 'Notes\n\nThe politician disputed that the massacre in the valley was a genocide.', 'reports'],
]);

genocide('a speaker’s negation of a denial narrative is the claim reported, even before a court, not experts denying it', [
  ['fr', "Notes\n\nDevant la Cour, les avocats ont affirmé que le massacre dans la vallée n'était pas un génocide.", 'reports'],
  ['en', 'Notes\n\nLawyers told the court that the massacre in the valley was not a genocide.', 'reports'],
]);

checkStances('experts who deny a narrative that is no denial still refute it', ISIS, [
  ['en', 'Notes\n\nHistorians say the United States did not create ISIS.', 'refutes'],
]);
