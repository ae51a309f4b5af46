import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toMispEvents, type MispEvent } from './misp.js';
import { testDoc } from './test-doc.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// What PyMISP reads: MISPEvent.from_dict needs `info`; to_feed() raises without Orgc (name, uuid) and writes the event
// fields uuid, info, threat_level_id, analysis, timestamp, published, date (filled with the import day when absent) and,
// per attribute, uuid, value, category, type, comment, to_ids, timestamp; Tag is a list of {name}.
function checkEvent(e: MispEvent): void {
  assert.match(e.uuid, UUID);
  assert.ok(e.info.length > 0);
  if (e.date !== undefined) assert.match(e.date, /^\d{4}-\d{2}-\d{2}$/);
  if (e.timestamp !== undefined) assert.match(e.timestamp, /^\d+$/);
  assert.ok(e.date === undefined || !e.date.startsWith('1970'), 'no made-up 1970 date');
  for (const org of [e.Orgc, e.Org]) {
    assert.equal(org.name, 'claimtrail');
    assert.match(org.uuid, UUID);
  }
  assert.ok(['1', '2', '3', '4'].includes(e.threat_level_id) && ['0', '1', '2'].includes(e.analysis) && typeof e.published === 'boolean');
  assert.ok(Array.isArray(e.Attribute) && Array.isArray(e.Tag) && e.Tag.every((t) => typeof t.name === 'string'));
  const uuids = new Set(e.Attribute.map((a) => a.uuid));
  assert.equal(uuids.size, e.Attribute.length, 'attribute uuids are unique');
  for (const a of e.Attribute) {
    assert.match(a.uuid, UUID);
    assert.ok(a.value.length > 0);
    assert.ok(['url', 'text', 'comment'].includes(a.type));
    assert.ok(typeof a.category === 'string' && typeof a.comment === 'string' && a.to_ids === false);
    assert.equal(a.timestamp, e.timestamp);
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

test('issue 15: an undated article takes the analysis date, or no date at all; never 1970', () => {
  const analysed = toMispEvents([testDoc({ published: null })], { recordedAt: () => '2026-12-04T15:00:00Z' }).document;
  assert.ok('Event' in analysed);
  checkEvent(analysed.Event);
  assert.deepEqual([analysed.Event.date, analysed.Event.timestamp], ['2026-12-04', String(Date.parse('2026-12-04T15:00:00Z') / 1000)]);
  const { document, gaps } = toMispEvents([testDoc({ published: null })]);
  assert.ok('Event' in document);
  checkEvent(document.Event);
  assert.equal('date' in document.Event || 'timestamp' in document.Event, false);
  assert.ok(gaps.some((g) => g.includes('the MISP event has no date')));
});

test('no URL or date: no url attribute, no date, the gaps as a comment attribute', () => {
  const { document } = toMispEvents([testDoc({ url: null, published: null })]);
  assert.ok('Event' in document);
  checkEvent(document.Event);
  assert.equal(document.Event.date, undefined);
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
