import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NarrativeStance } from '../../core/types.js';
import { articleStance } from './article-stance.js';
import { guardedStance, loadStanceModel, predictStance, REFUTES_WEIGHT, STANCE_CLASSES, stanceFeatureNames, stanceProbabilities, trainStanceModel, type StanceModel } from './stance-model.js';
import { run } from './test-helpers.js';

const D = stanceFeatureNames().length;
const at = (name: string) => stanceFeatureNames().indexOf(name);

/** A feature vector with the bias and the named features set. */
function vector(set: Record<string, number>): number[] {
  const x = new Array<number>(D).fill(0);
  x[0] = 1;
  for (const [name, v] of Object.entries(set)) {
    assert.ok(at(name) >= 0, `no feature ${name}`);
    x[at(name)] = v;
  }
  return x;
}

test('the features are named once each: bias, position, quotes, cue kinds in four places, denial turns, languages', () => {
  const names = stanceFeatureNames();
  assert.equal(new Set(names).size, names.length);
  assert.equal(names[0], 'bias');
  for (const where of ['headline', 'evidence', 'beside', 'document']) assert.ok(names.includes(`${where}:refute`), where);
  assert.ok(names.includes('denial-evidence:negation') && names.includes('language:ar'));
});

test('a model learns which cue kind goes with which stance, and predicts it for a vector it never saw', () => {
  const rows: { x: number[]; stance: NarrativeStance }[] = [];
  const cue: Record<NarrativeStance, string> = { refutes: 'headline:refute', reports: 'evidence:report', endorses: 'evidence:endorse', asserts: 'evidence:negation' };
  for (let i = 0; i < 10; i++) {
    for (const stance of STANCE_CLASSES) rows.push({ x: vector({ [cue[stance]]: 1, 'language:en': i % 2, sentences: Math.log1p(4 + i) }), stance });
  }
  const model = trainStanceModel(rows, { l2: 1, iterations: 200, rate: 0.5 });
  assert.deepEqual(model.classes, [...STANCE_CLASSES]);
  for (const stance of STANCE_CLASSES) assert.equal(predictStance(model, vector({ [cue[stance]]: 1, sentences: Math.log1p(30) })), stance, stance);
  const p = stanceProbabilities(model, vector({ 'headline:refute': 1 }));
  assert.ok(Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-9);
  assert.ok(p[STANCE_CLASSES.indexOf('refutes')] > 0.5, JSON.stringify(p));
});

test('a close call between asserting and refuting goes to the refutation (REFUTES_WEIGHT), a clear one does not', () => {
  const d = stanceFeatureNames().length;
  // A hand-made model: only the bias is read, so every vector gets the same probabilities.
  const model = (asserts: number, refutes: number): StanceModel => ({
    features: stanceFeatureNames(),
    classes: [...STANCE_CLASSES],
    mean: new Array<number>(d).fill(0),
    scale: new Array<number>(d).fill(1),
    weights: Array.from({ length: d }, (_, i) => (i === 0 ? STANCE_CLASSES.map((c) => (c === 'asserts' ? asserts : c === 'refutes' ? refutes : -10)) : new Array<number>(STANCE_CLASSES.length).fill(0))),
    trained: {},
  });
  const x = vector({});
  // asserts 0.55 against refutes 0.45: weighted, 0.55 < 0.675.
  assert.equal(predictStance(model(Math.log(0.55), Math.log(0.45)), x), 'refutes');
  // asserts 0.7 against 0.3: 0.45 weighted stays below.
  assert.equal(predictStance(model(Math.log(0.7), Math.log(0.3)), x), 'asserts');
  assert.ok(REFUTES_WEIGHT > 1 && REFUTES_WEIGHT < 2);
});

test('never "asserts" where the rules read a refutation; otherwise the learned stance stands', () => {
  assert.equal(guardedStance('asserts', 'refutes'), 'refutes');
  assert.equal(guardedStance('reports', 'refutes'), 'reports');
  assert.equal(guardedStance('asserts', 'reports'), 'asserts');
  assert.equal(guardedStance('refutes', 'asserts'), 'refutes');
});

test('the shipped model reads the features this version computes', () => {
  const model = loadStanceModel();
  assert.ok(model, 'src/stages/narratives/data/stance-model.json is shipped');
  assert.deepEqual(model.features, stanceFeatureNames());
  assert.equal(model.weights.length, D);
  assert.ok(model.weights.every((row) => row.length === STANCE_CLASSES.length));
  assert.match(String(model.trained.by), /train-stance-model/);
});

test('a model file made for other features is refused with the command that remakes it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stance-model-'));
  const file = join(dir, 'old.json');
  writeFileSync(file, JSON.stringify({ features: ['bias', 'refute'], classes: STANCE_CLASSES, mean: [0, 0], scale: [1, 1], weights: [[0, 0, 0, 0], [0, 0, 0, 0]], trained: {} }));
  assert.throws(() => loadStanceModel(file), (e: Error) => e.message.includes(file) && e.message.includes('scripts/train-stance-model.ts'));
});

test('every entry of a narrative carries one article stance; stanceModel false gives the strongest of its mentions', () => {
  const text = 'Notes\n\nLavrov said the United States created ISIS. Indeed, the United States created ISIS in Iraq.';
  for (const options of [{}, { stanceModel: false as const }]) {
    const all = run(text, 'en', options).layers.narratives ?? [];
    assert.ok(all.length, 'a narrative is found');
    for (const id of new Set(all.map((n) => n.id))) {
      const entries = all.filter((n) => n.id === id);
      assert.equal(new Set(entries.map((n) => n.articleStance)).size, 1, JSON.stringify(entries));
      if (options.stanceModel === false) assert.equal(entries[0].articleStance, articleStance(entries.map((n) => n.stance)));
    }
  }
});

test('a fact-check read with the shipped model: the article refutes the narrative', () => {
  const doc = run(
    'Fact check: No, the United States did not create ISIS\n\nA viral post claims that Washington created the Islamic State. This claim is false. ISIS grew out of al-Qaeda in Iraq, as researchers have documented for years; there is no evidence that the US built it.',
    'en',
  );
  const stances = new Set((doc.layers.narratives ?? []).map((n) => n.articleStance));
  assert.ok(stances.size > 0, 'a narrative is found');
  assert.deepEqual([...stances], ['refutes']);
});
