// Trains the check-worthiness model from ../shared/datasets and writes src/models/checkworthiness/data/model.json
// and its MODEL_CARD.md. Settings are chosen inside training data only: leave-one-debate-out over the CLEF 2019
// training debates and 5-fold CV over CLEF 2020 T5's train part (its dev part never).
//   tsx scripts/train-checkworthiness.ts            train on ClaimBuster + 19 CLEF 2019 (+ 48 CLEF 2020 T5 where t5Weight > 0), write the model
//   tsx scripts/train-checkworthiness.ts --tune [--grid='[{...}]'] [--neighbours=0,0.5] [--topics=0,0.25] [--per-debate]
//                                                   LODO MAP and T5-CV MAP for each settings change, writes nothing
//   tsx scripts/train-checkworthiness.ts --t5-cv [--grid='[{...}]']   5-fold CV inside T5 train, the eval's T5 protocol
//   tsx scripts/train-checkworthiness.ts --clusters=256    the word clusters of the `clusters` feature group
// The two T5 transcripts that are CLEF 2019 official test debates (CLEF2019_TEST_EVENTS) are never trained on.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { byGroup, claimbusterSplit, clef2020Available, datasetsAvailable, readClaimbuster, readClef2019, readClef2020T5, t5ForShipping, type Example } from '../src/models/checkworthiness/training-data.js';
import { createModel, MODEL_FILE, packMember, smoothWithNeighbours } from '../src/models/checkworthiness/model.js';
import { inputFingerprints } from '../src/models/checkworthiness/inputs.js';
import { smoothByTopic } from '../src/models/checkworthiness/topics.js';
import { averagePrecision, prf } from '../src/models/checkworthiness/metrics.js';
import { CLUSTERS_FILE, formatClusters, kmeans } from '../src/models/checkworthiness/clusters.js';
import { loadWordVectors } from '../src/models/word-vectors/index.js';
import { DEFAULTS, prepare, train, without, type Settings } from '../src/models/checkworthiness/train.js';

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function main(): void {
  if (!datasetsAvailable()) {
    console.error('The check-worthiness datasets are missing: expected ../shared/datasets/checkworthiness/{claimbuster,clef2019-t1}.');
    process.exit(2);
  }
  const clusterArg = process.argv.find((a) => a.startsWith('--clusters'));
  if (clusterArg) {
    // The word clusters the `clusters` feature group reads (clusters.ts): from the word vectors alone, no labels.
    const vectors = loadWordVectors();
    if (!vectors) throw new Error('no word vectors: npm run train -- word-vectors');
    const k = Number(clusterArg.split('=')[1] ?? 256);
    const started = Date.now();
    const clusters = kmeans(vectors, k, 15, 20261206);
    writeFileSync(CLUSTERS_FILE, formatClusters(clusters));
    console.log(`${clusters.size} stems in ${k} clusters in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return;
  }
  const claimbuster = readClaimbuster();
  const clef = readClef2019();

  const t5 = clef2020Available() ? readClef2020T5() : { train: [], dev: [] };

  if (process.argv.includes('--t5-cv')) {
    // 5-fold CV inside T5's 40 train transcripts under the eval's own T5 protocol (ClaimBuster + the other T5 train
    // folds, T5 lines at weight 1, no CLEF 2019), each transcript ranked as shipped (topic support, neighbours).
    const extra = process.argv.find((a) => a.startsWith('--grid='));
    for (const change of (extra ? JSON.parse(extra.slice(7)) : [{}]) as Partial<Settings>[]) {
      const s: Settings = { ...DEFAULTS, ...change, groups: { ...DEFAULTS.groups, ...change.groups }, t5Weight: 1 };
      const rows = prepare([...claimbuster, ...t5.train], s);
      const groups = [...byGroup(t5.train).values()];
      const aps: number[] = [];
      for (let k = 0; k < 5; k++) {
        const fold = groups.filter((_, i) => i % 5 === k);
        const model = createModel(train(without(rows, fold.flat()), s));
        for (const lines of fold.filter((f) => f.some((l) => l.label))) {
          const scores = model.rankTranscript(lines.map((l) => ({ speaker: l.speaker ?? '', text: l.text })));
          aps.push(averagePrecision(scores.map((score, i) => ({ score, label: lines[i].label }))));
        }
      }
      console.log(JSON.stringify(change), `T5-protocol CV MAP ${round(aps.reduce((a, b) => a + b, 0) / Math.max(1, aps.length))} over ${aps.length} transcripts`);
    }
    return;
  }

  if (process.argv.includes('--tune')) {
    const extra = process.argv.find((a) => a.startsWith('--grid='));
    const grid = (extra ? JSON.parse(extra.slice(7)) : [{}]) as Partial<Settings>[];
    const topics = (process.argv.find((a) => a.startsWith('--topics='))?.slice(9).split(',') ?? [String(DEFAULTS.topic)]).map(Number);
    const neighbours = (process.argv.find((a) => a.startsWith('--neighbours='))?.slice(13).split(',') ?? [String(DEFAULTS.neighbour)]).map(Number);
    for (const change of grid) {
      const started = Date.now();
      const s = { ...DEFAULTS, ...change, groups: { ...DEFAULTS.groups, ...change.groups } };
      // Tuning sees ClaimBuster, the CLEF 2019 training debates and T5's train part, never T5's dev part.
      const rows = prepare([...claimbuster, ...clef, ...t5.train], s);
      const lodoFolds = [...byGroup(clef).values()].map((lines) => [lines]);
      // T5 inside its train part: five folds of its 40 transcripts (every fifth by name), each ranked by a model
      // trained on everything else (same-event CLEF 2019 debates dropped by `without`).
      const t5Groups = [...byGroup(t5.train).values()];
      const t5Folds = [0, 1, 2, 3, 4].map((k) => t5Groups.filter((_, i) => i % 5 === k)).filter((f) => f.length);
      const rank = (folds: Example[][][]) => folds.flatMap((fold) => {
        const model = createModel({ ...train(without(rows, fold.flat()), s), neighbour: 0, topic: undefined });
        return fold.map((lines) => ({ lines, raw: model.rankTranscript(lines.map((l) => ({ speaker: l.speaker ?? '', text: l.text }))) }));
      });
      const lodoRanked = rank(lodoFolds);
      const t5Ranked = rank(t5Folds);
      const mapAt = (ranked: { lines: Example[]; raw: number[] }[], n: number, t: number) => {
        const aps = ranked.filter((r) => r.lines.some((l) => l.label))
          .map(({ lines, raw }) => averagePrecision(smoothWithNeighbours(smoothByTopic(lines.map((l) => l.text), raw, t, s.topicShare), n).map((score, i) => ({ score, label: lines[i].label }))));
        return aps.reduce((x, y) => x + y, 0) / Math.max(1, aps.length);
      };
      const maps = topics.flatMap((t) => neighbours.map((n) => {
        const a = mapAt(lodoRanked, n, t);
        const b = mapAt(t5Ranked, n, t);
        return `n=${n} t=${t}: LODO ${round(a)}, T5-CV ${round(b)}, mean ${round((a + b) / 2)}`;
      }));
      console.log(JSON.stringify(change), maps.join('; '), `${((Date.now() - started) / 1000).toFixed(0)} s`);
      if (process.argv.includes('--per-debate')) {
        for (const { lines, raw } of [...lodoRanked, ...t5Ranked]) console.log(`  ${lines[0].group.padEnd(40)} AP ${averagePrecision(smoothWithNeighbours(smoothByTopic(lines.map((l) => l.text), raw, s.topic, s.topicShare), s.neighbour).map((score, i) => ({ score, label: lines[i].label }))).toFixed(3)}`);
      }
    }
    return;
  }

  const started = Date.now();
  // T5 transcripts only where the settings give them weight (DEFAULTS.t5Weight: 0 now; see train.ts).
  const shippedT5 = DEFAULTS.t5Weight > 0 ? t5ForShipping(t5) : [];
  const debates = [...clef, ...shippedT5];
  const threshold = calibrate(claimbuster, debates);
  const rows = prepare([...claimbuster, ...debates], DEFAULTS);
  const file = train(rows, DEFAULTS);
  file.trained = {
    date: '2026-12-06', examples: rows.length,
    data: `ClaimBuster (all) + CLEF 2019 T1 training debates (19)${shippedT5.length ? ` + CLEF 2020 T5 transcripts (${byGroup(shippedT5).size}; not the two CLEF 2019 official test debates)` : ''}`,
    protocol: 'settings chosen by leave-one-debate-out; see MODEL_CARD.md', threshold,
  };
  // Dense int16 weights: the two members use more than half of their buckets each.
  const packed = {
    name: file.name, featureVersion: file.featureVersion, ...packMember(file), neighbour: file.neighbour, ...(file.topic ? { topic: file.topic } : {}),
    ...(file.memory ? { memory: file.memory } : {}), trained: file.trained,
    inputs: inputFingerprints([DEFAULTS.groups, ...(DEFAULTS.mix ? [DEFAULTS.mix.groups] : [])]),
    members: file.members?.map((m) => ({ weight: m.weight, model: packMember(m.model) })),
  };
  const json = JSON.stringify(packed);
  writeFileSync(MODEL_FILE, json + '\n');
  console.log(`trained on ${rows.length} examples in ${((Date.now() - started) / 1000).toFixed(1)} s; ${[file, ...(file.members ?? []).map((m) => m.model)].map((m) => m.weights?.length ?? 0).join(' + ')} weights, ${(json.length / 1024).toFixed(0)} KiB`);
}

/**
 * The claims stage's threshold for sentences scored alone: the F1-best cut on ClaimBuster's dev part, for a model
 * trained as the shipped one but without ClaimBuster's dev and test parts (the test part stays for the eval).
 */
function calibrate(claimbuster: Example[], debates: Example[]): number {
  const dev = claimbuster.filter((e) => claimbusterSplit(e.id) === 'dev');
  const held = [...dev, ...claimbuster.filter((e) => claimbusterSplit(e.id) === 'test')];
  const model = createModel(train(without(prepare([...claimbuster, ...debates], DEFAULTS), held), DEFAULTS));
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
