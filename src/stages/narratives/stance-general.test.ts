// Stance in the many ways fact-checkers and newspapers phrase things, in every language. Each mini-article was
// written for this test (none copied, none taken from an eval set) and read with the built-in catalogue's
// "the US/West created ISIS" narrative; what is checked is the article stance (the strongest of its mentions).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkStances, stanceOfArticle } from './test-helpers.js';

const ISIS = 'west-created-isis';


type Case = [lang: string, text: string];

const check = (kind: string, cases: Case[], accept: (got: string) => boolean): void => checkStances(kind, ISIS, cases, accept);

// A debunk never asserts: where the narrative is found, it refutes.
const DEBUNKS: Case[] = [
  // English
  ['en', 'Fact check: Did the US create ISIS?\n\nPosts shared on Facebook say the United States created ISIS. Historians say the group grew out of al-Qaeda in Iraq.'],
  ['en', 'Viral post on ISIS origins\n\nA post says the United States created ISIS. This claim is false.'],
  ['en', 'What we know\n\nClaims circulating online say the United States created ISIS.\n\nThere is no proof of that. The group grew out of al-Qaeda in Iraq.'],
  ['en', 'Behind the rumour\n\nThe talks ended on Monday. Officials met in Geneva.\n\nThe idea that the United States created ISIS is a baseless conspiracy theory.'],
  ['en', 'Origins of a myth\n\nThe talks ended on Monday. Officials met in Geneva.\n\nRussian state TV claimed that the United States created ISIS. The claim has been debunked many times.'],
  ['en', 'ISIS origins\n\nThe talks ended on Monday. Officials met in Geneva.\n\nSome bloggers insist the United States created ISIS.\n\nInvestigators concluded that the group emerged from al-Qaeda in Iraq.'],
  ['en', 'Checking the claim\n\nThe talks ended on Monday. Officials met in Geneva.\n\n“The United States created ISIS,” a viral video says. That is misleading.'],
  ['en', 'Misleading video\n\nA video claims the United States created ISIS.'],
  // Russian
  ['ru', 'Фейк: США создали ИГИЛ\n\nВ соцсетях распространяют видео. В нем утверждается, что США создали ИГИЛ.'],
  ['ru', 'Проверка\n\nПереговоры завершились в понедельник. Делегации встретились в Женеве.\n\nВ сети пишут, что США создали ИГИЛ. Это ложь.'],
  ['ru', 'Проверка\n\nПереговоры завершились в понедельник. Делегации встретились в Женеве.\n\nБлогеры утверждают, что США создали ИГИЛ. Это утверждение не соответствует действительности.'],
  ['ru', 'Разбор\n\nПереговоры завершились в понедельник. Делегации встретились в Женеве.\n\nТеория о том, что США создали ИГИЛ, — конспирологическая теория.'],
  ['ru', 'Разбор\n\nПереговоры завершились в понедельник. Делегации встретились в Женеве.\n\nПропагандисты заявили, что США создали ИГИЛ. Эксперты опровергли эти слова.'],
  ['ru', 'Разбор\n\nПереговоры завершились в понедельник. Делегации встретились в Женеве.\n\nТелеканал заявил, что США создали ИГИЛ. Однако нет никаких доказательств этого.'],
  ['ru', 'Разбор\n\nПереговоры завершились в понедельник. Делегации встретились в Женеве.\n\nВ видео говорится, что США создали ИГИЛ.\n\nНа самом деле группировка выросла из «Аль-Каиды» в Ираке, установили исследователи.'],
  // Arabic
  ['ar', 'ادعاء كاذب: الولايات المتحدة أنشأت داعش\n\nتداول مستخدمون مقطع فيديو.'],
  ['ar', 'تحقق\n\nانتهت المحادثات يوم الاثنين. التقى الوفدان في جنيف.\n\nيزعم منشور أن الولايات المتحدة أنشأت داعش. هذا الادعاء زائف.'],
  ['ar', 'تحقق\n\nانتهت المحادثات يوم الاثنين. التقى الوفدان في جنيف.\n\nقال مدونون إن الولايات المتحدة أنشأت داعش. وهذا الادعاء لا أساس له من الصحة.'],
  ['ar', 'تحقق\n\nانتهت المحادثات يوم الاثنين. التقى الوفدان في جنيف.\n\nالقول إن الولايات المتحدة أنشأت داعش نظرية مؤامرة.'],
  ['ar', 'تحقق\n\nانتهت المحادثات يوم الاثنين. التقى الوفدان في جنيف.\n\nينتشر منشور يقول إن الولايات المتحدة أنشأت داعش. لكن المنشور مضلل.'],
  // German
  ['de', 'Faktencheck: Haben die USA den IS gegründet?\n\nIn sozialen Netzwerken heißt es, die USA hätten den IS gegründet.'],
  ['de', 'Faktenfinder\n\nDie Gespräche endeten am Montag. Die Delegationen trafen sich in Genf.\n\nIn einem Video wird behauptet, die USA hätten den IS gegründet. Das ist frei erfunden.'],
  ['de', 'Gerücht\n\nDie Gespräche endeten am Montag. Die Delegationen trafen sich in Genf.\n\nBlogger verbreiten, die USA hätten den IS gegründet. Die Behauptung ist haltlos.'],
  ['de', 'Gerücht\n\nDie Gespräche endeten am Montag. Die Delegationen trafen sich in Genf.\n\nDass die USA den IS gegründet haben, ist eine Verschwörungserzählung.'],
  ['de', 'Gerücht\n\nDie Gespräche endeten am Montag. Die Delegationen trafen sich in Genf.\n\nRussische Sender behaupten, die USA hätten den IS gegründet. Historiker haben das längst widerlegt.'],
  ['de', 'Gerücht\n\nDie Gespräche endeten am Montag. Die Delegationen trafen sich in Genf.\n\nIm Netz kursiert die Behauptung, die USA hätten den IS gegründet.\n\nTatsächlich entstand die Gruppe aus Al-Qaida im Irak, wie Forscher gezeigt haben.'],
  // French
  ['fr', "Infox : les États-Unis ont-ils créé l'État islamique ?\n\nUne vidéo affirme que les États-Unis ont créé l'État islamique."],
  ['fr', "Vérification\n\nLes pourparlers ont pris fin lundi. Les délégations se sont réunies à Genève.\n\nSelon une publication virale, les États-Unis ont créé l'État islamique. C'est faux."],
  ['fr', "Vérification\n\nLes pourparlers ont pris fin lundi. Les délégations se sont réunies à Genève.\n\nDes internautes prétendent que les États-Unis ont créé l'État islamique. Rien ne prouve cette affirmation."],
  ['fr', "Vérification\n\nLes pourparlers ont pris fin lundi. Les délégations se sont réunies à Genève.\n\nL'idée que les États-Unis ont créé l'État islamique relève de la théorie du complot."],
  ['fr', "Vérification\n\nLes pourparlers ont pris fin lundi. Les délégations se sont réunies à Genève.\n\nUne chaîne russe a affirmé que les États-Unis avaient créé l'État islamique. Cette affirmation est trompeuse."],
  ['fr', "Vérification\n\nLes pourparlers ont pris fin lundi. Les délégations se sont réunies à Genève.\n\nUne vidéo affirme que les États-Unis ont créé l'État islamique.\n\nEn réalité, le groupe est issu d'Al-Qaïda en Irak, ont conclu les chercheurs."],
];
check('debunk', DEBUNKS, (got) => got === 'refutes' || got === 'none');

// Same debunks must find the narrative at all where the claim is plainly there; only checked loosely above.
test('a debunk that repeats the claim is found and refuted (not merely missed)', () => {
  const found = DEBUNKS.filter(([lang, text]) => stanceOfArticle(text, lang, ISIS) === 'refutes').length;
  assert.ok(found >= DEBUNKS.length * 0.8, `${found}/${DEBUNKS.length}`);
});

// The outlet agrees with the speaker it quotes.
const ENDORSEMENTS: Case[] = [
  ['en', 'Talks in Moscow\n\nAs Lavrov rightly noted, the United States created ISIS.'],
  ['en', 'Talks in Moscow\n\nLavrov said the United States created ISIS. He is absolutely right.'],
  ['en', 'Talks in Moscow\n\nAs the minister correctly observed, the United States created ISIS.'],
  ['ru', 'Переговоры\n\nКак справедливо заметил Лавров, США создали ИГИЛ.'],
  ['ru', 'Переговоры\n\nКак верно отметил министр, США создали ИГИЛ.'],
  ['ru', 'Переговоры\n\nКак точно сказал Лавров, США создали ИГИЛ.'],
  ['ru', 'Переговоры\n\nЛавров заявил, что США создали ИГИЛ. И он совершенно прав.'],
  ['ar', 'محادثات\n\nقال لافروف إن الولايات المتحدة أنشأت داعش، وهو محق في ذلك.'],
  ['ar', 'محادثات\n\nوقد أصاب لافروف حين قال إن الولايات المتحدة أنشأت داعش.'],
  ['ar', 'محادثات\n\nقال لافروف إن الولايات المتحدة أنشأت داعش. وكان محقاً تماماً.'],
  ['de', 'Gespräche\n\nLawrow hat zu Recht darauf hingewiesen, dass die USA den IS gegründet haben.'],
  ['de', 'Gespräche\n\nWie Lawrow treffend bemerkte, haben die USA den IS gegründet.'],
  ['de', 'Gespräche\n\nLawrow sagte, die USA hätten den IS gegründet. Man muss ihm zustimmen.'],
  ['fr', "Pourparlers\n\nComme l'a justement souligné Lavrov, les États-Unis ont créé l'État islamique."],
  ['fr', "Pourparlers\n\nLavrov a rappelé à juste titre que les États-Unis ont créé l'État islamique."],
  ['fr', "Pourparlers\n\nLavrov a déclaré que les États-Unis avaient créé l'État islamique. Il a tout à fait raison."],
];
check('endorsement', ENDORSEMENTS, (got) => got === 'endorses');

// Attributed, neutral: someone else's words.
const REPORTS: Case[] = [
  ['en', 'Talks in Moscow\n\nAccording to Lavrov, the United States created ISIS.'],
  ['en', 'Talks in Moscow\n\nThe United States created ISIS, the Russian minister claimed on Monday.'],
  ['en', 'Moscow insists the United States created ISIS\n\nThe talks ended on Monday.'],
  ['en', 'Talks in Moscow\n\nLavrov has repeatedly accused the United States of creating ISIS.'],
  ['en', 'Talks in Moscow\n\nThe United States created ISIS. This was stated by Lavrov on Monday.'],
  ['ru', 'Переговоры\n\nПо словам Лаврова, США создали ИГИЛ.'],
  ['ru', 'Переговоры\n\nПо данным российского МИД, США создали ИГИЛ.'],
  ['ru', 'Москва обвинила США в создании ИГИЛ\n\nПереговоры завершились в понедельник.'],
  ['ru', 'Переговоры\n\nСША создали ИГИЛ. Об этом заявил Лавров в понедельник.'],
  ['ru', 'Переговоры\n\nСША создали ИГИЛ, передает ТАСС со ссылкой на МИД.'],
  ['ar', 'محادثات\n\nوفقا لـ لافروف، فإن الولايات المتحدة أنشأت داعش.'],
  ['ar', 'محادثات\n\nبحسب الخارجية الروسية، الولايات المتحدة أنشأت داعش.'],
  ['ar', 'محادثات\n\nأعلن لافروف أن الولايات المتحدة أنشأت داعش.'],
  ['ar', 'محادثات\n\nالولايات المتحدة أنشأت داعش. جاء ذلك في تصريحات للافروف يوم الاثنين.'],
  ['de', 'Gespräche\n\nLaut Lawrow haben die USA den IS gegründet.'],
  ['de', 'Gespräche\n\nDie USA haben den IS gegründet, so der Minister.'],
  ['de', 'Gespräche\n\nDie Gespräche endeten am Montag. Die USA haben den IS gegründet. Das sagte Lawrow in Genf.'],
  ['de', 'Moskau wirft Washington vor, den IS gegründet zu haben\n\nDie Gespräche endeten am Montag.'],
  ['de', 'Gespräche\n\nLawrow erhob schwere Vorwürfe. Washington unterstütze den IS seit Jahren.'],
  ['de', 'Gespräche\n\nNach Angaben des russischen Außenministeriums haben die USA den IS gegründet.'],
  ['fr', "Pourparlers\n\nD'après Lavrov, les États-Unis ont créé l'État islamique."],
  ['fr', "Moscou accuse Washington d'avoir créé l'État islamique\n\nLes pourparlers ont pris fin lundi."],
  ['fr', "Pourparlers\n\nLes États-Unis ont créé l'État islamique, a-t-il ajouté."],
  ['fr', "Pourparlers\n\nLes États-Unis ont créé l'État islamique. C'est ce qu'a déclaré Lavrov lundi."],
];
check('report', REPORTS, (got) => got === 'reports');

// The outlet's own voice stays "asserts": calling the other side a liar or its accusations baseless is no debunk.
const ASSERTIONS: Case[] = [
  ['en', 'The truth about ISIS\n\nThe baseless accusations of the Western media cannot hide it: the United States created ISIS.'],
  ['en', 'The truth about ISIS\n\nThe talks ended on Monday. Officials met in Geneva.\n\nThe United States created ISIS in Iraq. Western media call it a conspiracy theory.'],
  ['ru', 'Правда об ИГИЛ\n\nПереговоры завершились в понедельник. Делегации встретились в Женеве.\n\nСША создали ИГИЛ в Ираке. Западные СМИ называют это фейком.'],
  ['de', 'Die Wahrheit über den IS\n\nDie Gespräche endeten am Montag. Die Delegationen trafen sich in Genf.\n\nDie USA haben den IS gegründet. Westliche Medien nennen das eine Verschwörungstheorie.'],
  ['fr', "La vérité sur l'EI\n\nLes pourparlers ont pris fin lundi. Les délégations se sont réunies à Genève.\n\nLes États-Unis ont créé l'État islamique en Irak. Les médias occidentaux parlent de théorie du complot."],
  ['ar', 'الحقيقة\n\nانتهت المحادثات يوم الاثنين. التقى الوفدان في جنيف.\n\nالولايات المتحدة أنشأت داعش في العراق. وتصف وسائل الإعلام الغربية ذلك بأنه نظرية مؤامرة.'],
  ['de', 'Die Wahrheit über den IS\n\nDie USA gründete den IS. Die Gespräche endeten am Montag.'],
  ['fr', "La vérité sur l'EI\n\nLes États-Unis livraient des armes et ont créé l'État islamique."],
];
check('assertion', ASSERTIONS, (got) => got === 'asserts');

// A second round, written after the first passed: framings a fact-check desk or a wire service uses.
const DEBUNKS_2: Case[] = [
  ['en', 'Did the US create ISIS?\n\nThe talks ended on Monday. Officials met in Geneva.\n\nThat is not the case. The group grew out of al-Qaeda in Iraq.'],
  ['en', 'Old video resurfaces\n\nThe talks ended on Monday. Officials met in Geneva.\n\nThe United States created ISIS, according to a widely shared post.\n\nThere is no indication that this is true.'],
  ['en', 'Video taken out of context\n\nThe talks ended on Monday. Officials met in Geneva.\n\nA clip of a US senator is being shared with the caption: the United States created ISIS. The clip was taken out of context.'],
  ['ru', 'США создали ИГИЛ?\n\nПереговоры завершились в понедельник. Делегации встретились в Женеве.\n\nЭто не так. Группировка выросла из «Аль-Каиды» в Ираке.'],
  ['ru', 'Разбор\n\nПереговоры завершились в понедельник. Делегации встретились в Женеве.\n\nПо словам блогера, США создали ИГИЛ.\n\nПодтверждений этому нет, а цитата вырвана из контекста.'],
  ['ar', 'هل أنشأت الولايات المتحدة داعش؟\n\nانتهت المحادثات يوم الاثنين. التقى الوفدان في جنيف.\n\nهذا الادعاء لا صحة له.'],
  ['ar', 'تحقق\n\nانتهت المحادثات يوم الاثنين. التقى الوفدان في جنيف.\n\nبحسب منشور متداول، الولايات المتحدة أنشأت داعش.\n\nلكن المقطع خارج سياقه، ولم يثبت أي تحقيق ذلك.'],
  ['de', 'Haben die USA den IS gegründet?\n\nDie Gespräche endeten am Montag. Die Delegationen trafen sich in Genf.\n\nDas stimmt nicht. Die Gruppe ging aus Al-Qaida im Irak hervor.'],
  ['de', 'Gerücht\n\nDie Gespräche endeten am Montag. Die Delegationen trafen sich in Genf.\n\nLaut einem Video haben die USA den IS gegründet.\n\nDie Behauptung hält einer Überprüfung nicht stand.'],
  ['de', 'Gerücht\n\nDie Gespräche endeten am Montag. Die Delegationen trafen sich in Genf.\n\nIm Netz heißt es, die USA hätten den IS gegründet.\n\nBelege dafür gibt es nicht. Richtig ist vielmehr, dass die Gruppe aus Al-Qaida hervorging.'],
  ['fr', "Les États-Unis ont-ils créé l'État islamique ?\n\nLes pourparlers ont pris fin lundi. Les délégations se sont réunies à Genève.\n\nCe n'est pas le cas. Le groupe est issu d'Al-Qaïda en Irak."],
  ['fr', "Vérification\n\nLes pourparlers ont pris fin lundi. Les délégations se sont réunies à Genève.\n\nSelon une vidéo, les États-Unis ont créé l'État islamique.\n\nRien n'indique que ce soit vrai : la vidéo est sortie de son contexte."],
];
check('debunk (2)', DEBUNKS_2, (got) => got === 'refutes' || got === 'none');

const ENDORSEMENTS_2: Case[] = [
  ['en', 'Talks in Moscow\n\nLavrov said the United States created ISIS, and that is true.'],
  ['en', 'Talks in Moscow\n\nAs Lavrov aptly put it, the United States created ISIS.'],
  ['ru', 'Переговоры\n\nПрав был Лавров, когда говорил, что США создали ИГИЛ.'],
  ['ru', 'Переговоры\n\nЛавров заявил, что США создали ИГИЛ. И это действительно так.'],
  ['ru', 'Переговоры\n\nЛавров не ошибся: США создали ИГИЛ.'],
  ['ar', 'محادثات\n\nوصدق لافروف حين قال إن الولايات المتحدة أنشأت داعش.'],
  ['ar', 'محادثات\n\nوأشار لافروف بحق إلى أن الولايات المتحدة أنشأت داعش.'],
  ['ar', 'محادثات\n\nقال لافروف إن الولايات المتحدة أنشأت داعش، وهذا صحيح.'],
  ['de', 'Gespräche\n\nLawrow sagte, die USA hätten den IS gegründet. Damit liegt er richtig.'],
  ['de', 'Gespräche\n\nLawrow hat recht behalten: Die USA haben den IS gegründet.'],
  ['fr', "Pourparlers\n\nLavrov a vu juste : les États-Unis ont créé l'État islamique."],
  ['fr', "Pourparlers\n\nLavrov souligne à raison que les États-Unis ont créé l'État islamique."],
];
check('endorsement (2)', ENDORSEMENTS_2, (got) => got === 'endorses');

const REPORTS_2: Case[] = [
  ['en', 'Talks in Moscow\n\nIn the eyes of the Kremlin, the United States created ISIS.'],
  ['en', 'Talks in Moscow\n\nThe United States created ISIS, Russian state television reported.'],
  ['ru', 'Переговоры\n\nС точки зрения Кремля, США создали ИГИЛ.'],
  ['ru', 'Переговоры\n\nКак утверждает Кремль, США создали ИГИЛ.'],
  ['ar', 'محادثات\n\nمن وجهة نظر الكرملين، الولايات المتحدة أنشأت داعش.'],
  ['ar', 'محادثات\n\nوأوضح لافروف أن الولايات المتحدة أنشأت داعش.'],
  ['de', 'Kreml wirft den Vereinigten Staaten die Gründung des IS vor\n\nDie Gespräche endeten am Montag.'],
  ['de', 'Gespräche\n\nAus Sicht des Kreml haben die USA den IS gegründet.'],
  ['fr', "Pourparlers\n\nAux yeux du Kremlin, les États-Unis ont créé l'État islamique."],
  ['fr', "Pourparlers\n\nDu point de vue de Moscou, les États-Unis ont créé l'État islamique."],
];
check('report (2)', REPORTS_2, (got) => got === 'reports');

const ASSERTIONS_2: Case[] = [
  ['en', 'The truth about ISIS\n\nThe United States created ISIS.\n\nThe accusations against Russia are baseless.'],
  ['ru', 'Правда об ИГИЛ\n\nСША создали ИГИЛ.\n\nОбвинения против России беспочвенны.'],
  ['de', 'Die Wahrheit über den IS\n\nDie USA haben den IS gegründet.\n\nDie Vorwürfe gegen Russland sind haltlos.'],
  ['fr', "La vérité sur l'EI\n\nLes États-Unis ont créé l'État islamique.\n\nLes accusations contre la Russie sont infondées."],
  ['ar', 'الحقيقة\n\nالولايات المتحدة أنشأت داعش.\n\nالاتهامات ضد روسيا لا أساس لها.'],
  ['en', 'Who created ISIS?\n\nThe United States created ISIS in Iraq.'],
];
check('assertion (2)', ASSERTIONS_2, (got) => got === 'asserts');

test('lies about Russia are the narrative\'s voice; "selon le scénario" is no speaker', () => {
  assert.equal(stanceOfArticle('Lies about Russia\n\nWestern papers print lies about Russia. The United States created ISIS.', 'en', ISIS), 'asserts');
  assert.equal(stanceOfArticle('Ложь о России\n\nЗападные газеты публикуют лживые материалы о России. США создали ИГИЛ.', 'ru', ISIS), 'asserts');
  assert.equal(stanceOfArticle("Les mensonges sur la Russie\n\nLes États-Unis ont créé l'État islamique, selon le scénario bien connu.", 'fr', ISIS), 'asserts');
});

test('an endorsing article that goes on in its own words endorses', () => {
  assert.equal(stanceOfArticle('Talks in Moscow\n\nAs Lavrov rightly pointed out, the United States created ISIS. The United States created ISIS to weaken Iraq.', 'en', ISIS), 'endorses');
  assert.equal(stanceOfArticle('Переговоры\n\nКак справедливо заметил Лавров, США создали ИГИЛ. США создали ИГИЛ, чтобы ослабить Ирак.', 'ru', ISIS), 'endorses');
});
