// Trains the learned article stance (src/stages/narratives/stance-model.ts) on the labelled articles of
// eval/narratives/set (every split, each read with its own catalogue, as the eval reads them) and writes
// src/stages/narratives/data/stance-model.json. First it prints the leave-one-writer-out accuracy (each split's found
// narratives predicted by a model trained on the other writers' splits, eval/narratives/set.ts writerOf) beside the rules' article stance, which was tuned on
// every split and so is not held out.
//   npx tsx scripts/train-stance-model.ts [--dry-run]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze.js';
import type { NarrativeStance } from '../src/core/types.js';
import { STANCE_MODEL_FILE, STANCE_TRAINING, trainStanceModel } from '../src/stages/narratives/stance-model.js';
import { catalogueOf, loadSet } from '../eval/narratives/set.js';
import { readerOf } from '../eval/narratives/index.js';
import { labelled, leaveOneWriterOut, stanceRows, type StanceRow } from '../eval/narratives/stance-rows.js';

const dryRun = process.argv.includes('--dry-run');
const readers = new Map<string, ReturnType<typeof readerOf>>();
const rows: StanceRow[] = [];
const rules = new Map<string, NarrativeStance>();
const articles = loadSet();
for (const a of articles) {
  const url = catalogueOf(a.split);
  let r = readers.get(url.href);
  if (!r) readers.set(url.href, (r = readerOf(url)));
  const doc = analyze({ text: a.text, name: `${a.id}.txt` }, { pipeline: r.pipeline });
  for (const m of doc.layers.narratives ?? []) if (m.articleStance) rules.set(`${a.id}\u0000${m.id}`, m.articleStance);
  rows.push(...stanceRows(a, doc, r.k));
}

const held = leaveOneWriterOut(rows);
const bySplit = new Map<string, { n: number; model: number; rules: number }>();
for (const r of rows) {
  if (!r.gold) continue;
  const s = bySplit.get(r.split) ?? { n: 0, model: 0, rules: 0 };
  s.n++;
  if (held.get(r.article)?.get(r.narrative) === r.gold) s.model++;
  if (rules.get(`${r.article}\u0000${r.narrative}`) === r.gold) s.rules++;
  bySplit.set(r.split, s);
}
const total = { n: 0, model: 0, rules: 0 };
console.log('stance right where the narrative was found (labelled):  leave-one-writer-out model | rules (tuned on every split)');
for (const [split, s] of bySplit) {
  console.log(`${split.padEnd(8)} ${String(s.n).padStart(4)}   ${String(s.model).padStart(4)}  ${String(s.rules).padStart(4)}`);
  total.n += s.n;
  total.model += s.model;
  total.rules += s.rules;
}
const accuracy = (v: number) => Math.round((v / total.n) * 1000) / 1000;
console.log(`all      ${total.n}   model ${accuracy(total.model)}  rules ${accuracy(total.rules)}`);

const train = labelled(rows);
const model = trainStanceModel(train, STANCE_TRAINING, {
  by: 'scripts/train-stance-model.ts',
  data: `eval/narratives/set: ${articles.length} articles, ${train.length} labelled narratives found by the stage, ${bySplit.size} splits`,
  leaveOneWriterOut: { accuracy: accuracy(total.model), rules: accuracy(total.rules) },
});
if (dryRun) console.log('dry run: the model file was not written');
else {
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  const compact = { ...model, mean: model.mean.map(round), scale: model.scale.map(round), weights: model.weights.map((row) => row.map(round)) };
  writeFileSync(STANCE_MODEL_FILE, `${JSON.stringify(compact)}\n`);
  console.log(`wrote ${fileURLToPath(STANCE_MODEL_FILE)}`);
}
