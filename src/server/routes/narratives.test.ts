// The narrative routes on a corpus written by hand: each article's stance, the articles in publication-date order
// (undated last), the first carrier (a debunk is not where a narrative appeared), stance counts, the outlet filter.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeHandArticles, type HandArticle } from '../../corpus/hand-store.js';
import type { Store } from '../../store/index.js';
import { createApp } from '../app.js';
import type { ServerDeps } from '../context.js';

const LAB = { id: 'hand-bio-labs', title: 'Secret biolabs in Ukraine' };
const article = (outlet: string, published: string | null, slug: string, stance: 'asserts' | 'reports' | 'refutes', text: string): HandArticle => ({
  outlet,
  published,
  url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/${slug}`,
  text,
  narrative: { ...LAB, stance },
});
// Stored in this order on purpose: neither storage order nor row id is the date order.
const ARTICLES = [
  article('Eastern Herald', '2024-03-05', 'labs', 'asserts', 'The labs are real\n\nThe Pentagon runs secret biolabs in Ukraine, the paper writes.'),
  article('Check Desk', '2024-03-03', 'labs-check', 'refutes', 'Fact check: the biolab story is false\n\nThere is no evidence of secret biolabs in Ukraine.'),
  article('Night Bulletin', null, 'labs-undated', 'asserts', 'Biolabs again\n\nSecret biolabs in Ukraine work for the Pentagon.'),
  article('Moscow Wire', '2024-03-01', 'labs-wire', 'reports', 'Ministry on labs\n\nThe ministry said that the Pentagon runs biolabs in Ukraine.'),
];

let store: Store;
let app: ReturnType<typeof createApp>['app'];
let deps: ServerDeps;
const dir = mkdtempSync(join(tmpdir(), 'claimtrail-narrative-route-'));
before(async () => {
  store = await storeHandArticles(join(dir, 'corpus.db'), ARTICLES);
  ({ app, deps } = createApp({ store, token: 'x', webRoot: null, log: () => {} }));
});
after(async () => {
  await deps.jobs?.idle();
  await deps.analysis.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get<T>(path: string): Promise<T> {
  const res = await app.request(path);
  assert.equal(res.status, 200, `${path}: ${await res.clone().text()}`);
  return (await res.json()) as T;
}

interface Row { outlet: string; published: string | null; stance: string }
interface Narrative { id: string; articles: number; stances: { key: string; count: number }[]; firstSeen: Row | null; documents: Row[] }

test('one narrative: its articles by publication date with their stance, undated last; first seen is the earliest carrier', async () => {
  const n = await get<Narrative>(`/api/v1/narratives/${LAB.id}?documents=10`);
  assert.deepEqual(n.documents.map((d) => [d.outlet, d.published, d.stance]), [
    ['Moscow Wire', '2024-03-01', 'reports'],
    ['Check Desk', '2024-03-03', 'refutes'],
    ['Eastern Herald', '2024-03-05', 'asserts'],
    ['Night Bulletin', null, 'asserts'],
  ]);
  assert.equal(n.firstSeen?.outlet, 'Moscow Wire');
  assert.deepEqual(n.stances, [{ key: 'asserts', count: 2 }, { key: 'refutes', count: 1 }, { key: 'reports', count: 1 }]);
});

test('the list carries the stance counts; ?outlet= keeps what that outlet carries, counted over its articles', async () => {
  const all = await get<{ items: Narrative[] }>('/api/v1/narratives');
  const lab = all.items.find((n) => n.id === LAB.id);
  assert.equal(lab?.articles, 4);
  assert.equal(lab?.stances.length, 3);
  const checkDesk = await get<{ items: Narrative[] }>(`/api/v1/narratives?outlet=${encodeURIComponent('Check Desk')}`);
  assert.deepEqual(checkDesk.items.map((n) => [n.id, n.stances]), [[LAB.id, [{ key: 'refutes', count: 1 }]]]);
  const none = await get<{ items: Narrative[] }>(`/api/v1/narratives?outlet=${encodeURIComponent('No Such Outlet')}`);
  assert.deepEqual(none.items, []);
});
