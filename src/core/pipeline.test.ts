import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, withLayers } from './doc.js';
import { ClaimtrailError } from './errors.js';
import { createPipeline } from './pipeline.js';
import { defineStage } from './stage.js';

const paragraphs = defineStage({
  name: 'paragraphs',
  requires: [],
  assigns: ['paragraphs'],
  create: () => (doc) => withLayers(doc, { paragraphs: [{ start: 0, end: doc.text.length, kind: 'body' }] }),
});
const sentences = defineStage({
  name: 'sentences',
  requires: ['paragraphs'],
  assigns: ['sentences'],
  create: () => (doc) => withLayers(doc, { sentences: doc.layers.paragraphs!.map((p) => ({ ...p, paragraph: 0 })) }),
});
const broken = defineStage({
  name: 'broken',
  requires: [],
  assigns: ['paragraphs'],
  create: () => () => {
    throw new Error('boom');
  },
});

test('a stage whose requirement no earlier stage assigns is refused when the pipeline is built', () => {
  assert.throws(
    () => createPipeline().use(sentences),
    (error: unknown) => error instanceof ClaimtrailError && error.code === 'PIPELINE_MISSING_REQUIREMENT' && /requires "paragraphs"/.test(error.message),
  );
});

test('stages run in order, each seeing what the earlier ones assigned', () => {
  const doc = createPipeline().use(paragraphs).use(sentences).run(createDoc({ text: 'One.' }));
  assert.deepEqual(doc.layers.sentences, [{ start: 0, end: 4, kind: 'body', paragraph: 0 }]);
});

test('a stage that throws is recorded on the document and the stages that depend on it are skipped', () => {
  const doc = createPipeline().use(broken).use(sentences).run(createDoc({ text: 'One.' }));
  assert.equal(doc.layers.sentences, undefined);
  assert.deepEqual(
    doc.messages.map((m) => [m.ruleId, m.severity]),
    [
      ['stage-failed', 'error'],
      ['stage-skipped', 'warning'],
    ],
  );
  assert.match(doc.messages[0].reason, /"broken" failed: boom/);
});

test('the same stage cannot be added twice, and a pipeline that has run is frozen', () => {
  const pipeline = createPipeline().use(paragraphs);
  assert.throws(() => pipeline.use(paragraphs), /appears twice/);
  pipeline.run(createDoc({ text: 'x' }));
  assert.throws(() => pipeline.use(sentences), /frozen/);
});

test('with a cpuMicros map, each stage run (a failing one too) adds its CPU time under its name; the result is the same', () => {
  const busy = defineStage({
    name: 'busy',
    requires: ['paragraphs'],
    assigns: ['sentences'],
    create: () => (doc) => {
      // Enough work to register on the CPU clock.
      let x = 0;
      for (let i = 0; i < 2_000_000; i++) x += Math.sqrt(i);
      return withLayers(doc, { sentences: x > 0 ? [{ start: 0, end: doc.text.length, paragraph: 0 }] : [] });
    },
  });
  const pipeline = createPipeline().use(paragraphs).use(busy);
  const cpu = new Map<string, number>();
  const timed = pipeline.run(createDoc({ text: 'One.' }), cpu);
  pipeline.run(createDoc({ text: 'Two.' }), cpu);
  assert.deepEqual(timed, pipeline.run(createDoc({ text: 'One.' })));
  assert.deepEqual([...cpu.keys()], ['paragraphs', 'busy']);
  assert.ok(cpu.get('busy')! > cpu.get('paragraphs')!, `busy ${cpu.get('busy')} µs vs paragraphs ${cpu.get('paragraphs')} µs`);
  const failing = new Map<string, number>();
  createPipeline().use(broken).run(createDoc({ text: 'x' }), failing);
  assert.ok(failing.has('broken'));
});
