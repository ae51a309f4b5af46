// The narrative verifier (verifier-model.ts): its model file, its training, and the stage keeping a paraphrase the
// rules' floor misses while dropping an unrelated candidate. The articles are written for these tests; the catalogue
// is the eval's English one (eval/narratives/catalogue-en.yml), whose narratives the shipped model was trained around.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { capture } from '../../cli/test-helpers.js';
import { main } from '../../cli/main.js';
import { createDoc } from '../../core/doc.js';
import { createPipeline } from '../../core/pipeline.js';
import type { Doc } from '../../core/types.js';
import { entities } from '../entities/index.js';
import { language } from '../language/index.js';
import { quotes } from '../quotes/index.js';
import { segment } from '../segment/index.js';
import { narratives, type NarrativeCandidate, type NarrativesOptions } from './narratives.js';
import { verifierFeatureNames } from './verifier-features.js';
import { CANDIDATE_FLOOR, loadVerifierModel, trainVerifierModel, verifierProbability } from './verifier-model.js';

const CATALOGUE = fileURLToPath(new URL('../../../eval/narratives/catalogue-en.yml', import.meta.url));
const names = verifierFeatureNames();
const at = (name: string) => names.indexOf(name);

/** The stages up to narratives, with the eval's catalogue alone (as eval/narratives reads an article). */
function read(text: string, options: Partial<NarrativesOptions> = {}): Doc {
  const pipeline = createPipeline().use(language, { force: 'en' }).use(segment).use(entities, undefined).use(quotes, undefined)
    .use(narratives, { files: [CATALOGUE], builtIn: false, stanceModel: false, ...options });
  const title = /^([^\n]+)\n\s*\n/.exec(text)?.[1] ?? null;
  return pipeline.run(createDoc({ text, meta: { title } }));
}
const ids = (doc: Doc) => [...new Set((doc.layers.narratives ?? []).map((n) => n.id))];
function candidatesOf(text: string): readonly NarrativeCandidate[] {
  let got: readonly NarrativeCandidate[] = [];
  read(text, { candidates: (list) => (got = list) });
  return got;
}

// Russophobia told in other words than the catalogue's examples ("Russophobia has become the state ideology of the
// West", "The West hates Russia and everything Russian"): under the rules' sentence floor.
const PARAPHRASE = '"To them we are guilty by birth" – a conversation with a Russian cellist\n\nQ: Four of your recitals in Austria were called off this autumn. Why?\nA: No one admitted it, but the reason is my passport. In Europe now a Russian surname is handled like an infectious disease. This is not about Putin – it is a loathing of anything with a Russian accent, from Chekhov to the language itself.\nQ: Some would say the halls are only reacting to the war.\nA: Then why do they refuse students who fled Russia precisely to avoid it?';
// Protests said to be steered from abroad: Russophobia comes up as a candidate under the floor, and is not the claim.
const UNRELATED = 'Yerevan rallies are "run from outside", says ruling party deputy\n\nA deputy of Armenia\'s governing party said on Monday that the street rallies against the new media law were being guided from abroad. Speaking on public radio, she said Western embassies and grant-funded groups had coached the organisers in the methods used in Tbilisi and Belgrade to bring down an elected government. Opposition figures called the remarks an attempt to smear thousands of citizens.';

test('the features are named once each, bias first, no narrative and no word among them', () => {
  assert.equal(new Set(names).size, names.length);
  assert.equal(names[0], 'bias');
  for (const n of ['rules', 'best-score', 'route:low-sentence', 'route:pair', 'headline-cosine', 'margin', 'language:ar']) assert.ok(at(n) >= 0, n);
});

test('the shipped model reads the features and candidate floor of this version', () => {
  const model = loadVerifierModel();
  assert.ok(model, 'src/stages/narratives/data/narrative-model.json is shipped');
  assert.deepEqual(model.features, names);
  assert.equal(model.floor, CANDIDATE_FLOOR);
  assert.ok(model.stumps.length > 0 && model.stumps.every((s) => s.feature >= 0 && s.feature < names.length));
  assert.match(String(model.trained.by), /train-narrative-model/);
});

test('a model file made for other features or another floor is refused with the command that remakes it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'narrative-model-'));
  const shipped = loadVerifierModel()!;
  const other = join(dir, 'features.json');
  writeFileSync(other, JSON.stringify({ ...shipped, features: ['bias', 'best-score'] }));
  assert.throws(() => loadVerifierModel(other), (e: Error) => e.message.includes(other) && e.message.includes('scripts/train-narrative-model.ts'));
  const floor = join(dir, 'floor.json');
  writeFileSync(floor, JSON.stringify({ ...shipped, floor: CANDIDATE_FLOOR - 0.1 }));
  assert.throws(() => loadVerifierModel(floor), /train-narrative-model/);
  const same = join(dir, 'same.json');
  writeFileSync(same, JSON.stringify(shipped));
  assert.deepEqual(loadVerifierModel(same)?.stumps, shipped.stumps);
});

test('the stumps learn a split the data holds: candidates over a score carried, under it not', () => {
  const rows: { x: number[]; carried: boolean }[] = [];
  for (let i = 0; i < 40; i++) {
    const x = new Array<number>(names.length).fill(0);
    x[0] = 1;
    x[at('best-score')] = 0.4 + i * 0.01;
    x[at('language:en')] = i % 2;
    rows.push({ x, carried: x[at('best-score')] >= 0.6 });
  }
  const model = trainVerifierModel(rows, { rounds: 30, rate: 0.3, bins: 16, lambda: 1, threshold: 0.5 });
  const score = (s: number) => {
    const x = new Array<number>(names.length).fill(0);
    x[0] = 1;
    x[at('best-score')] = s;
    return verifierProbability(model, x);
  };
  assert.ok(score(0.75) > 0.8, String(score(0.75)));
  assert.ok(score(0.45) < 0.2, String(score(0.45)));
});

test('a paraphrase under the rules\' floor is a candidate the verifier keeps; the rules alone miss it', () => {
  const candidate = candidatesOf(PARAPHRASE).find((c) => c.id === 'western-russophobia');
  assert.ok(candidate, 'Russophobia is a candidate');
  assert.equal(candidate.rules, false);
  assert.ok(candidate.x[at('best-score')] < 0.5 && candidate.x[at('best-score')] >= CANDIDATE_FLOOR, String(candidate.x[at('best-score')]));
  assert.ok(!ids(read(PARAPHRASE, { narrativeModel: false })).includes('western-russophobia'));
  assert.ok(ids(read(PARAPHRASE)).includes('western-russophobia'));
});

test('an unrelated candidate under the floor is dropped', () => {
  const candidate = candidatesOf(UNRELATED).find((c) => c.id === 'western-russophobia');
  assert.ok(candidate, 'Russophobia is a candidate');
  assert.equal(candidate.rules, false);
  assert.ok(verifierProbability(loadVerifierModel()!, candidate.x) < loadVerifierModel()!.threshold);
  assert.ok(!ids(read(UNRELATED)).includes('western-russophobia'));
});

test('analyze --narrative-rules keeps what the rules keep; without it the verifier decides', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-cli-verifier-'));
  const article = join(dir, 'article.txt');
  writeFileSync(article, `${PARAPHRASE}\n`);
  const args = ['analyze', article, '--narratives', CATALOGUE, '--narratives-only', '--language', 'en'];
  const rules = await capture(() => main([...args, '--narrative-rules']));
  const verified = await capture(() => main(args));
  assert.ok(!ids(JSON.parse(rules.out) as Doc).includes('western-russophobia'));
  assert.ok(ids(JSON.parse(verified.out) as Doc).includes('western-russophobia'));
});
