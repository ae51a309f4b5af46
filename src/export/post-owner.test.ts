// Regression: exports name an embedded post's author as the speaker of the claims in it (they were "the article's
// own voice" before, since only quoteId was looked up).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, withLayers } from '../core/doc.js';
import type { Doc } from '../core/types.js';
import { claimOwner } from './facts.js';
import { tableRows } from './tables.js';
import { toMispEvents } from './misp.js';
import { toStixBundle } from './stix/bundle.js';
import { toClaimReviews } from './claimreview.js';

const TEXT = 'Ferry fares rise\n\nFares rose by a third. Mara Quist says the ferry company lies about its fuel costs.\n\n— Mara Quist (@maraq) May 2, 2026';
const CLAIM = 'Mara Quist says the ferry company lies about its fuel costs.';

function postDoc(entityNamed: boolean): Doc {
  const at = (s: string) => ({ start: TEXT.indexOf(s), end: TEXT.indexOf(s) + s.length });
  const doc = createDoc({ text: TEXT, meta: { siteName: 'Harbour News' }, source: { name: 'hand-built.txt' } });
  return withLayers(doc, {
    entities: entityNamed ? [{ id: 'e1', canonical: 'Mara Quist', type: 'person', gazetteerId: null, aliases: ['Mara Quist'], mentions: [{ ...at('Mara Quist'), text: 'Mara Quist', kind: 'name' }], role: null, parent: null }] : [],
    quotes: [],
    posts: [{ id: 'p1', platform: 'x', content: at(CLAIM), signature: at('— Mara Quist (@maraq) May 2, 2026'), author: { name: 'Mara Quist', handle: 'maraq' }, date: 'May 2, 2026' }],
    claims: [{ id: 'c1', ...at(CLAIM), voice: 'attributed', quoteId: null, postId: 'p1', checkworthiness: 0.8 }],
  });
}

test('claimOwner: the post author, with the entity of that name when there is one', () => {
  const owner = claimOwner(postDoc(true), postDoc(true).layers.claims![0]);
  assert.equal(owner.kind, 'speaker');
  assert.ok(owner.kind === 'speaker' && owner.name === 'Mara Quist' && owner.entity?.id === 'e1' && owner.post?.id === 'p1' && owner.quote === null);
  const bare = claimOwner(postDoc(false), postDoc(false).layers.claims![0]);
  assert.ok(bare.kind === 'speaker' && bare.entity === null);
});

test('tables, MISP, STIX and ClaimReview name the post author', () => {
  const row = tableRows([postDoc(false)], ['claim'])[0];
  assert.equal(row.actor, 'Mara Quist');
  assert.equal(row.detail, 'p1');
  const misp = JSON.stringify(toMispEvents([postDoc(false)]).document);
  assert.ok(misp.includes('Claim attributed to Mara Quist'), misp);
  const stix = JSON.stringify(toStixBundle([postDoc(false)]));
  assert.ok(stix.includes('Claim attributed to Mara Quist'), stix);
  const review = toClaimReviews([postDoc(true)]);
  assert.ok(JSON.stringify(review.document).includes('"name":"Mara Quist"'));
  const gaps = toClaimReviews([postDoc(false)]).gaps.join('\n');
  assert.ok(gaps.includes('the author of an embedded post (“Mara Quist”)'), gaps);
});
