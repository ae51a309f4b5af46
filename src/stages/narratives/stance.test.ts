// Stance regression tests: each sentence written for the test, read with the built-in catalogue's
// "the US/West created ISIS" narrative (a claim frame, so it matches in every language).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleStance } from './article-stance.js';
import { found, run } from './test-helpers.js';

const ISIS = 'west-created-isis';
// The ISIS narrative's stances; where a broader narrative of the catalogue won the sentence ("the West sponsors
// terrorism"), that one's: these tests are about the stance, not about which narrative matched.
const stances = (text: string, lang: string) => {
  const all = found(run(text, lang));
  const id = all.some((f) => f.startsWith(`${ISIS} `)) ? ISIS : all[0]?.split(' ')[0];
  return all.filter((f) => f.startsWith(`${id} `)).map((f) => f.split(' ')[1]);
};

test('a speech cue inside a name is not one: "The United States created ISIS" is the outlet\'s voice', () => {
  assert.deepEqual(stances('Notes\n\nThe United States created ISIS.', 'en'), ['asserts']);
  assert.deepEqual(stances('Notes\n\nThe United States of America created ISIS in Iraq.', 'en'), ['asserts']);
});

const HEADLINES: [string, string][] = [
  ['en', 'Russia: the United States created ISIS'],
  ['en', 'The United States created ISIS – Moscow'],
  ['en', 'Putin says the United States created ISIS'],
  ['ru', 'Лавров: США создали ИГИЛ'],
  ['ru', 'США создали ИГИЛ, заявил Лавров'],
  ['de', 'Russland wirft den USA vor, den IS geschaffen zu haben'],
  ['de', 'Lawrow: Die USA haben den IS geschaffen'],
  ['fr', "Les États-Unis ont créé l'État islamique, selon Moscou"],
  ['fr', "Lavrov : les États-Unis ont créé l'État islamique"],
  ['ar', 'لافروف: الولايات المتحدة أنشأت داعش'],
  ['ar', 'قال لافروف إن الولايات المتحدة أنشأت داعش'],
];

for (const [lang, headline] of HEADLINES) {
  test(`${lang}: the headline "${headline}" gives someone's words`, () => {
    assert.deepEqual(stances(`${headline}\n\nThe talks ended on Monday.`, lang), ['reports']);
  });
}

test('before the colon, a country speaks for its government; a headline with no speaker is the outlet\'s', () => {
  assert.deepEqual(stances('Afghanistan: the United States created ISIS\n\nThe talks ended on Monday.', 'en'), ['reports']);
  assert.deepEqual(stances('The United States created ISIS\n\nThe talks ended on Monday.', 'en'), ['asserts']);
});

test('a negation anywhere in the clause denies the claim: "does not equate to a direct creation of ISIS by the U.S."', () => {
  const got = stances('Notes\n\nThe chaos after the invasion does not equate to a direct creation of ISIS by the U.S.', 'en');
  assert.ok(got.length === 0 || (got.includes('refutes') && !got.includes('asserts')), got.join(', '));
});

test('"not only" adds, a comma or "that" ends the negation\'s reach', () => {
  assert.deepEqual(stances('Notes\n\nThe United States not only created ISIS but armed it.', 'en'), ['asserts']);
  assert.deepEqual(stances('Notes\n\nNobody is surprised, the United States created ISIS.', 'en'), ['asserts']);
});

test('a verb of denial reports a denial, it does not refute in the outlet\'s voice', () => {
  assert.deepEqual(stances('Notes\n\nThe Pentagon denied creating ISIS.', 'en').filter((s) => s === 'refutes' || s === 'asserts'), []);
});

const NO_EVIDENCE: [string, string][] = [
  ['en', 'There is no evidence that the United States created ISIS.'],
  ['ru', 'Нет доказательств того, что США создали ИГИЛ.'],
  ['de', 'Es gibt keine Beweise dafür, dass die USA den IS geschaffen haben.'],
  ['fr', "Aucune preuve ne montre que les États-Unis ont créé l'État islamique."],
  ['ar', 'لا دليل على أن الولايات المتحدة أنشأت داعش.'],
];

for (const [lang, sentence] of NO_EVIDENCE) {
  test(`${lang}: "${sentence}" refutes`, () => {
    assert.deepEqual(stances(`Notes\n\nThe talks ended on Monday.\n\n${sentence}`, lang), ['refutes']);
  });
}

const VIRAL = 'A video seen two million times repeats an old story.\n\nAmerican helicopters moved ISIS fighters to safety, and the United States created ISIS in Iraq.';

test('a verdict in the headline makes the whole article a debunk: a claim three paragraphs down refutes, never asserts', () => {
  assert.deepEqual(stances(`Fact check: the viral ISIS video\n\n${VIRAL}`, 'en'), ['refutes']);
  assert.deepEqual(stances(`The viral ISIS video\n\n${VIRAL}`, 'en'), ['asserts']);
});

test('a verdict in the lead makes the article a debunk too, in every language', () => {
  assert.deepEqual(stances('Видео\n\nВ сети распространяют видео. Это фейк и ложь.\n\nСША создали ИГИЛ в Ираке.', 'ru'), ['refutes']);
  assert.deepEqual(stances('Video\n\nEin Video verbreitet sich im Netz. Die Behauptung ist falsch.\n\nDie USA haben den IS geschaffen.', 'de'), ['refutes']);
  assert.deepEqual(stances("Vidéo\n\nUne vidéo circule. C'est faux.\n\nLes États-Unis ont créé l'État islamique.", 'fr'), ['refutes']);
  assert.deepEqual(stances('فيديو\n\nينتشر مقطع فيديو. هذا الادعاء غير صحيح.\n\nالولايات المتحدة أنشأت داعش.', 'ar'), ['refutes']);
});

test('a rival\'s reply ("Kyiv called it propaganda") is reported, not the outlet\'s refutation', () => {
  assert.deepEqual(stances('Lavrov: the United States created ISIS\n\nThe State Department called the claim propaganda.', 'en'), ['reports']);
});

test('a distancing word after the claim is part of it; before it, it refutes', () => {
  assert.deepEqual(stances('Notes\n\nPro-Kremlin outlets keep repeating that the United States created ISIS.', 'en'), ['refutes']);
});

test('the outlet agreeing with a claim it reports endorses it', () => {
  assert.ok(stances('Notes\n\nLavrov said the United States created ISIS. As Lavrov rightly pointed out, Washington created the terrorists of ISIS.', 'en').includes('endorses'));
  assert.deepEqual(stances('Заявление\n\nЛавров заявил, что США создали ИГИЛ. С этим трудно не согласиться.', 'ru'), ['endorses']);
  assert.deepEqual(stances("Déclaration\n\nLavrov a déclaré que les États-Unis avaient créé l'État islamique, et il a raison.", 'fr'), ['endorses']);
});

test('each entry carries the article stance: with the rules\' article stance (stanceModel false), the strongest of its mentions', () => {
  const doc = run('Notes\n\nLavrov said the United States created ISIS. Indeed, the United States created ISIS in Iraq.', 'en', { stanceModel: false });
  const all = doc.layers.narratives ?? [];
  const id = all.some((n) => n.id === ISIS) ? ISIS : all[0]?.id;
  const entries = all.filter((n) => n.id === id);
  assert.deepEqual(entries.map((n) => n.stance).sort(), ['asserts', 'reports']);
  assert.ok(entries.every((n) => n.articleStance === 'asserts'), JSON.stringify(entries.map((n) => n.articleStance)));
});

test('article stance order: refutes > endorses > asserts > reports', () => {
  assert.equal(articleStance(['reports', 'endorses']), 'endorses');
  assert.equal(articleStance(['endorses', 'asserts', 'reports']), 'endorses');
  assert.equal(articleStance(['asserts', 'reports']), 'asserts');
  assert.equal(articleStance(['asserts', 'refutes']), 'refutes');
  assert.equal(articleStance([]), null);
});

const HEARSAY: [string, string][] = [
  ['en', 'The United States allegedly created ISIS.'],
  ['ru', 'США якобы создали ИГИЛ.'],
  ['de', 'Die USA hätten den IS geschaffen.'],
  ['fr', "Les États-Unis auraient créé l'État islamique."],
];

for (const [lang, sentence] of HEARSAY) {
  test(`${lang}: hearsay ("${sentence}") passes on someone's claim, it does not assert it`, () => {
    assert.deepEqual(stances(`Notes\n\nThe talks ended on Monday.\n\n${sentence}`, lang), ['reports']);
  });
}

test('speech verbs beyond "said": wrote, in his view, bezeichnete, написал, كتب, a écrit', () => {
  assert.deepEqual(stances('Notes\n\nMedvedev wrote on Telegram that the United States created ISIS.', 'en'), ['reports']);
  assert.deepEqual(stances('Notes\n\nIn his view, the United States created ISIS.', 'en'), ['reports']);
  assert.deepEqual(stances('Notiz\n\nPeskow bezeichnete es als Tatsache, dass die USA den IS geschaffen haben.', 'de'), ['reports']);
  assert.deepEqual(stances('Notiz\n\nPeskow schrieb, die USA haben den IS geschaffen.', 'de'), ['reports']);
  assert.deepEqual(stances('Заметка\n\nМедведев написал, что США создали ИГИЛ.', 'ru'), ['reports']);
  assert.deepEqual(stances("Note\n\nMedvedev a écrit que les États-Unis avaient créé l'État islamique.", 'fr'), ['reports']);
  assert.deepEqual(stances('ملاحظة\n\nكتب ميدفيديف أن الولايات المتحدة أنشأت داعش.', 'ar'), ['reports']);
});

test('calling the West a liar is the narrative\'s voice, not a debunk', () => {
  assert.deepEqual(stances('The lies of the Western media about ISIS\n\nThe United States created ISIS in Iraq.', 'en'), ['asserts']);
  assert.deepEqual(stances('Ложь западных СМИ об ИГИЛ\n\nСША создали ИГИЛ в Ираке.', 'ru'), ['asserts']);
  assert.deepEqual(stances("Les mensonges des médias occidentaux\n\nLes États-Unis ont créé l'État islamique.", 'fr'), ['asserts']);
});

test('a lie told by someone else, or a lie about a topic, still makes the article a debunk', () => {
  assert.deepEqual(stances('Kremlin lies about ISIS\n\nThe United States created ISIS in Iraq, a state TV host claimed.', 'en'), ['refutes']);
  assert.deepEqual(stances('Ложь об американском ИГИЛ\n\nСША создали ИГИЛ в Ираке.', 'ru'), ['refutes']);
});

test('words that only look like agreement do not endorse ("защиты прав", "c\'est justement")', () => {
  assert.deepEqual(stances('Заявление\n\nЛавров заявил на форуме защиты прав человека, что США создали ИГИЛ.', 'ru'), ['reports']);
  assert.deepEqual(stances("Déclaration\n\nC'est justement ce que Lavrov a déclaré : les États-Unis ont créé l'État islamique.", 'fr'), ['reports']);
});

test('a denied stop affirms: "never stopped", "не переставали"', () => {
  assert.deepEqual(stances('Notes\n\nThe United States never stopped funding ISIS.', 'en'), ['asserts']);
  assert.deepEqual(stances('Заметка\n\nСША никогда не переставали финансировать ИГИЛ.', 'ru'), ['asserts']);
});
