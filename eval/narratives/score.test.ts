import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NarrativeStance } from '../../src/core/types.js';
import { addArticle, emptyScored, f1, merge } from './score.js';
import { LANGUAGES, loadSet } from './set.js';

const got = (pairs: [string, NarrativeStance][]) => new Map(pairs);

test('a pair counts only with the right stance; the narrative alone counts either way', () => {
  const s = emptyScored();
  addArticle(s, [{ narrative: 'a', stance: 'reports' }], got([['a', 'asserts']]));
  assert.deepEqual(s.pairs, { tp: 0, fp: 1, fn: 1 });
  assert.deepEqual(s.narratives, { tp: 1, fp: 0, fn: 0 });
  assert.equal(s.confusion.reports.asserts, 1);
  assert.equal(s.stanceRight, 0);
  assert.equal(s.found, 1);
});

test('a missed and a spurious narrative go to the "none" row and column', () => {
  const s = emptyScored();
  addArticle(s, [{ narrative: 'a', stance: 'asserts' }], got([['b', 'reports']]));
  assert.equal(s.confusion.asserts.none, 1);
  assert.equal(s.confusion.none.reports, 1);
  assert.equal(f1(s.pairs), 0);
});

test('a debunk read as "asserts" anywhere is counted once per article', () => {
  const s = emptyScored();
  addArticle(s, [{ narrative: 'a', stance: 'refutes' }], got([['a', 'refutes'], ['b', 'asserts']]));
  addArticle(s, [{ narrative: 'a', stance: 'refutes' }], got([['a', 'refutes']]));
  assert.equal(s.debunks, 2);
  assert.equal(s.debunksAsserted, 1);
});

test('merging adds counts; F1 of nothing to find and nothing found is 1', () => {
  const a = emptyScored();
  addArticle(a, [{ narrative: 'a', stance: 'asserts' }], got([['a', 'asserts']]));
  const m = merge(a, a);
  assert.deepEqual(m.pairs, { tp: 2, fp: 0, fn: 0 });
  assert.equal(f1(emptyScored().pairs), 1);
});

test('the set loads: at least 75 articles, about 15 per language, each language split into dev and test', () => {
  const set = loadSet();
  assert.ok(set.length >= 75, String(set.length));
  for (const lang of LANGUAGES) {
    const mine = set.filter((a) => a.language === lang);
    assert.ok(mine.length >= 15, `${lang}: ${mine.length}`);
    const dev = mine.filter((a) => a.split === 'dev').length;
    const held = mine.filter((a) => a.split === 'test').length;
    assert.ok(Math.abs(dev - held) <= 2, `${lang}: ${dev} dev, ${held} test`);
    assert.ok(mine.some((a) => a.labels.length === 0), `${lang}: no hard negative`);
    assert.ok(mine.some((a) => a.labels.some((l) => l.stance === 'refutes')), `${lang}: no debunk`);
  }
});
