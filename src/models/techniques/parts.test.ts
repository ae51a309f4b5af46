import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCueIndex } from './cues.js';
import { bucketer, collector, rateBins, recorder, tokenFeatures } from './features.js';
import { constant, featureHash, featureText, part } from './parts.js';
import { tokenizeDoc } from './tokens.js';

test('a feature hash depends on the template, the parts and their order', () => {
  const t = constant('pw=');
  const [a, b] = [part('puppet'), part('regime')];
  assert.equal(featureHash(t, a, b), featureHash(constant('pw='), part('puppet'), part('regime')));
  assert.notEqual(featureHash(t, a, b), featureHash(t, b, a));
  assert.notEqual(featureHash(t, a), featureHash(constant('wn='), a));
  assert.notEqual(featureHash(t, a), featureHash(t, a, b));
  assert.equal(featureText(t, a, b), 'pw=puppet|regime');
});

test('buckets spread: 5,000 word features over 2^16 buckets mostly land apart', () => {
  const t = constant('w=');
  const seen = new Set<number>();
  for (let i = 0; i < 5000; i++) seen.add(featureHash(t, part(`word${i}`)) & 0xffff);
  assert.ok(seen.size > 4750, `${seen.size} distinct buckets`);
});

test('the tokens carry their hashed part; text, buckets and recorder agree feature by feature', () => {
  const text = 'The puppet regime lied again.';
  const d = tokenizeDoc(text, [{ start: 0, end: text.length }], createCueIndex([]));
  assert.deepEqual(d.toks.map((t) => t.part.s), ['the', 'puppet', 'regime', 'lied', 'again', '.']);
  assert.equal(d.toks[1].part.h, part('puppet').h);
  assert.equal(d.toks[2].suffix?.s, 'ime');
  const bins = rateBins(d, new Map([['puppet', 0.81]]));
  const texts: string[] = [];
  const buckets: number[] = [];
  tokenFeatures(d, 1, collector(texts), bins);
  tokenFeatures(d, 1, bucketer(buckets, 18), bins);
  const r = recorder(18);
  tokenFeatures(d, 1, r.emit, bins);
  assert.deepEqual(texts.map((_, j) => r.recorded.text(j)), texts);
  assert.deepEqual(r.recorded.buckets, buckets);
  for (const f of ['w=puppet', 'pw=the|puppet', 'wn=puppet|regime', 'rate=8', 'prate=unk|8', 'p2=<s>', 'pre4=pupp', 'suf4=ppet', 's:ratemax=8', 's:ratehigh=1', 'd:rate=11', 'd:high=11', 'd:rate=11|8']) assert.ok(texts.includes(f), f);
});
