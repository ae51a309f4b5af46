import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withLayers } from '../../core/doc.js';
import { createDoc } from '../../core/doc.js';
import { createPipeline } from '../../core/pipeline.js';
import { defineStage } from '../../core/stage.js';
import { loadCases, slugOf } from '../../knowledge/narratives/cases.js';
import { entities } from '../entities/index.js';
import { language } from '../language/index.js';
import { segment } from '../segment/index.js';
import { cases } from './index.js';

const noQuotes = defineStage({ name: 'quotes', requires: [], assigns: ['quotes'], create: () => (d) => withLayers(d, { quotes: [] }) });

function run(text: string, lang: string) {
  const p = createPipeline().use(language, { force: lang }).use(segment).use(entities, undefined).use(noQuotes).use(cases, undefined);
  return p.run(createDoc({ text }));
}

test('the shipped case list: every EUvsDisinfo case, with a URL built from its slug', () => {
  const list = loadCases();
  assert.equal(list.length, 10892);
  const isis = list.find((c) => c.title === 'The US created ISIS and terrorism in the Middle East');
  assert.ok(isis);
  assert.equal(isis.date, '2020-07-10');
  assert.equal(isis.url, 'https://euvsdisinfo.eu/report/the-us-created-isis-and-terrorism-in-the-middle-east/');
  assert.match(isis.features, /united-states>CREATE>isis/);
});

test('slugs as euvsdisinfo.eu writes them', () => {
  assert.equal(slugOf('ECHR’s decisions are not binding for Russia, Navalny is mentally ill'), 'echrs-decisions-are-not-binding-for-russia-navalny-is-mentally-ill');
  assert.equal(slugOf('“Psaking” meme — a symbol'), 'psaking-meme-a-symbol');
});

test('a Russian article claiming the US created ISIS echoes the EUvsDisinfo cases of that claim', () => {
  const doc = run('Новости\n\nСША создали ИГИЛ и до сих пор финансируют его, заявил дипломат.', 'ru');
  const found = doc.layers.cases!;
  assert.ok(found.length >= 3, found.map((c) => c.title).join(' | '));
  for (const c of found) assert.match(c.title, /ISIS|ISIL|Daesh|Islamic State|terror/i, c.title);
  assert.ok(found[0].score >= 0.6 && found[0].score <= 1);
});

test('an Arabic article on biolabs echoes the biolab cases', () => {
  const doc = run('تقرير\n\nالبنتاغون يدير مختبرات بيولوجية سرية في جورجيا وأوكرانيا.', 'ar');
  const found = doc.layers.cases!;
  assert.ok(found.length >= 1, 'no case');
  assert.match(found[0].title, /lab|biolog/i, found[0].title);
});

test('factual reporting on the same actors echoes no case', () => {
  const doc = run('News\n\nThe Islamic State Khorasan Province claimed an attack near Kabul airport that killed 13 US soldiers. The US-led coalition has fought ISIS since 2014.', 'en');
  assert.deepEqual(doc.layers.cases, []);
});
