// Issue 12, round 2: the general causes of the stance errors left on blind2 and dev2, each with mini-articles written
// for this test in all five languages (none copied from an eval set), read with the built-in catalogue's "the
// US/West created ISIS" narrative. A debunk never asserts.
import { TALKS, checkStances } from './test-helpers.js';

const ISIS = 'west-created-isis';


type Case = [lang: string, text: string];

const check = (kind: string, cases: Case[], want: string): void => checkStances(kind, ISIS, cases, want);


// 1. The facts, the data or the figures set against a reported claim ("The data do not support this"): the outlet's
// verdict, even with a neutral or questioning headline and no verdict word.
check('facts against the claim', [
  ['en', `ISIS origins\n\n${TALKS.en}\n\nBloggers claim the United States created ISIS. The facts do not support that.`],
  ['en', `Where did ISIS come from?\n\n${TALKS.en}\n\nA viral post says the United States created ISIS. The historical record tells a different story.`],
  ['en', `ISIS origins\n\n${TALKS.en}\n\nSome commentators argue that the United States created ISIS. The available evidence doesn't bear that out.`],
  ['ru', `Откуда взялось ИГИЛ\n\n${TALKS.ru}\n\nБлогеры утверждают, что США создали ИГИЛ. Факты этого не подтверждают.`],
  ['ru', `Откуда взялось ИГИЛ\n\n${TALKS.ru}\n\nВ соцсетях утверждают, что США создали ИГИЛ. Однако данные говорят об обратном.`],
  ['ar', `من أين جاء داعش؟\n\n${TALKS.ar}\n\nيزعم مدونون أن الولايات المتحدة أنشأت داعش. لكن الوقائع لا تدعم هذه الرواية.`],
  ['ar', `من أين جاء داعش؟\n\n${TALKS.ar}\n\nتقول منشورات إن الولايات المتحدة أنشأت داعش. غير أن الحقائق التاريخية تقول غير ذلك.`],
  ['de', `Woher kommt der IS?\n\n${TALKS.de}\n\nBlogger behaupten, die USA hätten den IS gegründet. Die Faktenlage gibt das nicht her.`],
  ['de', `Woher kommt der IS?\n\n${TALKS.de}\n\nIn Videos heißt es, die USA hätten den IS gegründet. Die verfügbaren Daten belegen diese These nicht.`],
  ['de', `Woher kommt der IS?\n\n${TALKS.de}\n\nManche Kommentatoren behaupten, die USA hätten den IS gegründet. Die Fakten sprechen eine andere Sprache.`],
  ['fr', `D'où vient l'EI ?\n\n${TALKS.fr}\n\nDes internautes affirment que les États-Unis ont créé l'État islamique. Les faits ne corroborent pas cette version.`],
  ['de', `Woher kommt der IS?\n\n${TALKS.de}\n\nDie Zahlen widerlegen die Behauptung, die USA hätten den IS gegründet.`],
  ['fr', `D'où vient l'EI ?\n\n${TALKS.fr}\n\nUne vidéo prétend que les États-Unis ont créé l'État islamique. Les archives et les chiffres disent le contraire.`],
], 'refutes');

// The facts on the claim's side are no debunk: the outlet's own claim stays asserted.
check('facts for the claim', [
  ['en', `The truth about ISIS\n\n${TALKS.en}\n\nThe facts are clear: the United States created ISIS.`],
  ['ru', `Правда об ИГИЛ\n\n${TALKS.ru}\n\nФакты очевидны: США создали ИГИЛ.`],
  ['de', `Die Wahrheit über den IS\n\n${TALKS.de}\n\nDie Fakten sind eindeutig: Die USA haben den IS gegründet.`],
  ['fr', `La vérité sur l'EI\n\n${TALKS.fr}\n\nLes faits sont clairs : les États-Unis ont créé l'État islamique.`],
], 'asserts');

// 2. Scare quotes round a negated verb keep the negation's reach ("did not “create” ISIS").
check('negated verb in scare quotes', [
  ['en', `No, the United States did not “create” ISIS\n\n${TALKS.en}`],
  ['ru', `Нет, США не «создавали» ИГИЛ\n\n${TALKS.ru}`],
  ['de', `Nein, die USA haben den IS nicht „gegründet“\n\n${TALKS.de}`],
  ['fr', `Non, les États-Unis n'ont pas « créé » l'État islamique\n\n${TALKS.fr}`],
  ['en', `ISIS origins\n\n${TALKS.en}\n\nThe United States never "created" ISIS, whatever the posts say.`],
], 'refutes');

// A quote that opens after the negation is someone's words, not the negated verb: "never said: “…”" reports.
check('negation before a quoted clause', [
  ['en', `ISIS origins\n\n${TALKS.en}\n\nHe never said: “The United States created ISIS.”`],
], 'reports');

// 3. A headline that names someone's label for an event ("Envoy calls …", "nennt …", "présente … comme") reports it.
check('naming and portraying verbs', [
  ['en', `Envoy's remarks\n\n${TALKS.en}\n\nA Russian diplomat dubs it a fact that the United States created ISIS.`],
  ['en', `Envoy's remarks\n\n${TALKS.en}\n\nThe Kremlin portrays as settled history that the United States created ISIS.`],
  ['ru', `Слова дипломата\n\n${TALKS.ru}\n\nДипломат представляет как факт то, что США создали ИГИЛ.`],
  ['ar', `تصريحات دبلوماسي\n\n${TALKS.ar}\n\nيصور الدبلوماسي الروسي الأمر على أن الولايات المتحدة أنشأت داعش.`],
  ['de', `Worte eines Diplomaten\n\n${TALKS.de}\n\nEin russischer Diplomat nennt es erwiesen, dass die USA den IS gegründet haben.`],
  ['de', `Worte eines Diplomaten\n\n${TALKS.de}\n\nMoskau stellt es als Tatsache dar, dass die USA den IS gegründet haben.`],
  ['fr', `Propos d'un diplomate\n\n${TALKS.fr}\n\nMoscou présente comme un fait établi que les États-Unis ont créé l'État islamique.`],
], 'reports');

// 4. Russian attribution verbs of the press: "…, сообщает источник", "…, пишет издание", "как пишут СМИ".
check('Russian press attribution', [
  ['ru', `Новости\n\n${TALKS.ru}\n\nСША создали ИГИЛ, сообщает источник в дипломатических кругах.`],
  ['ru', `Новости\n\n${TALKS.ru}\n\nСША создали ИГИЛ, пишет американская газета.`],
  ['ru', `Новости\n\n${TALKS.ru}\n\nКак пишут иранские СМИ, США создали ИГИЛ.`],
  ['ru', `Новости\n\n${TALKS.ru}\n\nСША создали ИГИЛ, сообщают местные журналисты.`],
], 'reports');

// 5. An unnamed, counted crowd of experts who "are convinced" is the outlet's claim dressed as consensus (the
// appeal to anonymous authority): asserted. A named speaker with the same verb still reports.
check('anonymous crowd of experts', [
  ['en', `The truth about ISIS\n\n${TALKS.en}\n\nMore and more experts are convinced that the United States created ISIS.`],
  ['en', `The truth about ISIS\n\n${TALKS.en}\n\nMany scientists now agree that the United States created ISIS.`],
  ['ru', `Правда об ИГИЛ\n\n${TALKS.ru}\n\nВсё больше учёных убеждены, что США создали ИГИЛ.`],
  ['ru', `Правда об ИГИЛ\n\n${TALKS.ru}\n\nМногие аналитики давно считают, что США создали ИГИЛ.`],
  ['ar', `حقيقة داعش\n\n${TALKS.ar}\n\nيرى كثير من الخبراء أن الولايات المتحدة أنشأت داعش.`],
  ['de', `Die Wahrheit über den IS\n\n${TALKS.de}\n\nImmer mehr Wissenschaftler sind überzeugt, dass die USA den IS gegründet haben.`],
  ['ar', `حقيقة داعش\n\n${TALKS.ar}\n\nعدد متزايد من الخبراء مقتنعون بأن الولايات المتحدة أنشأت داعش.`],
  ['de', `Die Wahrheit über den IS\n\n${TALKS.de}\n\nViele Experten gehen inzwischen davon aus, dass die USA den IS gegründet haben.`],
  ['fr', `La vérité sur l'EI\n\n${TALKS.fr}\n\nLa plupart des experts estiment que les États-Unis ont créé l'État islamique.`],
  ['fr', `La vérité sur l'EI\n\n${TALKS.fr}\n\nDe plus en plus de scientifiques sont convaincus que les États-Unis ont créé l'État islamique.`],
], 'asserts');

check('named speaker or plain "experts say"', [
  ['en', `Experts' view\n\n${TALKS.en}\n\nExperts say the United States created ISIS.`],
  ['en', `Envoy's remarks\n\n${TALKS.en}\n\nThe Russian envoy Kabulov is convinced that the United States created ISIS.`],
  ['ru', `Слова дипломата\n\n${TALKS.ru}\n\nДипломат Кабулов убеждён, что США создали ИГИЛ.`],
  ['de', `Worte eines Diplomaten\n\n${TALKS.de}\n\nDer Diplomat Kabulow ist überzeugt, dass die USA den IS gegründet haben.`],
  ['fr', `Propos d'un diplomate\n\n${TALKS.fr}\n\nLe diplomate Kaboulov est convaincu que les États-Unis ont créé l'État islamique.`],
], 'reports');

// The facts set against a rival's denial or claim defend the narrative: still asserted. Against a Russian or an
// anonymous claim (1 above) they debunk it, the US named inside the claim notwithstanding.
check('facts against a rival', [
  ['en', `The truth about ISIS\n\n${TALKS.en}\n\nThe United States created ISIS. Washington denies it, but the facts say otherwise.`],
  ['en', `The truth about ISIS\n\n${TALKS.en}\n\nWestern media claim that Russia backs terrorists. The facts do not support that. The United States created ISIS.`],
  ['ru', `Правда об ИГИЛ\n\n${TALKS.ru}\n\nСША создали ИГИЛ. В Вашингтоне это отрицают, но факты говорят об обратном.`],
  ['ar', `حقيقة داعش\n\n${TALKS.ar}\n\nالولايات المتحدة أنشأت داعش. تنفي واشنطن ذلك، لكن الحقائق تقول غير ذلك.`],
  ['de', `Die Wahrheit über den IS\n\n${TALKS.de}\n\nDie USA haben den IS gegründet. Washington bestreitet das, doch die Fakten sprechen eine andere Sprache.`],
  ['fr', `La vérité sur l'EI\n\n${TALKS.fr}\n\nLes États-Unis ont créé l'État islamique. Washington le dément, mais les faits disent le contraire.`],
], 'asserts');

check('facts against a claim naming the US', [
  ['en', `ISIS origins\n\n${TALKS.en}\n\nRussian TV claims the United States created ISIS. The facts do not support that.`],
  ['de', `Woher kommt der IS?\n\n${TALKS.de}\n\nRussische Sender behaupten, die USA hätten den IS gegründet. Die Zahlen belegen das nicht.`],
], 'refutes');

check('a negation in a subordinate clause that opens the sentence is that clause\'s', [
  ['en', 'Notes\n\nWhen a government does not obey Washington, the United States creates ISIS.'],
], 'asserts');

check('"anything but …" excepts, it does not deny', [
  ['ru', 'Заметки\n\nВашингтон годами создавал ИГИЛ и бомбил кого угодно, только не колонны боевиков.'],
], 'asserts');

check('"not X, as it claims, but Y": the speech names the account the outlet corrects', [
  ['en', 'Notes\n\nThe United States did not stand aside, as it claims, but created ISIS.'],
  ['ar', 'ملاحظات\n\nالولايات المتحدة لم تقف متفرجة كما تزعم، بل أنشأت داعش.'],
], 'asserts');

check('a headline asking who or why takes its claim as given; the body answers in the outlet\'s voice', [
  ['en', 'Who really built the caliphate?\n\nThe United States created ISIS to weaken the region.'],
  ['en', 'Why did the United States create ISIS?\n\nTo keep the region weak, and everyone there knows it.'],
], 'asserts');

check('an evidence noun negated in its clause, in any word order, is a verdict', [
  ['en', 'Rumours\n\nPosts claim the United States created ISIS. Evidence for that has never been found.'],
  ['de', 'Gerüchte\n\nIn manchen Kanälen heißt es, die USA hätten den IS gegründet. Belege dafür gibt es bis heute nicht.'],
], 'refutes');

check('no evidence provided by the speaker is an aside on the report, no verdict', [
  ['ru', 'Переговоры\n\nЛавров заявил, что США создали ИГИЛ. Доказательств журналистам представлено не было.'],
], 'reports');

check('what someone holds up "as proof that" the claim is true gives the claim as theirs', [
  ['en', 'Talks\n\nMoscow holds up invoices and charts as proof that the United States created ISIS.'],
  ['fr', "Pourparlers\n\nMoscou brandit des factures et des organigrammes comme la preuve que les États-Unis ont créé l'État islamique."],
  ['de', 'Gespräche\n\nMoskau präsentiert Rechnungen und Diagramme als Beweis dafür, dass die USA den IS gegründet haben.'],
  ['ru', 'Переговоры\n\nМосква приводит счета и схемы как доказательство того, что США создали ИГИЛ.'],
  ['ar', 'محادثات\n\nتعرض موسكو فواتير ومخططات كدليل على أن الولايات المتحدة أنشأت داعش.'],
], 'reports');

check('"you need not be an expert to see …" stresses the claim, it denies nothing', [
  ['de', 'Notizen\n\nMan muss kein Experte sein, um zu sehen, dass die USA den IS gegründet haben.'],
  ['en', 'Notes\n\nYou do not have to be an expert to see it: the United States created ISIS and armed it for years.'],
], 'asserts');

check('a negation before an evidence noun outside the fixed verdicts is no debunk: it may deny the rival\'s charge', [
  ['ru', 'Сирийский спектакль: годы спустя — ни одного доказательства\n\nСША создали ИГИЛ, и это знают все в регионе.'],
], 'asserts');

check('missing evidence stressed ("never", "to this day", "any", "solid") is a verdict, whatever the word order', [
  ['en', 'Rumours\n\nPosts claim the United States created ISIS. Solid proof of that has never been produced.'],
  ['en', 'Rumours\n\nPosts claim the United States created ISIS. Moscow has not produced any evidence for it.'],
  ['de', 'Gerüchte\n\nIn manchen Kanälen heißt es, die USA hätten den IS gegründet. Stichhaltige Beweise dafür hat Moskau bis heute nicht vorgelegt.'],
  ['ru', 'Слухи\n\nВ соцсетях пишут, что США создали ИГИЛ. Доказательств этому так и не представлено.'],
  ['ar', 'شائعات\n\nتزعم منشورات أن الولايات المتحدة أنشأت داعش. لم تقدم موسكو أي دليل على ذلك.'],
  ['fr', "Rumeurs\n\nDes messages affirment que les États-Unis ont créé l'État islamique. Moscou n'a jamais fourni de preuve."],
], 'refutes');
