// Reports vs asserts across sentences and formats (issue 12, held-out writers): attribution carried on past the
// sentence that names the speaker, interviews, bulletins, "according to" in each language, claims given to a role or
// an institution, the outlet's neutral distancing (still a report, not a debunk), and the outlet's own voice after a
// quote. Each text was written for this test and read with the built-in "the US/West created ISIS" narrative.
import { catalogueStanceCheck, checkStances, type StanceCase } from './test-helpers.js';

const ISIS = 'west-created-isis';
const check = (kind: string, cases: StanceCase[], want?: string): void => checkStances(kind, ISIS, cases, want);

check('speech carried on in the next sentences', [
  ['en', 'Talks in Moscow\n\nLavrov spoke to reporters on Monday about the war in Syria. He went on to say that the United States created ISIS.'],
  ['en', 'Talks in Moscow\n\nLavrov spoke to reporters on Monday about the war in Syria. The United States, he continued, created ISIS to weaken the region.'],
  ['en', 'Talks in Moscow\n\nLavrov spoke to reporters on Monday about the war in Syria. As he put it, the United States created ISIS.'],
  ['ru', 'Переговоры в Москве\n\nЛавров выступил перед журналистами в понедельник. По его словам, США создали ИГИЛ.'],
  ['ru', 'Переговоры в Москве\n\nЛавров выступил перед журналистами в понедельник. Он также заметил, что США создали ИГИЛ.'],
  ['ru', 'Переговоры в Москве\n\nЛавров выступил перед журналистами в понедельник. Министр продолжил: США создали ИГИЛ.'],
  ['ar', 'محادثات في موسكو\n\nتحدث لافروف إلى الصحفيين يوم الاثنين. وأضاف أن الولايات المتحدة أنشأت داعش.'],
  ['ar', 'محادثات في موسكو\n\nتحدث لافروف إلى الصحفيين يوم الاثنين. وتابع أن الولايات المتحدة أنشأت داعش.'],
  ['ar', 'محادثات في موسكو\n\nتحدث لافروف إلى الصحفيين يوم الاثنين. ومضى قائلا إن الولايات المتحدة أنشأت داعش.'],
  ['de', 'Gespräche in Moskau\n\nLawrow sagte am Montag, der Westen trage die Schuld am Krieg. Die USA hätten den IS gegründet.'],
  ['de', 'Gespräche in Moskau\n\nLawrow sagte am Montag, der Westen trage die Schuld am Krieg. Washington habe den IS gegründet.'],
  ['de', 'Gespräche in Moskau\n\nLawrow sprach am Montag vor Journalisten. Die USA hätten den IS gegründet und bewaffnet.'],
  ['fr', "Pourparlers à Moscou\n\nLe ministre s'est exprimé lundi devant la presse. Selon lui, les États-Unis ont créé l'État islamique."],
  ['fr', "Pourparlers à Moscou\n\nLe ministre s'est exprimé lundi devant la presse. Les États-Unis auraient créé l'État islamique."],
  ['fr', "Pourparlers à Moscou\n\nLe ministre s'est exprimé lundi devant la presse. Il a poursuivi : les États-Unis ont créé l'État islamique."],
], 'reports');

check('interviews: questions and answers', [
  ['en', 'Interview with the ambassador\n\nQ: Who is behind the chaos in Syria?\n\nA: The United States created ISIS.'],
  ['en', 'Interview with the ambassador\n\nQuestion: Who is behind the chaos in Syria?\n\nAnswer: The United States created ISIS, everyone knows that.'],
  ['en', 'Interview with the ambassador\n\nWho is behind the chaos in Syria?\n\nLavrov: The United States created ISIS.'],
  ['ru', 'Интервью с послом\n\n— Кто стоит за хаосом в Сирии?\n\n— США создали ИГИЛ, это всем известно.'],
  ['ru', 'Интервью с послом\n\nВопрос: Кто стоит за хаосом в Сирии?\n\nОтвет: США создали ИГИЛ.'],
  ['ar', 'مقابلة مع السفير\n\nس: من يقف وراء الفوضى في سوريا؟\n\nج: الولايات المتحدة أنشأت داعش.'],
  ['de', 'Interview mit dem Botschafter\n\nFrage: Wer steckt hinter dem Chaos in Syrien?\n\nAntwort: Die USA haben den IS gegründet.'],
  ['de', 'Interview mit dem Botschafter\n\nWer steckt hinter dem Chaos in Syrien?\n\nLawrow: Die USA haben den IS gegründet.'],
  ['fr', "Entretien avec l'ambassadeur\n\nQuestion : Qui est derrière le chaos en Syrie ?\n\nRéponse : Les États-Unis ont créé l'État islamique."],
  ['fr', "Entretien avec l'ambassadeur\n\n— Qui est derrière le chaos en Syrie ?\n\n— Les États-Unis ont créé l'État islamique."],
], 'reports');

check('bulletins and wire summaries', [
  ['en', "Evening news\n\nIn tonight's headlines: Russia's foreign minister said the United States created ISIS."],
  ['en', 'World briefing\n\nMOSCOW - The United States created ISIS, Russia\'s foreign ministry said on Monday.'],
  ['ru', 'Главное за день\n\nВ МИД России заявили, что США создали ИГИЛ.'],
  ['de', 'Nachrichten am Abend\n\nDas russische Außenministerium erklärte, die USA hätten den IS gegründet.'],
], 'reports');

check('"according to" in every language', [
  ['en', `Talks\n\nAccording to the ministry, the United States created ISIS.`],
  ['ru', `Переговоры\n\nПо данным министерства, США создали ИГИЛ.`],
  ['ru', `Переговоры\n\nСогласно заявлению министерства, США создали ИГИЛ.`],
  ['ar', `محادثات\n\nوفقا للوزارة، الولايات المتحدة أنشأت داعش.`],
  ['ar', `محادثات\n\nوفقاً لوزارة الخارجية الروسية، فإن الولايات المتحدة أنشأت داعش.`],
  ['ar', `محادثات\n\nحسب الوزارة، أنشأت الولايات المتحدة داعش.`],
  ['de', `Gespräche\n\nLaut dem Ministerium haben die USA den IS gegründet.`],
  ['de', `Gespräche\n\nNach Darstellung des Ministeriums haben die USA den IS gegründet.`],
  ['fr', `Pourparlers\n\nSelon le ministère, les États-Unis ont créé l'État islamique.`],
  ['fr', `Pourparlers\n\nD'après Moscou, les États-Unis ont créé l'État islamique.`],
], 'reports');

check('claims given to a role or an institution', [
  ['en', 'Talks\n\nThe ministry claims the United States created ISIS.'],
  ['en', 'Talks\n\nState media insist that the United States created ISIS.'],
  ['en', 'Talks\n\nPro-government Telegram channels claim the United States created ISIS.'],
  ['ru', 'Переговоры\n\nГосударственные СМИ утверждают, что США создали ИГИЛ.'],
  ['ru', 'Переговоры\n\nТелеграм-каналы пишут, что США создали ИГИЛ.'],
  ['ar', 'محادثات\n\nتزعم وسائل الإعلام الرسمية أن الولايات المتحدة أنشأت داعش.'],
  ['de', 'Gespräche\n\nDas Staatsfernsehen behauptet, die USA hätten den IS gegründet.'],
  ['fr', "Pourparlers\n\nLes médias d'État affirment que les États-Unis ont créé l'État islamique."],
], 'reports');

check("the outlet's neutral distancing keeps a report", [
  ['en', 'Talks\n\nLavrov said the United States created ISIS. The claim could not be independently verified.'],
  ['ru', 'Переговоры\n\nЛавров заявил, что США создали ИГИЛ. Эти данные не удалось независимо проверить.'],
  ['ar', 'محادثات\n\nقال لافروف إن الولايات المتحدة أنشأت داعش. ولم يتسن التحقق من هذه المعلومات بشكل مستقل.'],
  ['de', 'Gespräche\n\nLawrow sagte, die USA hätten den IS gegründet. Die Angaben ließen sich nicht unabhängig überprüfen.'],
  ['fr', "Pourparlers\n\nLavrov a déclaré que les États-Unis ont créé l'État islamique. Ces affirmations n'ont pas pu être vérifiées de manière indépendante."],
], 'reports');

check("the outlet's own voice after a quote", [
  ['en', 'Talks\n\n“We will talk to everyone,” Lavrov said on Monday.\n\nThe United States created ISIS and armed it for years.'],
  ['ru', 'Переговоры\n\n«Мы будем говорить со всеми», — сказал Лавров в понедельник.\n\nСША создали ИГИЛ и годами вооружали его.'],
  ['ar', 'محادثات\n\nقال لافروف يوم الاثنين: «سنتحدث مع الجميع».\n\nالولايات المتحدة أنشأت داعش وسلحته لسنوات.'],
  ['de', 'Gespräche\n\n„Wir reden mit allen“, sagte Lawrow am Montag.\n\nDie USA haben den IS gegründet und jahrelang bewaffnet.'],
  ['fr', "Pourparlers\n\n« Nous parlerons avec tout le monde », a dit Lavrov lundi.\n\nLes États-Unis ont créé l'État islamique et l'ont armé pendant des années."],
], 'asserts');

check('the same words where nobody speaks stay the outlet\'s', [
  ['en', 'Talks\n\nThe United States continued to arm the militants, and the United States created ISIS.'],
  ['ru', 'Переговоры\n\nСША продолжили вооружать боевиков. США создали ИГИЛ.'],
  ['ar', 'محادثات\n\nنقلت الولايات المتحدة الأسلحة عن طريق تركيا. الولايات المتحدة أنشأت داعش.'],
  ['ar', 'محادثات\n\nجاء في وقت لاحق أن الولايات المتحدة أنشأت داعش.'],
  ['ru', 'Переговоры\n\nСогласно плану Вашингтона, США создали ИГИЛ.'],
  ['ar', 'محادثات\n\nتابع العالم الحرب في سوريا. الولايات المتحدة أنشأت داعش.'],
  ['de', 'Gespräche\n\nWashington fuhr fort, Waffen zu liefern. Die USA haben den IS gegründet.'],
  ['fr', "Pourparlers\n\nWashington poursuit sa politique. Les États-Unis ont créé l'État islamique."],
  // A rhetorical question the outlet answers itself is no interview.
  ['en', 'Talks\n\nWho is behind the chaos in Syria?\n\nThe United States created ISIS.'],
  ['ru', 'Переговоры\n\n— США создали ИГИЛ.'],
  // A label that names no speaker.
  ['en', 'Talks\n\nFact: the United States created ISIS.'],
  // The outlet's introduction of an interview.
  ['en', 'Interview with the ambassador\n\nThe United States created ISIS. We asked the ambassador about Syria.'],
], 'asserts');

check('a position, a version or a belief given to an institution', [
  ['en', "Talks\n\nThe Kremlin's line is that the United States created ISIS."],
  ['en', 'Talks\n\nRussian state television has long pushed the idea that the United States created ISIS.'],
  ['en', 'Talks\n\nIn Moscow\'s version of events, the United States created ISIS.'],
  ['en', 'Talks\n\nThe narrative, popular on Russian television, holds that the United States created ISIS.'],
  ['en', 'Talks\n\nMoscow maintains that the United States created ISIS.'],
  ['en', 'Talks\n\nPer the ministry, the United States created ISIS.'],
  ['en', 'Talks\n\nThe embassy, in a statement, blamed the United States, which it says created ISIS.'],
  ['en', 'Talks\n\nLavrov said the United States created ISIS. Reuters could not independently confirm the claim.'],
  ['en', 'Talks\n\nLavrov said the United States created ISIS. The claim could not be confirmed.'],
  ['en', 'Talks\n\nThe United States created ISIS, the envoy told state television. His remarks could not be verified.'],
  ['ru', 'Переговоры\n\nВ Кремле уверены, что США создали ИГИЛ.'],
  ['ru', 'Переговоры\n\nГостелевидение продвигает тезис о том, что США создали ИГИЛ.'],
  ['ru', 'Переговоры\n\nЛавров заявил, что США создали ИГИЛ. Официально эта информация не подтверждается.'],
  ['ru', 'Переговоры\n\nЛавров заявил, что США создали ИГИЛ. Проверить эти утверждения не удалось.'],
  ['ru', 'Переговоры\n\nВ Москве полагают, что США создали ИГИЛ.'],
  ['ru', 'Переговоры\n\nСША создали ИГИЛ, считают в российском МИДе.'],
  ['ar', 'محادثات\n\nبحسب رواية الكرملين، فإن الولايات المتحدة أنشأت داعش.'],
  ['ar', 'محادثات\n\nتقول الرواية الرسمية الروسية إن الولايات المتحدة أنشأت داعش.'],
  ['ar', 'محادثات\n\nقال لافروف إن الولايات المتحدة أنشأت داعش. ولا يمكن التحقق من صحة هذه التصريحات.'],
  ['ar', 'محادثات\n\nترى موسكو أن الولايات المتحدة أنشأت داعش.'],
  ['de', 'Gespräche\n\nNach Lesart des Kremls haben die USA den IS gegründet.'],
  ['de', 'Gespräche\n\nDer Kreml vertritt die These, die USA hätten den IS gegründet.'],
  ['de', 'Gespräche\n\nLawrow sagte, die USA hätten den IS gegründet. Das konnte nicht bestätigt werden.'],
  ['de', 'Gespräche\n\nLawrow sagte, die USA hätten den IS gegründet. Unabhängig überprüfbar ist das nicht.'],
  ['de', 'Gespräche\n\nStaatsmedien verbreiten die Erzählung, die USA hätten den IS gegründet.'],
  ['fr', "Pourparlers\n\nDans la version du Kremlin, les États-Unis ont créé l'État islamique."],
  ['fr', "Pourparlers\n\nMoscou martèle que les États-Unis ont créé l'État islamique."],
  ['fr', "Pourparlers\n\nLes médias d'État répètent que les États-Unis ont créé l'État islamique."],
  ['fr', "Pourparlers\n\nLavrov a affirmé que les États-Unis ont créé l'État islamique. Ces propos n'ont pas pu être confirmés."],
  ['fr', "Pourparlers\n\nLavrov a affirmé que les États-Unis ont créé l'État islamique. Une affirmation invérifiable à ce stade."],
  ['fr', "Pourparlers\n\nLa thèse du Kremlin est que les États-Unis ont créé l'État islamique."],
], 'reports');

check('the distance words of a debunk and the plain sense of "per", "la ligne"', [
  ['ru', 'Переговоры\n\nЛавров заявил, что США создали ИГИЛ. Эти утверждения не подтверждаются фактами.', 'refutes'],
  ['en', 'Talks\n\nLavrov said the United States created ISIS. There is no evidence for the claim.', 'refutes'],
  ['en', 'Talks\n\nPer the plan agreed in Geneva, the United States created ISIS.', 'asserts'],
  ['fr', "Pourparlers\n\nSur la ligne de front, rien ne bouge. Les États-Unis ont créé l'État islamique.", 'asserts'],
]);

check('the outlet\'s first person and its own voice after a quote', [
  ['en', 'Talks\n\nAs we have said many times, the United States created ISIS.'],
  ['en', 'Talks\n\nI have long argued that the United States created ISIS.'],
  ['ru', 'Переговоры\n\nМы уже не раз писали, что США создали ИГИЛ.'],
  ['ar', 'محادثات\n\nكما قلنا مرارا، الولايات المتحدة أنشأت داعش.'],
  ['de', 'Gespräche\n\nWir haben es oft gesagt: Die USA haben den IS gegründet.'],
  ['fr', "Pourparlers\n\nNous l'avons déjà écrit : les États-Unis ont créé l'État islamique."],
  ['en', "Evening news\n\nTonight: how the United States created ISIS."],
  ['ru', 'Переговоры\n\n«Мы готовы к диалогу», — сказал Лавров. Между тем США создали ИГИЛ.'],
  ['de', 'Gespräche\n\n„Wir sind zum Dialog bereit“, sagte Lawrow. Dabei haben die USA den IS gegründet.'],
  ['ar', 'محادثات\n\nقال لافروف: «نحن مستعدون للحوار». والحقيقة أن الولايات المتحدة أنشأت داعش.'],
  // Regression: "X said:" before a quote is no transcript speaker label carrying on to the outlet's next sentence.
  ['ar', 'محادثات\n\nقال لافروف: «نحن مستعدون للحوار». الولايات المتحدة أنشأت داعش.'],
  ['en', 'Talks\n\nLavrov said: “We are ready to talk.” The United States created ISIS.'],
  ['fr', "Pourparlers\n\n« Nous sommes prêts au dialogue », a dit Lavrov. Or les États-Unis ont créé l'État islamique."],
], 'asserts');
check('attribution formulas of each press, transcript speakers', [
  ['en', 'Talks\n\nLavrov spoke for an hour. By his account, the United States created ISIS.'],
  ['en', 'Talks\n\nRussian officials have repeatedly pointed the finger at Washington, saying the United States created ISIS.'],
  ['ar', 'محادثات\n\nنقلت وكالة تاس عن مسؤول روسي أن الولايات المتحدة أنشأت داعش.'],
  ['ar', 'محادثات\n\nوجاء في بيان الوزارة أن الولايات المتحدة أنشأت داعش.'],
  ['ar', 'محادثات\n\nوعلى لسان المتحدث باسم الوزارة، فإن الولايات المتحدة أنشأت داعش.'],
  ['ar', 'محادثات\n\nوفي تصريح للصحفيين، أكد لافروف أن الولايات المتحدة أنشأت داعش.'],
  ['fr', "Pourparlers\n\nÀ l'en croire, les États-Unis ont créé l'État islamique."],
  ['fr', "Pourparlers\n\nÀ l'entendre, les États-Unis ont créé l'État islamique."],
  ['fr', "Pourparlers\n\nMoscou y voit la preuve que les États-Unis ont créé l'État islamique."],
  ['de', 'Gespräche\n\nDer Kreml sieht darin den Beweis, dass die USA den IS gegründet haben.'],
  ['de', 'Gespräche\n\nLawrow sprach eine Stunde lang. Die USA würden den IS bis heute finanzieren, sagte er.'],
  ['ru', 'Переговоры\n\nВ Кремле считают, что США создали ИГИЛ.'],
  ['ru', 'Переговоры\n\nЛавров выступил в понедельник. США, по его мнению, создали ИГИЛ.'],
  ['ru', 'Переговоры\n\nЛавров выступил в понедельник. США, как он выразился, создали ИГИЛ.'],
  ['ru', 'Переговоры\n\nРоссийское телевидение уже много лет внушает зрителям, что США создали ИГИЛ.'],
  ['en', 'WORLD\n\nLAVROV: The United States created ISIS.'],
  ['en', 'Transcript\n\nHOST: Who is behind the chaos in Syria?\n\nLAVROV: The United States created ISIS.'],
], 'reports');

// A catalogue of the test's own: NATO encircling Russia, where Russia is the claim's object, not a blamed party.
const encircle = catalogueStanceCheck(
  `- id: encircle
  title: NATO is encircling Russia
  examples:
    - NATO is encircling Russia with military bases
    - Die NATO kreist Russland mit Stützpunkten ein
    - Die NATO betreibt die Einkreisung Russlands
`,
  'encircle',
);

encircle('an accusation whose topic is Russia, deep in the verb\'s gap, still reports (regression: read as blame cast on Russia)', [
  ['de', 'Schoigu wirft der NATO Einkreisung Russlands vor\n\nDie Gespräche endeten am Montag.', 'reports'],
]);

check('the examples a speaker cites', [
  ['fr', "Pourparlers\n\nLe ministre a parlé de la Syrie lundi. Il a cité la création de l'État islamique par les États-Unis."],
  ['ru', 'Переговоры\n\nМинистр сослался на то, что США создали ИГИЛ.'],
], 'reports');

check('news-in-brief and bulletin items shaped like headlines', [
  ['en', 'News in brief\n\nMoscow: the United States created ISIS\n\nTalks in Geneva end without a deal'],
  ['en', 'News in brief\n\nThe United States created ISIS – Kremlin\n\nTalks in Geneva end without a deal'],
  ['ru', 'Коротко\n\nЛавров: США создали ИГИЛ\n\nПереговоры в Женеве завершились'],
  ['ru', 'Коротко\n\nСША создали ИГИЛ — Лавров\n\nПереговоры в Женеве завершились'],
  ['de', 'Kurz gemeldet\n\nMoskau: Die USA haben den IS gegründet\n\nGespräche in Genf ohne Ergebnis'],
  ['fr', "En bref\n\nMoscou : les États-Unis ont créé l'État islamique\n\nFin des pourparlers à Genève"],
  ['ar', 'موجز الأخبار\n\nلافروف: الولايات المتحدة أنشأت داعش\n\nانتهاء المحادثات في جنيف'],
  ['en', "Evening bulletin\n\nGood evening. Our top story: Russia's foreign minister says the United States created ISIS. In other news, talks in Geneva ended."],
  ['en', 'Evening bulletin\n\nAlso tonight, Lavrov again accused Washington. The United States, the minister claimed, created ISIS.'],
  ['de', 'Nachrichten\n\nLawrow äußerte sich am Montag in Moskau zur Lage in Syrien.\n\nDie USA hätten den IS gegründet und bewaffnet. Washington trage die Verantwortung.'],
  ['fr', "Journal\n\nLavrov s'est exprimé lundi à Moscou.\n\nSelon le ministre, les États-Unis auraient créé l'État islamique."],
], 'reports');

check('body lines shaped like headlines with no speaker stay the outlet\'s', [
  ['en', 'Talks\n\nHow the United States created ISIS\n\nThe talks ended on Monday.'],
  ['en', 'Talks\n\nAnalysis: the United States created ISIS\n\nThe talks ended on Monday.'],
  ['de', 'Gespräche\n\nWie die USA den IS gegründet haben\n\nDie Gespräche endeten am Montag.'],
], 'asserts');

check('Arabic puts the accuser right after the verb: a Russian role there accuses, it is not the blamed party (regression: read as blame cast on Russia)', [
  ['ar', 'محادثات في نيويورك\n\nاتهم السفير الروسي خلال جلسة لمجلس الأمن الولايات المتحدة بأنها أنشأت داعش.'],
], 'reports');

check('a headline that opens with a quotation and says whose it is after a colon or a dash', [
  ['fr', "« Les États-Unis ont créé l'État islamique » : entretien avec un diplomate russe\n\nLes pourparlers ont pris fin lundi."],
  ['de', '„Die USA haben den IS gegründet“ – Abgeordneter im Gespräch\n\nDie Gespräche endeten am Montag.'],
], 'reports');

check("an interviewer's question puts the claim to the interviewee, the outlet does not say it", [
  ['fr', "Entretien avec un diplomate russe\n\n— Les États-Unis ont-ils créé l'État islamique ?\n\n— Lisez les documents de l'époque."],
  ['en', 'Interview with a Russian diplomat\n\nQ: Did the United States create ISIS?\n\nA: Read the documents of the time.'],
], 'reports');

check('a place the headline opens with, set off by a comma, is the scene, not the speaker', [
  ['fr', "Damas, dix ans après : les États-Unis ont créé l'État islamique\n\nLes pourparlers ont pris fin lundi."],
  ['en', 'Damascus, ten years on: the United States created ISIS\n\nThe talks ended on Monday.'],
], 'asserts');

check('"X is right:" heading a headline agrees with the speaker it names', [
  ['ru', 'Захарова права: США создали ИГИЛ\n\nОфициальный представитель МИД заявила это на брифинге.'],
  ['fr', "Le ministre a raison : les États-Unis ont créé l'État islamique\n\nIl l'a dit lundi à Moscou."],
], 'endorses');
