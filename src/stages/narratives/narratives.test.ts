import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evidence, found, run } from './test-helpers.js';

// Short articles written for these tests. Each "carries" article has the outlet assert the ISIS narrative in its
// headline and report an envoy saying it; each "factual" one reports on the same actors with no such claim.
const CARRIES: Record<string, string> = {
  ru: `США создали ИГИЛ

Российский дипломат Замир Кабулов заявил, что Соединённые Штаты и НАТО создали афганский филиал ИГИЛ и поддерживают его.

Американские вертолёты перевозили боевиков ИГ в безопасные районы, пишет издание.`,
  ar: `أمريكا صنعت داعش

قال المبعوث الروسي ضمير كابولوف إن الولايات المتحدة أنشأت تنظيم داعش في أفغانستان ودعمته بالسلاح والمال.

ونقلت المروحيات الأمريكية مقاتلي داعش إلى مناطق آمنة.`,
  de: `Die USA haben den IS erschaffen

Der russische Sondergesandte Samir Kabulow behauptete, die Vereinigten Staaten hätten den Islamischen Staat gegründet und finanziert.

Amerikanische Hubschrauber haben IS-Kämpfer in Sicherheit gebracht.`,
  fr: `Les États-Unis ont créé l'État islamique

L'envoyé russe Zamir Kaboulov a affirmé que les États-Unis avaient créé l'EI en Afghanistan et qu'ils le finançaient.

Des hélicoptères américains ont évacué les combattants de l'EI vers des zones sûres.`,
  en: `America made the Islamic State

The Russian envoy Zamir Kabulov said that the United States and Britain established the Afghan branch of ISIS.

American helicopters relocated Daesh fighters to safe areas whenever the Taliban were about to win.`,
};

const FACTUAL: Record<string, string> = {
  en: `ISIS-K claims deadly attack near Kabul airport

The Islamic State Khorasan Province claimed responsibility for a suicide bombing near Kabul airport that killed 13 US service members.

A UN report estimated that ISIS-K has up to 2,200 fighters in Afghanistan and receives funding from the group's leadership in Iraq and Syria. The US-led coalition has fought ISIS since 2014, and the United States created a coalition of more than 80 countries to defeat the Islamic State.`,
  ru: `ИГИЛ взял на себя ответственность за теракт в Кабуле

Группировка «Исламское государство – Хорасан» взяла на себя ответственность за взрыв у аэропорта Кабула, в результате которого погибли 13 американских военных.

В докладе ООН говорится, что ИГИЛ-К насчитывает до двух тысяч боевиков в Афганистане. США и их союзники воюют против ИГИЛ с 2014 года.`,
  ar: `داعش خراسان يتبنى هجوما قرب مطار كابول

تبنى تنظيم داعش خراسان هجوما انتحاريا قرب مطار كابول أسفر عن مقتل 13 جنديا أمريكيا وعشرات المدنيين.

وقال تقرير للأمم المتحدة إن التنظيم يضم نحو ألفي مقاتل في أفغانستان. وتقود الولايات المتحدة تحالفا دوليا ضد داعش منذ عام 2014.`,
  de: `IS-Ableger bekennt sich zu Anschlag in Kabul

Der Islamische Staat Provinz Khorasan hat sich zu dem Selbstmordanschlag am Flughafen Kabul bekannt, bei dem 13 US-Soldaten getötet wurden.

Laut einem UN-Bericht verfügt die Gruppe über bis zu 2000 Kämpfer in Afghanistan. Die USA bekämpfen den IS seit 2014 mit einer internationalen Koalition.`,
  fr: `L'État islamique au Khorasan revendique l'attentat de Kaboul

L'État islamique au Khorasan a revendiqué l'attentat-suicide près de l'aéroport de Kaboul, qui a tué 13 soldats américains.

Selon un rapport de l'ONU, le groupe compte jusqu'à 2 000 combattants en Afghanistan. Les États-Unis combattent l'EI depuis 2014 à la tête d'une coalition internationale.`,
};

for (const [lang, text] of Object.entries(CARRIES)) {
  test(`${lang}: an article carrying "the US created ISIS" matches it, asserted in the headline and reported from the envoy`, () => {
    const doc = run(text, lang);
    const got = found(doc);
    assert.ok(got.includes('west-created-isis asserts'), got.join('; '));
    assert.ok(got.includes('west-created-isis reports'), got.join('; '));
    const headline = text.split('\n')[0];
    assert.ok(evidence(doc, 'west-created-isis', 'asserts').includes(headline), evidence(doc, 'west-created-isis', 'asserts').join(' | '));
    assert.ok(evidence(doc, 'west-created-isis', 'reports').some((e) => e.includes(lang === 'ar' ? 'أنشأت' : lang === 'en' ? 'established' : lang === 'ru' ? 'создали афганский' : lang === 'de' ? 'gegründet' : 'créé')));
    const m = doc.layers.narratives!.find((n) => n.id === 'west-created-isis')!;
    assert.ok(m.score >= 0.6 && m.score <= 1, String(m.score));
    assert.ok(m.matchedExamples.length >= 1);
  });

  test(`${lang}: factual reporting about ISIS, the US and the UN carries no narrative`, () => {
    const doc = run(FACTUAL[lang], lang);
    assert.deepEqual(found(doc), []);
  });
}

test('the third paragraph, in the outlet\'s voice, is asserted (helicopters moved ISIS fighters)', () => {
  for (const lang of ['ru', 'ar', 'de', 'fr', 'en']) {
    const doc = run(CARRIES[lang], lang);
    const last = CARRIES[lang].split('\n\n')[2];
    // "…, пишет издание" attributes the sentence to a publication: a reader takes it as reported.
    const stance = lang === 'ru' ? 'reports' : 'asserts';
    assert.ok(evidence(doc, 'west-created-isis', stance).some((e) => last.includes(e)), `${lang}: ${evidence(doc, 'west-created-isis', stance).join(' | ')}`);
  }
});

test('a quote of someone else is reported; the same claim outside it is asserted', () => {
  const doc = run('Notes\n\nA senator said: “The United States created ISIS.”\n\nWe add that Washington funds the Islamic State.', 'en');
  assert.deepEqual(evidence(doc, 'west-created-isis', 'reports'), ['The United States created ISIS.']);
  assert.deepEqual(evidence(doc, 'west-created-isis', 'asserts'), ['We add that Washington funds the Islamic State.']);
});

test('a speaker headline ("Name: claim") reports the speaker', () => {
  const doc = run('Zamir Kabulov: America created ISIS in Afghanistan\n\nThe envoy spoke on television.', 'en');
  assert.deepEqual(found(doc), ['west-created-isis reports']);
});

const REFUTES: Record<string, string> = {
  en: 'Fact check: did the US create ISIS?\n\nRussian officials accused the United States of creating ISIS, a claim Washington rejects as baseless. There is no evidence for it.',
  ru: 'Разбор\n\nУтверждения о том, что США создали ИГИЛ, не соответствуют действительности: доказательств этому нет.',
  de: 'Faktencheck\n\nDie Behauptung, die USA hätten den Islamischen Staat gegründet, ist falsch. Es gibt keine Belege dafür.',
  fr: 'Vérification\n\nL\'idée que les États-Unis ont créé l\'État islamique est une théorie du complot, sans aucune preuve.',
  ar: 'تدقيق\n\nالادعاء بأن الولايات المتحدة أنشأت داعش كاذب ولا يوجد دليل عليه.',
};

for (const [lang, text] of Object.entries(REFUTES)) {
  test(`${lang}: a debunk refutes the narrative`, () => {
    const doc = run(text, lang);
    const got = found(doc);
    assert.ok(got.includes('west-created-isis refutes'), got.join('; '));
    assert.ok(!got.some((g) => g.endsWith('asserts')), got.join('; '));
  });
}

test('a denied frame ("did not create") refutes', () => {
  const doc = run('Notes\n\nThe United States did not create ISIS.', 'en');
  assert.deepEqual(found(doc), ['west-created-isis refutes']);
});

test('a catalogue of English examples only matches Russian and Arabic articles (frames on canonical ids)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-narr-'));
  const file = join(dir, 'mine.yml');
  writeFileSync(file, '- id: nato-arms-taliban\n  title: NATO arms the Taliban\n  description: A test narrative.\n  examples: [NATO secretly armed the Taliban]\n');
  const options = { files: [file], builtIn: false };
  assert.deepEqual(found(run('Новости\n\nНАТО тайно вооружало талибов, сообщает источник.', 'ru', options)), ['nato-arms-taliban reports']); // "сообщает источник" attributes it
  assert.deepEqual(found(run('أخبار\n\nقام حلف الناتو بتسليح حركة طالبان سرا.', 'ar', options)), ['nato-arms-taliban asserts']);
  assert.deepEqual(found(run('News\n\nNATO troops fought the Taliban in Helmand.', 'en', options)), []);
});

test('keywords in a catalogue let an article in that language match without a frame', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-narr-'));
  const file = join(dir, 'kw.json');
  const narrative = { id: 'biolabs', title: 'Secret biolabs', description: 'd', examples: ['Secret biolabs operate in Georgia'], keywords: { fr: ['laboratoires secrets'] } };
  writeFileSync(file, JSON.stringify([narrative]));
  const doc = run('Enquête\n\nDes laboratoires secrets fonctionnent en Géorgie près de la frontière.', 'fr', { files: [file], builtIn: false });
  assert.deepEqual(found(doc), ['biolabs asserts']);
});

test('an empty catalogue: the stage runs and says no catalogue was given', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-narr-'));
  const file = join(dir, 'empty.yml');
  writeFileSync(file, '# nothing yet\n');
  const doc = run(CARRIES.en, 'en', { files: [file], builtIn: false });
  assert.deepEqual(doc.layers.narratives, []);
  const note = doc.messages.find((m) => m.source === 'narratives');
  assert.equal(note?.ruleId, 'no-catalogue');
  assert.match(note!.reason, /No narrative catalogue was given/);
});

test('a language no cue list covers gets a message, not a silent miss', () => {
  const doc = run('Noticias\n\nLos Estados Unidos crearon el Estado Islámico.', 'es');
  const note = doc.messages.find((m) => m.ruleId === 'language-not-covered');
  assert.ok(note);
  assert.match(note.reason, /cover en, ru, ar, de, fr; this text reads as "es"/);
});

test('evidence offsets point into the text, and the layer survives JSON', () => {
  const doc = run(CARRIES.ru, 'ru');
  for (const n of doc.layers.narratives!) for (const e of n.evidence) assert.ok(e.start >= 0 && e.end <= doc.text.length && e.start < e.end);
  assert.deepEqual(JSON.parse(JSON.stringify(doc.layers.narratives)), doc.layers.narratives);
});
