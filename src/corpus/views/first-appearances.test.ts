import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toClaimReviews } from '../../export/claimreview.js';
import { loadDocuments } from '../../server/documents.js';
import type { Store } from '../../store/index.js';
import { storeFixtureCorpus } from '../test-helpers.js';
import { storeExportContext } from './first-appearances.js';
import { claimsView } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-first-'));
let store: Store;
test.before(async () => {
  store = await storeFixtureCorpus(join(dir, 'corpus.db'));
});
test.after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('issue 15: a stored export gets each claim cluster’s earliest appearance and the ingest time', async () => {
  const { clusters } = await claimsView(store, { minArticles: 2, limit: 5 });
  assert.ok(clusters.length > 0, 'the fixture corpus has a claim carried by two articles');
  const cluster = (await claimsView(store, { cluster: clusters[0].id })).clusters[0];
  const rowIds = [...new Set((cluster.appearances ?? []).map((a) => a.doc))];
  const later = rowIds.filter((id) => id !== cluster.first?.doc);
  assert.ok(later.length > 0);
  const context = await storeExportContext(store, later);
  const [doc] = await loadDocuments(store, [later[0]]);
  assert.match(String(context.recordedAt(doc)), /^\d{4}-\d{2}-\d{2}T/);
  const firsts = (doc.layers.claims ?? []).map((c) => context.firstAppearance(doc, c)).filter((a) => a !== null);
  assert.ok(firsts.length > 0);
  assert.ok(firsts.some((a) => a?.docId === String(cluster.first?.doc) && a.date === cluster.first?.published));
  const { document, gaps } = toClaimReviews([doc], context);
  assert.ok(document['@graph'].some((n) => (n.itemReviewed as { firstAppearance?: unknown }).firstAppearance));
  // No advice to use --db when the export already comes from a store.
  assert.ok(!gaps.some((g) => g.includes('--db')));
});
