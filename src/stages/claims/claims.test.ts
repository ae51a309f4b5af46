import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, withLayers } from '../../core/doc.js';
import type { Doc, Quote, QuoteKind } from '../../core/types.js';
import { segment } from '../segment/index.js';
import { claims } from './index.js';

const run = claims.create(undefined);
const split = segment.create();

/** Segments `text` and adds quotes whose contents are the given substrings (found with indexOf). */
function docWith(text: string, contents: [string, QuoteKind][] = []): Doc {
  const quotes: Quote[] = contents.map(([content, kind], i) => {
    const start = text.indexOf(content);
    assert.ok(start >= 0, `quote text not found: ${content}`);
    return { id: `q${i + 1}`, kind, content: { start, end: start + content.length }, cue: null, speaker: { entityId: null, name: 'Kabulov', span: null }, venue: null };
  });
  return withLayers(split(createDoc({ text })), { quotes });
}

const texts = (doc: Doc) => (doc.layers.claims ?? []).map((c) => doc.text.slice(c.start, c.end));

test('a factual sentence in the author\'s voice is a claim; questions, evaluations and calls are not', () => {
  const doc = run(docWith(
    'In 2018, US helicopters evacuated 120 fighters from the Darzab district. Why is this so? ' +
    'This particular detail is noteworthy. We must carefully consider this matter. Subscribe to our newsletter for updates.',
  ));
  assert.deepEqual(texts(doc), ['In 2018, US helicopters evacuated 120 fighters from the Darzab district.']);
  const [claim] = doc.layers.claims!;
  assert.equal(claim.id, 'c1');
  assert.equal(claim.voice, 'author');
  assert.equal(claim.quoteId, null);
  assert.ok(claim.checkworthiness > 0.3 && claim.checkworthiness <= 1);
});

test('quoted content becomes attributed claims, clipped to sentences; the frame is no claim', () => {
  const text = 'The envoy said, “The group was founded in 2015 with foreign money. It received 300 rifles from abroad in 2016.” ' +
    'He added that the group has 4,000 fighters in three provinces.';
  const doc = run(docWith(text, [
    ['The group was founded in 2015 with foreign money. It received 300 rifles from abroad in 2016.', 'direct'],
    ['that the group has 4,000 fighters in three provinces', 'indirect'], // the "that" is dropped from the claim
  ]));
  assert.deepEqual(texts(doc), [
    'The group was founded in 2015 with foreign money.',
    'It received 300 rifles from abroad in 2016.',
    'the group has 4,000 fighters in three provinces',
  ]);
  assert.deepEqual(doc.layers.claims!.map((c) => [c.id, c.voice, c.quoteId]), [['c1', 'attributed', 'q1'], ['c2', 'attributed', 'q1'], ['c3', 'attributed', 'q2']]);
});

test('a quoted question or a short quoted fragment is no claim', () => {
  const text = 'He asked, “Who armed the group in 2016?” and called the troops “invaders” in the interview that aired on Monday.';
  const doc = run(docWith(text, [['Who armed the group in 2016?', 'direct'], ['invaders', 'mixed']]));
  assert.deepEqual(texts(doc), []);
});

test('a higher threshold keeps fewer claims; a bad threshold is refused', () => {
  const text = 'The army lost 300 soldiers in 2019. The ministry published the figures in March.';
  const all = run(docWith(text)).layers.claims!;
  const strict = claims.create({ threshold: 0.99 })(docWith(text)).layers.claims!;
  assert.ok(all.length >= 1 && strict.length < all.length);
  assert.throws(() => claims.create({ threshold: 2 }), RangeError);
});

test('no sentences and no quotes give no claims, and the input document is not changed', () => {
  const input = docWith('');
  const doc = run(input);
  assert.deepEqual(doc.layers.claims, []);
  assert.equal(input.layers.claims, undefined);
});

// Regression: each sentence scanned every quote (quadratic on long articles); quotes are now bucketed per sentence.
test('a long article with many quotes: each quote, also one over several sentences, gets its attributed claims', () => {
  const unit = 'The minister said that the agency had spent 40 million dollars on the new port in 2019. Officials confirmed the figure in a report to parliament last week. ';
  const text = unit.repeat(400);
  const base = segment.create()(createDoc({ text }));
  const quotes: Quote[] = [];
  for (let k = 0; k < 400; k += 2) {
    const at = k * unit.length + unit.indexOf('the agency');
    const end = k % 10 === 0 ? (k + 1) * unit.length + unit.indexOf(' Officials') : k * unit.length + unit.indexOf(' Officials') - 1;
    quotes.push({ id: `q${k}`, kind: 'indirect', content: { start: at, end }, cue: null, speaker: null, venue: null });
  }
  const out = run(withLayers(base, { quotes }));
  const attributed = out.layers.claims!.filter((c) => c.voice === 'attributed');
  assert.equal(new Set(attributed.map((c) => c.quoteId)).size, 200);
  assert.equal(attributed.length, 200 + 40 * 2, 'every fifth quote runs over two more sentences');
});
