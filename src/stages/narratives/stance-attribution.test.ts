// Reports vs asserts across sentences and formats (issue 12, held-out writers): attribution carried on past the
// sentence that names the speaker, interviews, bulletins, "according to" in each language, claims given to a role or
// an institution, the outlet's neutral distancing (still a report, not a debunk), and the outlet's own voice after a
// quote. Each text was written for this test and read with the built-in "the US/West created ISIS" narrative.
import { checkStances, type StanceCase } from './test-helpers.js';

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
