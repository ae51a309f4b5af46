import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateStixBundle } from '../stix-schema/validate.js';
import { testDoc } from '../test-doc.js';
import { toStixBundle } from './bundle.js';
import type { StixObject } from './objects.js';

const byType = (objects: StixObject[], type: string): StixObject[] => objects.filter((o) => o.type === type);

test('a full document: valid bundle, one report, outlet and speaker identities, DISARM ids, evidence on relationships', () => {
  const { bundle, gaps } = toStixBundle([testDoc()]);
  assert.deepEqual(validateStixBundle(bundle), []);
  const reports = byType(bundle.objects, 'report');
  assert.equal(reports.length, 1);
  assert.equal(reports[0].published, '2024-03-05T08:30:00.000Z');
  assert.deepEqual(reports[0].external_references, [{ source_name: 'Harbour Gazette', url: 'https://gazette.example/bridge' }]);
  const names = byType(bundle.objects, 'identity').map((o) => o.name);
  assert.deepEqual(names, ['claimtrail', 'Harbour Gazette', 'Lena Berg']);
  const disarm = byType(bundle.objects, 'attack-pattern').map((o) => (o.external_references as Array<{ external_id: string }>)[0].external_id);
  assert.deepEqual(disarm.sort(), ['T0003', 'T0135.001']);
  const smear = byType(bundle.objects, 'relationship').find((r) => String(r.description).startsWith('Lena Berg'));
  assert.match(String(smear?.description), /“cowards” \[\d+–\d+\]/);
  assert.equal(byType(bundle.objects, 'opinion').length, 0);
  const narrative = byType(bundle.objects, 'x-claimtrail-narrative')[0];
  assert.equal(narrative.name, 'Foreign money steers the town');
  assert.ok(gaps.some((g) => g.startsWith('Bandwagon,Reductio_ad_hitlerum: 1 span with no honest DISARM technique')));
  assert.ok(gaps.some((g) => g.startsWith('Appeal_to_Hypocrisy: 1 span with no entry in the DISARM mapping')));
  assert.ok(gaps.some((g) => g.startsWith('1 of 5 technique spans scored below 0.3')));
});

test('the same analysis gives a byte-identical bundle; a changed one a new bundle id', () => {
  const a = JSON.stringify(toStixBundle([testDoc()]).bundle);
  assert.equal(JSON.stringify(toStixBundle([testDoc()]).bundle), a);
  assert.notEqual(toStixBundle([testDoc({ title: 'Other title' })]).bundle.id, JSON.parse(a).id);
});

test('no URL, no date, no site name, no byline: still valid, with the gaps stated in the report', () => {
  const { bundle, gaps } = toStixBundle([testDoc({ url: null, published: null, siteName: null, byline: null, authors: [] })]);
  assert.deepEqual(validateStixBundle(bundle), []);
  const report = byType(bundle.objects, 'report')[0];
  assert.equal(report.published, '1970-01-01T00:00:00.000Z');
  assert.equal(report.external_references, undefined);
  assert.ok(gaps.some((g) => g.includes('no publication date')) && gaps.some((g) => g.includes('no site name, URL or byline')));
  assert.match(String(report.description), /Gap: .*no URL/);
  // The author-voice evidence has no identity to hang on, so the report is its source.
  assert.ok(byType(bundle.objects, 'relationship').some((r) => r.source_ref === report.id));
});

test('issue 15: an undated article takes the analysis time, never 1970; no x_ custom properties remain', () => {
  const { bundle, gaps } = toStixBundle([testDoc({ published: null })], { recordedAt: () => '2026-12-04T15:00:00Z' });
  assert.deepEqual(validateStixBundle(bundle), []);
  const report = byType(bundle.objects, 'report')[0];
  assert.deepEqual([report.published, report.created, report.modified], ['2026-12-04T15:00:00.000Z', '2026-12-04T15:00:00.000Z', '2026-12-04T15:00:00.000Z']);
  for (const o of bundle.objects) if (String(o.created_by_ref) && !['identity', 'attack-pattern', 'x-claimtrail-narrative', 'extension-definition'].includes(o.type)) assert.notEqual(o.created, '1970-01-01T00:00:00.000Z', o.id);
  assert.ok(gaps.some((g) => g.includes('analysis time 2026-12-04T15:00:00.000Z')));
  const keys = (v: unknown): string[] => (v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => [k, ...keys(x)]) : []);
  assert.deepEqual(keys(bundle.objects).filter((k) => /^x_/.test(k)), []);
  const ext = byType(bundle.objects, 'extension-definition')[0];
  assert.deepEqual(ext.extension_types, ['property-extension', 'new-sdo']);
  const withEvidence = byType(bundle.objects, 'relationship')[0].extensions as Record<string, { extension_type: string; evidence: unknown[] }>;
  assert.equal(withEvidence[ext.id].extension_type, 'property-extension');
  assert.ok(withEvidence[ext.id].evidence.length > 0);
});

test('issue 15: lang is the ISO 639-1 code the OASIS validator knows: "rus" → "ru", "ber" left out with a gap', () => {
  const lang = (code: string) => toStixBundle([testDoc({ language: code })]);
  assert.equal(byType(lang('rus').bundle.objects, 'report')[0].lang, 'ru');
  assert.equal(byType(lang('ar-SY').bundle.objects, 'report')[0].lang, 'ar');
  const ber = lang('ber');
  assert.deepEqual(validateStixBundle(ber.bundle), []);
  assert.equal(byType(ber.bundle.objects, 'report')[0].lang, undefined);
  assert.ok(ber.gaps.some((g) => g.includes('language "ber"')));
});

test('an unreadable date and layers that were never run: valid', () => {
  const { bundle, gaps } = toStixBundle([testDoc({ published: 'sometime in spring' }, { techniques: undefined, narratives: undefined, claims: undefined, quotes: undefined })]);
  assert.deepEqual(validateStixBundle(bundle), []);
  assert.ok(gaps.some((g) => g.includes('unreadable')));
});

test('an empty export is a valid bundle whose note states the gap', () => {
  const { bundle, gaps } = toStixBundle([], { scope: 'search:nothing' });
  assert.deepEqual(validateStixBundle(bundle), []);
  assert.deepEqual(gaps, ['Empty export: no documents for search:nothing.']);
  assert.equal(byType(bundle.objects, 'note')[0].content, 'Empty export: no documents for search:nothing.');
});

test('two documents share identities and attack-patterns by id; narratives take catalogue details from the context', () => {
  const other = testDoc({ title: 'Second' }, {});
  const changed = { ...other, id: 'ffffffffffffffff' };
  const { bundle } = toStixBundle([testDoc(), changed], { narrative: (id) => (id === 'foreign-money' ? { description: 'Money sent abroad on purpose.', aliases: ['money abroad'] } : null) });
  assert.deepEqual(validateStixBundle(bundle), []);
  assert.equal(byType(bundle.objects, 'report').length, 2);
  assert.equal(byType(bundle.objects, 'identity').filter((o) => o.name === 'Lena Berg').length, 1);
  const narrative = byType(bundle.objects, 'x-claimtrail-narrative')[0];
  assert.deepEqual([narrative.description, narrative.aliases], ['Money sent abroad on purpose.', ['money abroad']]);
});

test('two stored rows with the same document id: written once with a gap, never duplicate STIX ids; streamed the same', async () => {
  const doc = testDoc();
  const { bundle, gaps } = toStixBundle([doc, { ...doc, meta: { ...doc.meta, url: 'https://example.org/other' } }]);
  assert.deepEqual(validateStixBundle(bundle), []);
  assert.equal(bundle.objects.filter((o) => o.type === 'report').length, 1);
  assert.ok(gaps.some((g) => g.includes(`the same document id (${doc.id})`)), gaps.join('\n'));
  const { streamJsonExport } = await import('../stream.js');
  let text = '';
  const streamedGaps: string[] = [];
  async function* pages() {
    yield { docs: [doc], context: {} };
    yield { docs: [{ ...doc, meta: { ...doc.meta, url: 'https://example.org/other' } }], context: {} };
  }
  assert.equal(await streamJsonExport('stix', pages(), { write: async (c) => void (text += c), gaps: (g) => streamedGaps.push(...g) }), 2);
  assert.deepEqual(JSON.parse(text), bundle);
  assert.deepEqual(streamedGaps, gaps);
});
