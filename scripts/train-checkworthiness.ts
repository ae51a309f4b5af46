// Trains the check-worthiness model from ../shared/datasets and writes src/models/checkworthiness/data/model.json
// and its MODEL_CARD.md. Settings are chosen by leave-one-debate-out over the CLEF 2019 training debates only.
//   tsx scripts/train-checkworthiness.ts            train on ClaimBuster + all 19 CLEF 2019 training debates, write the model
//   tsx scripts/train-checkworthiness.ts --tune [--grid='[{...}]'] [--neighbours=0,0.5] [--per-debate]
//                                                   LODO MAP for each settings change, writes nothing
// CLEF 2020 Task 5 transcripts are not trained on: they include debates of the CLEF 2019 official test (e.g. the
// 2018-10-15 "60 Minutes" interview), which must stay unseen.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { byGroup, claimbusterSplit, datasetsAvailable, readClaimbuster, readClef2019, type Example } from '../src/models/checkworthiness/training-data.js';
import { createModel, MODEL_FILE, smoothWithNeighbours } from '../src/models/checkworthiness/model.js';
import { averagePrecision, prf } from '../src/models/checkworthiness/metrics.js';
import { DEFAULTS, prepare, train, without, type Settings } from '../src/models/checkworthiness/train.js';

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function main(): void {
  if (!datasetsAvailable()) {
    console.error('The check-worthiness datasets are missing: expected ../shared/datasets/checkworthiness/{claimbuster,clef2019-t1}.');
    process.exit(2);
  }
  const claimbuster = readClaimbuster();
  const clef = readClef2019();

  if (process.argv.includes('--tune')) {
    const extra = process.argv.find((a) => a.startsWith('--grid='));
    const grid = (extra ? JSON.parse(extra.slice(7)) : [{}]) as Partial<Settings>[];
    const neighbours = (process.argv.find((a) => a.startsWith('--neighbours='))?.slice(13).split(',') ?? [String(DEFAULTS.neighbour)]).map(Number);
    for (const change of grid) {
      const started = Date.now();
      const s = { ...DEFAULTS, ...change, groups: { ...DEFAULTS.groups, ...change.groups } };
      // One model per held-out debate; its raw scores smoothed with each neighbour weight.
      const rows = prepare([...claimbuster, ...clef], s);
      const folds = [...byGroup(clef).values()].map((lines) => {
        const raw = createModel({ ...train(without(rows, lines), s), neighbour: 0 }).rankTranscript(lines.map((l) => ({ speaker: l.speaker ?? '', text: l.text })));
        return { lines, raw };
      });
      const maps = neighbours.map((n) => {
        const aps = folds.map(({ lines, raw }) => averagePrecision(smoothWithNeighbours(raw, n).map((score, i) => ({ score, label: lines[i].label }))));
        return `n=${n}: ${round(aps.reduce((a, b) => a + b, 0) / aps.length)}`;
      });
      console.log(JSON.stringify(change), 'LODO MAP', maps.join(', '), `${((Date.now() - started) / 1000).toFixed(0)} s`);
      if (process.argv.includes('--per-debate')) {
        for (const { lines, raw } of folds) console.log(`  ${lines[0].group.padEnd(28)} AP ${averagePrecision(smoothWithNeighbours(raw, s.neighbour).map((score, i) => ({ score, label: lines[i].label }))).toFixed(3)}`);
      }
    }
    return;
  }

  const started = Date.now();
  const threshold = calibrate(claimbuster, clef);
  const rows = prepare([...claimbuster, ...clef], DEFAULTS);
  const file = train(rows, DEFAULTS);
  file.trained = { date: '2026-12-04', examples: rows.length, data: 'ClaimBuster (all) + CLEF 2019 T1 training debates (19)', protocol: 'settings chosen by leave-one-debate-out; see MODEL_CARD.md', threshold };
  const json = JSON.stringify(file);
  writeFileSync(MODEL_FILE, json + '\n');
  console.log(`trained on ${rows.length} examples in ${((Date.now() - started) / 1000).toFixed(1)} s; ${file.weights.length} weights, ${(json.length / 1024).toFixed(0)} KiB`);
}

/**
 * The claims stage's threshold for sentences scored alone: the F1-best cut on ClaimBuster's dev part, for a model
 * trained as the shipped one but without ClaimBuster's dev and test parts (the test part stays for the eval).
 */
function calibrate(claimbuster: Example[], clef: Example[]): number {
  const dev = claimbuster.filter((e) => claimbusterSplit(e.id) === 'dev');
  const held = [...dev, ...claimbuster.filter((e) => claimbusterSplit(e.id) === 'test')];
  const model = createModel(train(without(prepare([...claimbuster, ...clef], DEFAULTS), held), DEFAULTS));
  const items = dev.map((e) => ({ score: model.score(e.text), label: e.label }));
  let best = { threshold: 0.5, f1: -1 };
  for (let t = 0.05; t < 0.951; t += 0.01) {
    const { f1 } = prf(items, t);
    if (f1 > best.f1) best = { threshold: Math.round(t * 100) / 100, f1 };
  }
  console.log(`threshold ${best.threshold}: F1 ${round(best.f1)} on ClaimBuster dev (${dev.length} sentences)`);
  return best.threshold;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
