import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FEATURE_VERSION } from './features.js';
import { createModel, memberTable, packMember } from './model.js';
import { DEFAULTS, prepare, train, without } from './train.js';
import { mulberry32 } from '../../core/seeded-random.js';
import { CLEF2019_TEST_EVENTS, distinctiveTexts, sameEvent, t5ForShipping, type Example } from './training-data.js';

const line = (group: string, id: number, text: string, label: 0 | 1 = 0): Example => ({ text, label, group, id, speaker: 'SPEAKER' });

/** Five more lines both copies of the debate hold (an event shares at least five). */
const shared = (group: string, from: number) => ['health care', 'the border', 'trade with China', 'the minimum wage', 'student debt']
  .map((topic, k) => line(group, from + k, `My plan for ${topic} is on my website for everyone to read.`));

// One debate written twice, as CLEF 2019 and CLEF 2020 T5 hold it: other name, one line split in two.
const debate2019 = [
  line('20160209_msnbc_dem', 1, 'We will raise the minimum wage to fifteen dollars an hour.', 1),
  line('20160209_msnbc_dem', 2, 'The banks on Wall Street got a bailout and the workers did not.'),
  line('20160209_msnbc_dem', 3, 'I voted against the war in Iraq and she voted for it, and that is the record.'),
  line('20160209_msnbc_dem', 4, 'Thank you.'),
  ...shared('20160209_msnbc_dem', 5),
];
const debateT5 = [
  line('t5:20160204_democrats_new_hampshire', 1, 'We will raise the minimum wage to fifteen dollars an hour.'),
  line('t5:20160204_democrats_new_hampshire', 2, 'The banks on Wall Street got a bailout and the workers did not.'),
  line('t5:20160204_democrats_new_hampshire', 3, 'I voted against the war in Iraq and she voted for it,'),
  line('t5:20160204_democrats_new_hampshire', 4, 'and that is the record.'),
  ...shared('t5:20160204_democrats_new_hampshire', 5),
];
const other = [
  line('t5:20170822_Trump_phoenix', 1, 'We have created over one million jobs since the election.', 1),
  line('t5:20170822_Trump_phoenix', 2, 'Thank you.'),
  line('t5:20170822_Trump_phoenix', 3, 'The wall is going to be built, believe me, folks.'),
];

test('the same debate under two names and line splits is one event; short shared lines such as "Thank you." do not make one', () => {
  assert.equal(sameEvent(distinctiveTexts(debate2019), distinctiveTexts(debateT5)), true);
  assert.equal(sameEvent(distinctiveTexts(other), distinctiveTexts(debateT5)), false);
  assert.equal(sameEvent(distinctiveTexts(other), distinctiveTexts(debate2019)), false, 'only "Thank you." is shared');
  assert.equal(sameEvent(new Set(), distinctiveTexts(debate2019)), false);
  // Regression: two short transcripts sharing one stock sentence (1 of 2 distinctive lines) are not one event.
  const tiny = (group: string, text: string) => distinctiveTexts([line(group, 1, 'Thank you so much, it is great to be here tonight.'), line(group, 2, text)]);
  assert.equal(sameEvent(tiny('a', 'Crime fell by 12 percent in four years.'), tiny('b', 'We lost 2 million jobs to China.')), false);
});

test('without() drops every transcript of a held-out debate\'s event, and a held-out sentence wherever it sits', () => {
  const claimbuster = [line('claimbuster', 7, 'The banks on Wall Street got a bailout and the workers did not.', 1), line('claimbuster', 8, 'Taxes went up by 9 percent.', 1)];
  const rows = prepare([...claimbuster, ...debateT5, ...other], DEFAULTS);
  const kept = without(rows, debate2019).map((r) => `${r.example.group}#${r.example.id}`);
  assert.deepEqual(kept, ['claimbuster#8', 't5:20170822_Trump_phoenix#1', 't5:20170822_Trump_phoenix#3'], 'the T5 copy goes whole; "Thank you." goes as a held-out sentence');
  // A model still trains on what is left.
  assert.ok((train(without(rows, debate2019), DEFAULTS).weights ?? []).length > 0);
});

test('the shipped model never trains on the CLEF 2020 T5 transcripts that are CLEF 2019 official test debates', () => {
  const split = {
    train: [line('t5:20160311_GOP_miami', 1, 'a'), line('t5:20160225_GOP_texas', 1, 'b')],
    dev: [line('t5:20181015_60_min', 1, 'c'), line('t5:20181112_trump_pelosi', 1, 'd')],
  };
  assert.deepEqual(t5ForShipping(split).map((e) => e.group), ['t5:20160225_GOP_texas', 't5:20181112_trump_pelosi']);
  assert.deepEqual([...CLEF2019_TEST_EVENTS].sort(), ['t5:20160311_GOP_miami', 't5:20181015_60_min']);
});

test('t5Weight scales CLEF 2020 T5 lines only: weight 0 trains as if they were absent', () => {
  const rows = prepare([...debate2019, ...other], DEFAULTS);
  const alone = train(prepare(debate2019, DEFAULTS), DEFAULTS);
  const zero = train(rows, { ...DEFAULTS, t5Weight: 0 });
  assert.deepEqual(zero.weights, alone.weights);
  assert.notDeepEqual(train(rows, { ...DEFAULTS, t5Weight: 1 }).weights, alone.weights);
});

test('a model file with members scores the sigmoid of the weighted mean of the members\' logits', () => {
  const member = (bias: number) => ({ bits: 8, bias, groups: { chars: false, context: false }, indices: [], weights: [] });
  const file = { name: 'checkworthiness' as const, featureVersion: FEATURE_VERSION, ...member(2), trained: {}, members: [{ weight: 0.25, model: member(-2) }] };
  // 0.75 × 2 + 0.25 × (−2) = 1
  assert.ok(Math.abs(createModel(file).score('Anything at all.') - 1 / (1 + Math.exp(-1))) < 1e-9);
  assert.ok(Math.abs(createModel({ ...file, members: undefined }).score('Anything at all.') - 1 / (1 + Math.exp(-2))) < 1e-9);
});

test('Settings.mix trains a character n-gram member on the same rows and ships it in the file', () => {
  const s = { ...DEFAULTS, mix: { weight: 0.5, groups: { chars: true, context: true }, prune: DEFAULTS.prune } };
  const rows = prepare([...debate2019, ...other], s);
  assert.ok(rows.every((r) => r.xMix && r.xMix.length > r.x.length), 'the member sees the words and the character n-grams');
  const file = train(rows, s);
  assert.equal(file.members?.length, 1);
  assert.equal(file.members?.[0].weight, 0.5);
  assert.deepEqual(file.members?.[0].model.groups, { chars: true, context: true });
  assert.throws(() => train(prepare(debate2019, { ...DEFAULTS, mix: null }), s), /mixed-in member/);
  const model = createModel(file);
  // The dense form the training script writes scores as the sparse one (int16 rounding aside).
  const packed = createModel({ ...packMember(file), name: 'checkworthiness', featureVersion: FEATURE_VERSION, trained: {}, members: file.members?.map((m) => ({ weight: m.weight, model: packMember(m.model) })) });
  for (const text of ['We have created over one million jobs since the election.', 'Thank you.']) assert.ok(Math.abs(packed.score(text) - model.score(text)) < 1e-3);
  assert.ok(model.score('We have created over one million jobs since the election.') > model.score('Thank you.'));
});

test('bags: the weights are the mean of the runs\' weights (seed, seed + 1), so the logit is the mean logit; 1 run is the plain fit', () => {
  const s = { ...DEFAULTS, bags: 1, prune: 0, memory: 0 };
  const rows = prepare([...debate2019, ...other], s);
  const one = memberTable(train(rows, s));
  assert.deepEqual(memberTable(train(rows, { ...s, bags: 1 })), one);
  const second = memberTable(train(rows, { ...s, seed: s.seed + 1 }));
  const bagged = train(rows, { ...s, bags: 2 });
  const table = memberTable(bagged);
  let differs = 0;
  table.forEach((w, i) => {
    // Each file rounds its weights to 4 decimals.
    assert.ok(Math.abs(w - (one[i] + second[i]) / 2) <= 1.5e-4, `weight ${i}: ${w} vs ${(one[i] + second[i]) / 2}`);
    if (Math.abs(one[i] - second[i]) > 1e-3) differs++;
  });
  assert.ok(differs > 0, 'two shuffles give other weights: the test would see a run left out');
  const text = 'We have created over one million jobs since the election.';
  const logit = (p: number) => Math.log(p / (1 - p));
  const runs = [train(rows, s), train(rows, { ...s, seed: s.seed + 1 })].map((f) => logit(createModel(f).score(text)));
  assert.ok(Math.abs(logit(createModel(bagged).score(text)) - (runs[0] + runs[1]) / 2) < 5e-3);
});

test('the SGD over packed rows gives exactly the weights of the plain loop over row objects (the shipped file depends on it)', () => {
  // The loop as it was written over one object per row (rounded as `train` rounds): the packed layout (flat typed
  // arrays, weight and squared gradient side by side) must do the same operations in the same order.
  // Every row at weight 1, positives at 3 (T5 lines weigh too here).
  const s = { ...DEFAULTS, bags: 1, prune: 0, memory: 0, positiveWeight: 3, clefWeight: 1, clefPositiveWeight: 1, claimbusterWeight: 1, t5Weight: 1 };
  const rows = prepare([...debate2019, ...other, { text: 'Good evening.', label: 0, group: 'claimbuster', id: 7, speaker: null }], s);
  const size = 1 << s.bits;
  const dim = rows.find((r) => r.v)?.v?.length ?? 0;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size);
  const wv = new Float64Array(dim);
  const g2v = new Float64Array(dim);
  let bias = 0;
  let biasG2 = 0;
  const weighted = rows.map((r) => ({ x: r.x, v: r.v, y: r.example.label, weight: r.example.label ? s.positiveWeight : 1 }));
  const order = weighted.map((_, i) => i);
  const random = mulberry32(s.seed);
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const { x, v, y, weight } = weighted[k];
      let z = bias;
      for (const i of x) z += w[i];
      if (v) for (let d = 0; d < dim; d++) z += wv[d] * v[d];
      const g = (1 / (1 + Math.exp(-z)) - y) * weight;
      if (v) {
        for (let d = 0; d < dim; d++) {
          const gd = g * v[d];
          g2v[d] += gd * gd;
          wv[d] -= (s.rate * gd) / Math.sqrt(g2v[d] + 1e-8);
        }
      }
      for (const i of x) {
        const gi = g + s.l2 * w[i];
        g2[i] += gi * gi;
        w[i] -= (s.rate * gi) / Math.sqrt(g2[i] + 1e-8);
      }
      biasG2 += g * g;
      bias -= (s.rate * g) / Math.sqrt(biasG2 + 1e-8);
    }
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const file = train(rows, s);
  assert.ok(dim > 0 && rows.some((r) => r.x.length > 1), 'the test exercises the sparse and the dense weights');
  assert.equal(file.bias, round(bias));
  assert.deepEqual(file.vector, Array.from(wv, round));
  const table = memberTable(file);
  w.forEach((x, i) => assert.equal(table[i], Math.fround(Math.abs(round(x)) < s.prune ? 0 : round(x)), `weight ${i}`));
});
