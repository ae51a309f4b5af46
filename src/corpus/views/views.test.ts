import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../store/index.js';
import { NARRATIVE, fixtureArticles, storeFixtureCorpus } from '../test-helpers.js';
import { claimsView, duplicatesView, narrativesView, outletsView, searchView, speakersView, speakerView } from './index.js';
import { claimsMd, narrativesMd, outletsMd, searchMd, speakerMd, speakersMd } from './markdown.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-views-'));
let store: Store;
test.before(async () => {
  store = await storeFixtureCorpus(join(dir, 'corpus.db'));
});
test.after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const carrying = fixtureArticles().filter((a) => a.carries);

test('narratives: exactly the articles that carry it, in all five languages, first seen in the Russian article', async () => {
  const { narratives } = await narrativesView(store, { documents: 100 });
  assert.equal(narratives.length, 1);
  const n = narratives[0];
  assert.equal(n.id, NARRATIVE.id);
  assert.equal(n.articles, carrying.length);
  assert.deepEqual(n.documents.map((d) => d.url).sort(), carrying.map((a) => a.url).sort());
  assert.deepEqual(n.languages.map((l) => l.key).sort(), ['ar', 'de', 'en', 'fr', 'ru']);
  assert.equal(n.firstSeen?.url, 'https://vestnik.example/politika/kabulov-ssha-igil');
  assert.equal(n.firstSeen?.outlet, 'Вечерний вестник');
  assert.deepEqual(n.timeline, [
    { week: '2024-02-12', count: 4 },
    { week: '2024-02-19', count: 2 },
    { week: '2024-02-26', count: 1 },
  ]);
  assert.ok(n.firstSeen?.evidence[0].includes('Замир Кабулов'));
  assert.match(narrativesMd({ narratives }), /First seen: 2024-02-12 · Вечерний вестник · ru/);
});

test('speaker: one person under Latin, Cyrillic and Arabic spellings, every language, earliest first', async () => {
  const views = await Promise.all(['Zamir Kabulov', 'Замир Кабулов', 'ضمير كابولوف', 'Samir Kabulow'].map((name) => speakerView(store, name)));
  for (const v of views) {
    assert.deepEqual(v.entities.map((e) => e.gazetteerId), ['zamir-kabulov'], v.query);
    assert.equal(v.total, views[0].total);
  }
  const v = views[0];
  assert.deepEqual(v.languages.map((l) => l.key).sort(), ['ar', 'de', 'en', 'fr', 'ru']);
  assert.equal(v.quotes[0].language, 'ru');
  assert.ok(v.quotes.some((q) => q.language === 'ar' && q.content.includes('الولايات المتحدة أنشأت داعش')));
  assert.ok(v.quotes.some((q) => q.content.includes('first trains')), 'unrelated statements are the same person too');
  const spellings = v.aliases.map((a) => a.alias);
  for (const s of ['Zamir Kabulov', 'Замир Кабулов', 'ضمير كابولوف']) assert.ok(spellings.includes(s), s);
  assert.match(speakerMd(v), /^# Zamir Kabulov/);
  const { speakers } = await speakersView(store);
  assert.equal(speakers[0].canonical, 'Zamir Kabulov');
  assert.equal(speakers[0].quotes, v.total);
  assert.match(speakersMd({ speakers }), /\| Zamir Kabulov \|/);
  assert.deepEqual((await speakerView(store, 'Nobody Atall')).entities, []);
});

test('near-duplicates: the republished copy is grouped with its origin, the earlier publication', async () => {
  const { groups } = await duplicatesView(store);
  assert.equal(groups.length, 1);
  assert.equal(groups[0].origin.url, 'https://kabulobserver.example/2024/02/13/kabulov-us-isis');
  assert.deepEqual(groups[0].republications.map((r) => r.url), ['https://easternwire.example/world/russia-envoy-isis-k']);
  const { outlets } = await outletsView(store);
  const by = new Map(outlets.map((o) => [o.outlet, o]));
  assert.equal(by.get('Eastern Wire')?.republished, 1);
  assert.equal(by.get('Kabul Observer')?.originalsCopied, 1);
  assert.equal(by.get('Kabul Observer')?.articles, 3);
  assert.deepEqual(by.get('Kabul Observer')?.narratives, [{ key: NARRATIVE.id, count: 2 }]);
  assert.match(outletsMd({ outlets }), /\| Kabul Observer \| 3 \|/);
});

test('claims: "the US created ISIS" is one cluster across languages, first said in Russian by Kabulov', async () => {
  const { clusters } = await claimsView(store);
  const top = clusters[0];
  assert.equal(top.frame, 'create(g:united-states, g:isis)');
  assert.ok(top.articles >= 5);
  assert.deepEqual(top.languages.map((l) => l.key).sort(), ['ar', 'de', 'en', 'fr', 'ru']);
  assert.equal(top.first?.language, 'ru');
  assert.equal(top.first?.speaker, 'Zamir Kabulov');
  assert.equal(top.first?.published, '2024-02-12');
  const one = await claimsView(store, { cluster: top.id });
  assert.equal(new Set(one.clusters[0].appearances?.map((a) => a.doc)).size, top.articles);
  assert.match(claimsMd(one), /\| 2024-02-12 \| Вечерний вестник \| ru \| Zamir Kabulov \|/);
});

test('search: snippets, and filters by language, outlet, dates, narrative and speaker in any spelling', async () => {
  const all = await searchView(store, { query: 'Afghanistan', expand: false });
  assert.ok(all.total >= 3);
  assert.match(all.hits[0].snippet, /«Afghanistan»/);
  // Expanded (the default, issue 15): the gazetteer's other names find the Arabic and Russian articles too.
  const everyScript = await searchView(store, { query: 'Afghanistan' });
  assert.ok(everyScript.total > all.total);
  assert.ok(everyScript.hits.some((h) => h.language === 'ar' && /«أفغانستان»/.test(h.snippet)));
  const en = await searchView(store, { query: 'Afghanistan', language: 'en' });
  assert.ok(en.hits.every((h) => h.language === 'en'));
  assert.equal((await searchView(store, { query: 'Afghanistan', outlet: 'Eastern Wire' })).total, 1);
  assert.equal((await searchView(store, { query: 'Afghanistan', from: '2024-02-14', to: '2024-02-15', language: 'en' })).total, 1);
  assert.equal((await searchView(store, { query: 'trains', narrative: NARRATIVE.id })).total, 0);
  assert.equal((await searchView(store, { query: 'trains', speaker: 'Замир Кабулов' })).total, 1);
  assert.equal((await searchView(store, { query: 'snow', speaker: 'Zamir Kabulov' })).total, 0);
  assert.match(searchMd(en), /^# Search: Afghanistan/);
});
