import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toMispEvents, type MispEvent } from './misp.js';
import { testDoc } from './test-doc.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function checkEvent(e: MispEvent): void {
  assert.match(e.uuid, UUID);
  assert.match(e.date, /^\d{4}-\d{2}-\d{2}$/);
  assert.match(e.timestamp, /^\d+$/);
  const uuids = new Set(e.Attribute.map((a) => a.uuid));
  assert.equal(uuids.size, e.Attribute.length, 'attribute uuids are unique');
  for (const a of e.Attribute) {
    assert.match(a.uuid, UUID);
    assert.ok(a.value.length > 0);
    assert.ok(['url', 'text', 'comment'].includes(a.type));
  }
}

test('one article: URL, quotes, claims, technique evidence and narratives as attributes; DISARM as galaxy tags', () => {
  const { document, gaps } = toMispEvents([testDoc()]);
  assert.ok('Event' in document);
  const e = document.Event;
  checkEvent(e);
  assert.equal(e.info, 'claimtrail: Harbour bridge plan stalls — Harbour Gazette');
  assert.equal(e.date, '2024-03-05');
  assert.equal(e.published, false);
  assert.deepEqual(e.Attribute.filter((a) => a.type === 'url').map((a) => a.value), ['https://gazette.example/bridge']);
  assert.equal(e.Attribute.filter((a) => a.comment.startsWith('Quote')).length, 2);
  assert.equal(e.Attribute.filter((a) => a.comment.startsWith('Claim')).length, 3);
  assert.deepEqual(e.Tag.map((t) => t.name), ['misp-galaxy:disarm-techniques="Smear"', 'misp-galaxy:disarm-techniques="Leverage Existing Narratives"']);
  const cowards = e.Attribute.find((a) => a.value === 'cowards');
  assert.match(String(cowards?.comment), /^Evidence of DISARM T0135\.001 Smear: PTC Name_Calling,Labeling \(score 0\.8\) by Lena Berg/);
  assert.ok(gaps.some((g) => g.startsWith('No DISARM technique for Bandwagon,Reductio_ad_hitlerum, Appeal_to_Hypocrisy')));
  assert.equal(JSON.stringify(toMispEvents([testDoc()]).document), JSON.stringify(document));
});

test('no URL or date: no url attribute, epoch date, the gaps as a comment attribute', () => {
  const { document } = toMispEvents([testDoc({ url: null, published: null })]);
  assert.ok('Event' in document);
  checkEvent(document.Event);
  assert.equal(document.Event.date, '1970-01-01');
  assert.equal(document.Event.Attribute.filter((a) => a.type === 'url').length, 0);
  assert.match(document.Event.Attribute.find((a) => a.type === 'comment')?.value ?? '', /no URL[\s\S]*no publication date/);
});

test('several articles or none: a MISP response list', () => {
  const two = toMispEvents([testDoc(), { ...testDoc(), id: 'ffffffffffffffff' }]).document;
  assert.ok('response' in two && two.response.length === 2);
  assert.notEqual(two.response[0].Event.uuid, two.response[1].Event.uuid);
  const none = toMispEvents([], { scope: 'narrative:none' });
  assert.deepEqual(none.document, { response: [] });
  assert.deepEqual(none.gaps, ['Empty export: no documents for narrative:none.']);
});
