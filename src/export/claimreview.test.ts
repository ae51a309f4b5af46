import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toClaimReviews, type JsonLdNode } from './claimreview.js';
import { checkJsonLd } from './jsonld-check.js';
import { testDoc } from './test-doc.js';

const item = (n: JsonLdNode): JsonLdNode => n.itemReviewed as JsonLdNode;

test('one draft per claim: speaker as author of attributed claims, outlet of its own, no rating, the draft says so', () => {
  const { document, gaps } = toClaimReviews([testDoc()]);
  assert.deepEqual(checkJsonLd(document), []);
  const [berg, own, engineers] = document['@graph'];
  assert.equal(berg.claimReviewed, 'The bridge was a disaster built by cowards, and everyone knows it.');
  assert.deepEqual(item(berg).author, { '@type': 'Person', name: 'Lena Berg', jobTitle: 'mayor' });
  assert.deepEqual(item(own).author, { '@type': 'Organization', name: 'Harbour Gazette' });
  assert.equal(item(engineers).author, undefined);
  assert.match(String(engineers.description), /unnamed source \(“Engineers”\)/);
  for (const n of document['@graph']) {
    assert.equal(n.reviewRating, undefined);
    assert.equal(n.creativeWorkStatus, 'Draft');
    assert.match(String(n.description), /without a verdict/);
  }
  assert.deepEqual(item(own).appearance, {
    '@type': 'Article', url: 'https://gazette.example/bridge', headline: 'Harbour bridge plan stalls', datePublished: '2024-03-05T09:30:00+01:00',
    publisher: { '@type': 'Organization', name: 'Harbour Gazette' },
  });
  assert.equal(item(own).datePublished, '2024-03-05T09:30:00+01:00');
  assert.ok(gaps.some((g) => g.startsWith('firstAppearance is left out')));
});

test('firstAppearance comes from the context; the narrative is `about` where its evidence overlaps the claim', () => {
  const doc = testDoc({}, { claims: [...(testDoc().layers.claims ?? []), { id: 'c4', start: testDoc().text.indexOf('Is anyone'), end: testDoc().text.length, voice: 'author', quoteId: null, checkworthiness: 0.4 }] });
  const { document, gaps } = toClaimReviews([doc], { firstAppearance: (_d, c) => (c.id === 'c4' ? { url: 'https://first.example/a', date: '2023-01-02', outlet: 'First Post' } : null) });
  assert.deepEqual(checkJsonLd(document), []);
  const last = item(document['@graph'][3]);
  assert.deepEqual(last.firstAppearance, { '@type': 'Article', url: 'https://first.example/a', datePublished: '2023-01-02', publisher: { '@type': 'Organization', name: 'First Post' } });
  assert.deepEqual(last.about, [{ '@type': 'Thing', name: 'Foreign money steers the town', identifier: 'foreign-money' }]);
  assert.equal(item(document['@graph'][0]).firstAppearance, undefined);
  assert.deepEqual(gaps.filter((g) => g.startsWith('firstAppearance')), ['firstAppearance is left out for 3 claims the store has no cluster for.']);
});

test('issue 15: each draft ends its description with one line of the fields Google documents, filled or missing', () => {
  const doc = testDoc();
  const { document } = toClaimReviews([doc], { firstAppearance: (_d, c) => (c.id === 'c1' ? { url: 'https://first.example/a', date: '2023-01-02' } : null) });
  const [berg, , engineers] = document['@graph'];
  assert.match(String(berg.description), /Google ClaimReview fields — filled: claimReviewed, itemReviewed, itemReviewed\.author, itemReviewed\.datePublished, itemReviewed\.appearance, itemReviewed\.firstAppearance; missing: reviewRating, url, author, datePublished\.$/);
  assert.match(String(engineers.description), /filled: claimReviewed, itemReviewed, itemReviewed\.datePublished, itemReviewed\.appearance; missing: reviewRating, url, author, datePublished, itemReviewed\.author, itemReviewed\.firstAppearance\.$/);
  assert.equal(String(berg.description).match(/Google ClaimReview fields/g)?.length, 1);
});

test('no URL, no date, no site name: the byline is the author, the gaps are stated, still valid JSON-LD', () => {
  const { document, gaps } = toClaimReviews([testDoc({ url: null, published: null, siteName: null })]);
  assert.deepEqual(checkJsonLd(document), []);
  const own = document['@graph'][1];
  assert.deepEqual(item(own).author, { '@type': 'Person', name: 'Jane Roe' });
  assert.deepEqual(item(own).appearance, { '@type': 'Article', headline: 'Harbour bridge plan stalls' });
  assert.equal(item(own).datePublished, undefined);
  assert.match(String(own.description), /byline \(Jane Roe\) is given as the author/);
  assert.ok(gaps.some((g) => g.includes('no URL')) && gaps.some((g) => g.includes('no publication date')));
});

test('nothing known at all, and an empty export: valid JSON-LD with the gaps', () => {
  const bare = toClaimReviews([testDoc({ url: null, published: null, siteName: null, byline: null, authors: [], title: null, language: null })]);
  assert.deepEqual(checkJsonLd(bare.document), []);
  assert.equal(item(bare.document['@graph'][1]).author, undefined);
  assert.equal(item(bare.document['@graph'][1]).appearance, undefined);
  const empty = toClaimReviews([]);
  assert.deepEqual(checkJsonLd(empty.document), []);
  assert.deepEqual(empty.document['@graph'], []);
  assert.deepEqual(empty.gaps, ['Empty export: no documents.']);
});
