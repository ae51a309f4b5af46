// Trains the re-ranker of src/retrieval on the CLEF 2020 T2 training tweets and writes src/retrieval/data/rerank.json.
// Run: npx tsx eval/claim-retrieval/train.ts   (the dev tweets are only scored, never trained on)
import { writeFileSync } from 'node:fs';
import { FEATURE_NAMES } from '../../src/retrieval/features.js';
import { trainListwise, type Group } from '../../src/retrieval/learn.js';
import { ClaimRetriever, RERANK_FILE, type RerankModel } from '../../src/retrieval/retriever.js';
import { datasetMissing, readClaims, readSplit } from './dataset.js';
import { averagePrecisionAt, mean } from './metrics.js';

const DEPTH = Number(process.env.DEPTH ?? 30);
const K1 = 1.2;
const B = 0.5;

const missing = datasetMissing();
if (missing) {
  console.error(`train: ${missing}`);
  process.exit(1);
}
const claims = readClaims();
const train = readSplit('train');
const plain = new ClaimRetriever(claims, { model: null, k1: K1, b: B });
const groups: Group[] = train.queries.map((q) => {
  const relevant = train.qrels.get(q.id) ?? new Set<string>();
  const candidates = plain.candidates(q.text, DEPTH);
  return { x: candidates.map((c) => c.features), relevant: candidates.map((c) => relevant.has(claims[c.doc].id)) };
});
const pairs = groups.reduce((n, g) => n + g.x.length, 0);
const positives = groups.reduce((n, g) => n + g.relevant.filter(Boolean).length, 0);
const linear = trainListwise(groups, { l2: 1e-3, epochs: 400, rate: 0.5 });
const model: RerankModel = {
  about: `Listwise linear re-ranker over the first ${DEPTH} BM25 candidates (k1 ${K1}, b ${B}), trained by eval/claim-retrieval/train.ts on the ${train.queries.length} CLEF 2020 T2 training tweets (${pairs} pairs, ${positives} relevant in them).`,
  features: [...FEATURE_NAMES],
  depth: DEPTH,
  k1: K1,
  b: B,
  ...linear,
};
writeFileSync(RERANK_FILE, `${JSON.stringify(model, null, 1)}\n`);

const score = (r: ClaimRetriever, split: ReturnType<typeof readSplit>) =>
  mean(split.queries.map((q) => averagePrecisionAt(r.search(q.text, 5).map((h) => h.id), split.qrels.get(q.id) ?? new Set(), 5)));
const reranked = new ClaimRetriever(claims, { model });
const dev = readSplit('dev');
console.log(`rerank model → ${RERANK_FILE.pathname}`);
for (const [i, name] of FEATURE_NAMES.entries()) console.log(`  ${name.padEnd(16)} ${linear.weights[i].toFixed(3)}`);
console.log(`MAP@5 train: BM25 ${score(plain, train).toFixed(4)}, re-ranked ${score(reranked, train).toFixed(4)}`);
console.log(`MAP@5 dev:   BM25 ${score(plain, dev).toFixed(4)}, re-ranked ${score(reranked, dev).toFixed(4)}`);
