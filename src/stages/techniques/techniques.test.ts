import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDoc } from '../../core/doc.js';
import { isClaimtrailError } from '../../core/errors.js';
import { createPipeline } from '../../core/pipeline.js';
import type { Doc } from '../../core/types.js';
import { TECHNIQUES } from '../../models/techniques/ptc.js';
import { segment } from '../segment/index.js';
import { techniques } from './index.js';

const pipeline = createPipeline().use(segment).use(techniques, undefined);
const run = (text: string): Doc => pipeline.run(createDoc({ text }));

test('spans are exact, named as in PTC, scored in [0, 1] and explained', () => {
  const text = 'The corrupt regime and its thugs lied to the nation again!\n\nWhy would anyone still trust these so-called experts?\n\nThe committee met on Tuesday.';
  const doc = run(text);
  const found = doc.layers.techniques ?? [];
  assert.ok(found.length > 0);
  for (const t of found) {
    assert.ok((TECHNIQUES as readonly string[]).includes(t.technique), t.technique);
    assert.ok(t.score >= 0 && t.score <= 1);
    assert.ok(t.end > t.start && t.end <= text.length);
    assert.equal(text.slice(t.start, t.end).trim(), text.slice(t.start, t.end));
    assert.ok(t.explanation.length > 5);
  }
  const question = text.indexOf('Why would');
  assert.ok(found.some((t) => t.technique === 'Doubt' && t.start >= question && t.start < question + 12));
  assert.ok(found.every((t) => t.start < text.indexOf('The committee')), 'a plain factual sentence carries no technique');
  assert.deepEqual(found.map((t) => t.id), found.map((_, i) => `t${i + 1}`));
});

test('a missing or corrupt model file: KNOWLEDGE_INVALID naming the file and how to retrain', () => {
  const dir = mkdtempSync(join(tmpdir(), 'techniques-'));
  const corrupt = join(dir, 'model.json');
  writeFileSync(corrupt, '{"name": "techniques", "tagger": ');
  for (const path of [join(dir, 'absent.json'), corrupt]) {
    assert.throws(() => techniques.create({ model: path }), (error: unknown) => {
      assert.ok(isClaimtrailError(error));
      assert.equal(error.code, 'KNOWLEDGE_INVALID');
      assert.ok(error.message.includes(path));
      assert.match(error.message, /npm run train -- techniques/);
      return true;
    });
  }
  writeFileSync(corrupt, JSON.stringify({ name: 'other' }));
  assert.throws(() => techniques.create({ model: corrupt }), /not a techniques model/);
});

test('1 MB of text finishes in bounded time', () => {
  const paragraph = 'The regime lied again, and its so-called experts said nothing. Why would anyone believe them? Officials met on Monday.\n\n';
  const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
  // CPU time, not wall time: the bound is about the algorithm, not about how busy the machine is.
  const c0 = process.cpuUsage();
  const doc = run(text);
  const { user, system } = process.cpuUsage(c0);
  const ms = (user + system) / 1000;
  assert.ok((doc.layers.techniques ?? []).length > 1000);
  assert.ok(ms < 15_000, `${ms.toFixed(0)} ms of CPU`);
});

test('a single 1 MB line with no sentence breaks stays bounded', () => {
  const text = 'word '.repeat(200_000);
  const c0 = process.cpuUsage();
  run(text);
  const { user, system } = process.cpuUsage(c0);
  assert.ok((user + system) / 1000 < 15_000);
});
