// Cluster labels: a cluster of a claim is named by a member that carries it (asserts or reports), never by a
// fact-check's wording when another member exists, whether the fact-check came first in the same run or in an
// earlier one. Articles written by hand, analysed by the default pipeline, stored by the real writer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ItemAnalyzer } from '../ingest/analyze-item.js';
import { addHandArticles, storeHandArticles, type HandArticle } from '../hand-store.js';
import type { Store } from '../../store/index.js';

const FACT_CHECK: HandArticle = {
  outlet: 'Check Desk',
  published: '2024-03-01',
  url: 'https://checkdesk.example/us-isis',
  text: 'Fact check: no, the US did not build ISIS\n\nSergei Lavrov said on Friday that Washington created ISIS in Iraq. There is no evidence for this, and it has been debunked many times.',
};
const WIRE: HandArticle = {
  outlet: 'Moscow Wire',
  published: '2024-03-02',
  url: 'https://moscowwire.example/lavrov-isis',
  text: 'Lavrov speaks about Iraq\n\nRussian Foreign Minister Sergei Lavrov said on Friday that the United States created ISIS. He spoke to reporters in Moscow.',
};
/** The fact-check's headline is a claim of the same frame, create(United States, ISIS): the wording analysts saw. */
const FACT_WORDING = 'Fact check: no, the US did not build ISIS';

const analyzer = new ItemAnalyzer();
const dir = mkdtempSync(join(tmpdir(), 'claimtrail-clusters-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** The cluster holding the fact-check's claim, and its label. */
async function clusterOf(store: Store): Promise<{ cluster: number; label: string; members: number }> {
  const row = await store.get<{ cluster: number; label: string }>('SELECT c.cluster, k.label FROM claims c JOIN claim_clusters k ON k.id = c.cluster WHERE c.text = ?', [FACT_WORDING]);
  assert.ok(row, `a claim "${FACT_WORDING}" is stored`);
  const n = await store.get<{ n: number }>('SELECT count(DISTINCT doc) AS n FROM claims WHERE cluster = ?', [row.cluster]);
  return { ...row, members: Number(n?.n) };
}

test('a fact-check first in the batch: the cluster is labelled by the wire story that reports the claim', async () => {
  const store = await storeHandArticles(join(dir, 'one-run.db'), [FACT_CHECK, WIRE], analyzer);
  try {
    const c = await clusterOf(store);
    assert.equal(c.members, 2, 'the fact-check and the wire story share the cluster');
    assert.doesNotMatch(c.label, /Fact check/, 'not the fact-check wording');
    assert.match(c.label, /United States created ISIS/);
  } finally {
    await store.close();
  }
});

test('a fact-check stored by an earlier run, alone: it names its cluster; a carrier in a later run takes the label over', async () => {
  const store = await storeHandArticles(join(dir, 'two-runs.db'), [FACT_CHECK], analyzer);
  try {
    assert.equal((await clusterOf(store)).label, FACT_WORDING, 'the only member names it');
    await addHandArticles(store, [WIRE], analyzer);
    const c = await clusterOf(store);
    assert.equal(c.members, 2);
    assert.match(c.label, /United States created ISIS/);
  } finally {
    await store.close();
  }
});

test('a carrier first: a later fact-check does not take the label', async () => {
  const store = await storeHandArticles(join(dir, 'carrier-first.db'), [WIRE, FACT_CHECK], analyzer);
  try {
    const c = await clusterOf(store);
    assert.equal(c.members, 2);
    assert.match(c.label, /United States created ISIS/);
  } finally {
    await store.close();
  }
});
