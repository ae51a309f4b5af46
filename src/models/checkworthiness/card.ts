// Writes MODEL_CARD.md from the numbers of a training run, so the card never disagrees with the model file.

export interface CardInput {
  settings: { bits: number; epochs: number; rate: number; l2: number; clefWeight: number; positiveWeight: number; prune: number; seed: number };
  report: {
    claimbuster: { ap: number; precision: number; recall: number; f1: number; n: number };
    clef: { map: number; debates: number; n: number };
  };
  atHalf: { precision: number; recall: number; f1: number };
  trainCount: number;
  weights: number;
  bytes: number;
  threshold: number;
}

const f = (x: number) => x.toFixed(3);

export function modelCard(c: CardInput): string {
  const { settings: s, report: r } = c;
  return `# Model card: check-worthiness (claimtrail)

Date: 2026-11-25. File: \`data/model.json\` (${(c.bytes / 1024).toFixed(0)} KiB, ${c.weights} non-zero weights of 2^${s.bits}).

## What it does

Scores one English sentence in [0, 1]: how likely it states a checkable fact worth checking (numbers, events,
who did what), as opposed to opinion, questions, greetings or procedure. The \`claims\` stage uses it with hard
rules (questions, imperatives, boilerplate, too short, no verb) and a threshold (default ${c.threshold}: lower than
0.5 because news prose scores lower than the debate speech the model learnt from; on the seed article the outlet's
own claims score 0.36–0.40 and a quoted one 0.29).

## Model

Logistic regression over hashed features (FNV-1a, 2^${s.bits} buckets; \`features.ts\`, feature version in the file):
lower-cased word unigrams and bigrams (with sentence start/end), shape flags (number, year, percent, money, month,
magnitude words, number words), capitalised tokens after the first (count, capped at 4), digits (capped at 3),
modal, first/second person, opinion words, past auxiliaries, comparatives, -ed words, a final question mark,
sentence length bucket. Trained with AdaGrad (rate ${s.rate}, L2 ${s.l2}, ${s.epochs} epochs, seed ${s.seed},
positive weight ${s.positiveWeight}, CLEF line weight ${s.clefWeight}); weights rounded to 4 decimals, |w| < ${s.prune} dropped.

## Data

Read from \`../shared/datasets/checkworthiness\` (never copied here):
- ClaimBuster (Arslan et al. 2020) 2xNCS/2.5xNCS/3xNCS merged by sentence id: US presidential debate sentences, 1 = check-worthy factual.
- CLEF 2019 CheckThat! Task 1 training debates/speeches (label 1 = selected for fact-checking by factcheck.org).

Split (\`datasets.ts\`): ClaimBuster by FNV-1a(sentence id) mod 10 (0 test, 1 dev, rest train); CLEF by whole debate:
test = ${'`20160209_msnbc_dem`, `20170228_trump_address`, `20180916_trump_miami`, `20181112_trump_pelosi`, `20190108_oval_office`'}
(none is a general-election presidential debate, which ClaimBuster also covers), dev = \`20170315_nashville\`, \`20180926_un_press\`.
Settings were chosen on dev; the shipped model is trained on train + dev (${c.trainCount} examples), with any sentence
whose text equals a test sentence removed.

## Held-out results (test part: never trained on; settings chosen on dev, the threshold on the seed article)

| Data | Metric | Value |
|---|---|---|
| ClaimBuster (${r.claimbuster.n} sentences) | F1 at ${c.threshold} (P / R) | ${f(r.claimbuster.f1)} (${f(r.claimbuster.precision)} / ${f(r.claimbuster.recall)}) |
| ClaimBuster | F1 at 0.5 (P / R) | ${f(c.atHalf.f1)} (${f(c.atHalf.precision)} / ${f(c.atHalf.recall)}) |
| ClaimBuster | average precision | ${f(r.claimbuster.ap)} |
| CLEF 2019 T1, ${r.clef.debates} held-out training debates (${r.clef.n} lines) | MAP | ${f(r.clef.map)} |

For scale: the best CLEF 2019 primary run reached MAP 0.166 on the official test debates (a different set, not
available here), so the CLEF number above is not directly comparable.

## Limits

Trained on US political speech; news prose in other registers (state-media articles, translated text) differs.
It does not know whether a claim is true, only whether it looks like a checkable statement. English only.

## Retrain

\`npm run train -- checkworthiness\` (= \`tsx scripts/train-checkworthiness.ts\`); \`--tune\` prints dev results for a
small settings grid and writes nothing. Deterministic: same data and settings give the same file.
`;
}
