import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { writeTinyModel } from '../../knowledge/embeddings/tiny-model.js';
import { indexSimilarity, rankNarratives, similarities, similarityScore } from './similar.js';
import { found, run } from './test-helpers.js';

// A catalogue in the minimal format: id, title, English examples; nothing else.
const CATALOGUE = `- id: biolabs
  title: The US runs secret biolabs in Ukraine
  examples:
    - The Pentagon runs secret biological laboratories in Ukraine
    - US military biolabs in Ukraine develop biological weapons
- id: sanctions-backfire
  title: Sanctions hurt Europe more than Russia
  examples:
    - Sanctions against Russia hurt Europe more than Russia
    - The sanctions have backfired and are destroying the European economy
`;

function catalogue(text = CATALOGUE): string {
  const file = join(mkdtempSync(join(tmpdir(), 'claimtrail-similar-')), 'mine.yml');
  writeFileSync(file, text);
  return file;
}

test('an English-only catalogue of examples finds its narratives in ru, de, fr and ar articles', () => {
  const options = { files: [catalogue()], builtIn: false };
  const articles: [string, string, string][] = [
    ['ru', 'Новости\n\nПентагон управляет секретными биологическими лабораториями на Украине.', 'biolabs asserts'],
    ['de', 'Bericht\n\nDie Sanktionen gegen Russland schaden Europa mehr als Russland.', 'sanctions-backfire asserts'],
    ['fr', 'Analyse\n\nLes sanctions contre la Russie nuisent davantage à l’Europe et détruisent son économie.', 'sanctions-backfire asserts'],
    ['ar', 'تقرير\n\nالبنتاغون يدير مختبرات بيولوجية سرية في أوكرانيا.', 'biolabs asserts'],
  ];
  for (const [language, text, expected] of articles) assert.deepEqual(found(run(text, language, options)), [expected], language);
});

test('sharing only the actors is news, not the narrative', () => {
  const options = { files: [catalogue()], builtIn: false };
  assert.deepEqual(found(run('News\n\nThe Pentagon sent a delegation to Ukraine on Monday.', 'en', options)), []);
  assert.deepEqual(found(run('Новости\n\nЕвропа и Россия провели переговоры в Женеве.', 'ru', options)), []);
});

test('the cosine: identical terms give 1, no shared word gives nothing, the threshold maps to 0.5', () => {
  const idx = indexSimilarity(2, [
    { pattern: 0, terms: new Set(['k:create', 'c:isis']), vector: null },
    { pattern: 1, terms: new Set(['k:coup', 'e:maidan']), vector: null },
  ]);
  assert.equal(similarities(new Set(['k:create', 'c:isis']), idx).get(0)!.toFixed(3), '1.000');
  assert.equal(similarities(new Set(['c:isis', 'x:attack']), idx).size, 0);
  assert.ok(similarities(new Set(['c:isis', 'x:attack']), idx, null, false).get(0)! > 0);
  assert.equal(similarityScore(0.45, 0.45), 0.5);
  assert.equal(similarityScore(1, 0.45), 1);
  assert.equal(similarityScore(0.2, 0.45), 0);
  const ranked = rankNarratives(new Set(['k:coup']), idx, (p) => p);
  assert.deepEqual([...ranked.keys()], [1]);
});

const ort = (() => {
  try {
    createRequire(import.meta.url).resolve('onnxruntime-node');
    return true;
  } catch {
    return false;
  }
})();

test('with --embeddings, a sentence that shares no key meets an example through the model', { skip: ort ? false : 'onnxruntime-node is not installed (optional dependency)' }, () => {
  // Made-up words: no lexicon knows them; the tiny model gives each pair one vector, as a multilingual model would.
  const dir = writeTinyModel(join(mkdtempSync(join(tmpdir(), 'claimtrail-emb-')), 'model'), [['zorblat', 'flumph'], ['quinx', 'vizzle']]);
  const file = catalogue('- id: made-up\n  title: A made-up claim\n  examples: [Zorblat quinx]\n');
  const text = 'Report\n\nFlumph vizzle.';
  assert.deepEqual(found(run(text, 'en', { files: [file], builtIn: false })), []);
  assert.deepEqual(found(run(text, 'en', { files: [file], builtIn: false, embeddings: dir })), ['made-up asserts']);
});

test('a sentence says one claim: a neighbour sharing its words is not reported beside the best', () => {
  const file = catalogue(`- id: biolabs
  title: Secret US biolabs in Ukraine
  examples:
    - The Pentagon runs secret biological laboratories in Ukraine
- id: covid-weapon
  title: COVID-19 is a US biological weapon
  examples:
    - The coronavirus is a biological weapon created in an American military laboratory
`);
  const doc = run('Notes\n\nDas Coronavirus ist eine biologische Waffe aus einem geheimen Militärlabor des Pentagons.', 'de', { files: [file], builtIn: false });
  assert.deepEqual(found(doc), ['covid-weapon asserts']);
});

test('a name the core vocabulary knows counts as its entity ("Bündnis" is NATO)', () => {
  const file = catalogue('- id: nato-expands\n  title: NATO expands east\n  examples: [The expansion of NATO to the east threatens Russia]\n');
  const doc = run('Bericht\n\nDie Osterweiterung des Bündnisses bedroht Russland.', 'de', { files: [file], builtIn: false });
  assert.deepEqual(found(doc), ['nato-expands asserts']);
});
