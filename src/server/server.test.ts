// The API over real HTTP on 127.0.0.1 (ephemeral port), on the five-language test corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startTestServer, TEST_TOKEN, type TestServer } from './test-server.js';

let s: TestServer;
test.before(async () => {
  s = await startTestServer();
});
test.after(() => s.stop());

const get = async <T = Record<string, unknown>>(path: string): Promise<T> => {
  const res = await fetch(`${s.url}${path}`);
  assert.equal(res.status, 200, `${path}: ${res.status} ${res.status === 200 ? '' : await res.clone().text()}`);
  return (await res.json()) as T;
};

test('analyse: the seed article comes back with Kabulov\'s quotes; security headers are on', async () => {
  const seed = new URL('../../../shared/fixtures/almirsad-kabulov-isis.txt', import.meta.url);
  const text = readFileSync(seed, 'utf8');
  const res = await fetch(`${s.url}/api/v1/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  const { document } = (await res.json()) as { document: { text: string; layers: { quotes: { speaker: { name: string } | null }[]; entities: { id: string; canonical: string }[] } } };
  assert.ok(document.layers.quotes.length >= 3);
  assert.ok(document.layers.entities.some((e) => e.canonical === 'Zamir Kabulov'));
});

test('documents: pages by cursor cover every document once; filters; one document with every layer', async () => {
  const seen: number[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: { doc: number }[]; nextCursor: string | null } = await get(`/api/v1/documents?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
    assert.ok(page.items.length <= 3);
    seen.push(...page.items.map((d) => d.doc));
    cursor = page.nextCursor;
  } while (cursor);
  assert.equal(new Set(seen).size, seen.length);
  const total = ((await s.store.get<{ n: number }>('SELECT count(*) AS n FROM documents')) as { n: number }).n;
  assert.equal(seen.length, total);
  const ru = await get<{ items: { language: string }[] }>('/api/v1/documents?language=ru');
  assert.ok(ru.items.length && ru.items.every((d) => d.language === 'ru'));
  const carrying = await get<{ items: unknown[] }>('/api/v1/documents?narrative=us-created-isis&limit=100');
  assert.equal(carrying.items.length, 7);
  const one = await get<{ id: number; document: { text: string; layers: { quotes: { content: { start: number; end: number } }[] } } }>(`/api/v1/documents/${seen[0]}`);
  assert.equal(one.id, seen[0]);
  const q = one.document.layers.quotes[0];
  assert.ok(one.document.text.slice(q.content.start, q.content.end).length > 0, 'offsets index the stored text');
});

test('search: hits with snippets, filters, and a cursor to the next page', async () => {
  const first = await get<{ total: number; items: { doc: number; snippet: string }[]; nextCursor: string }>('/api/v1/search?q=Afghanistan&limit=2');
  assert.ok(first.total >= 3);
  // Search expands gazetteer names across scripts (issue 15): the best hit may be the Arabic or Russian article.
  assert.match(first.items[0].snippet, /«(Afghanistan|أفغانستان|Афганистан\p{L}*)»/u);
  const second = await get<{ items: { doc: number }[] }>(`/api/v1/search?q=Afghanistan&limit=2&cursor=${first.nextCursor}`);
  assert.ok(second.items.length >= 1);
  assert.ok(second.items.every((h) => !first.items.some((f) => f.doc === h.doc)));
  const bySpeaker = await get<{ total: number }>(`/api/v1/search?q=trains&speaker=${encodeURIComponent('Замир Кабулов')}`);
  assert.equal(bySpeaker.total, 1);
});

test('corpus views: narrative with timeline by language, claims, speakers, outlets', async () => {
  const list = await get<{ items: { id: string }[] }>('/api/v1/narratives');
  assert.deepEqual(list.items.map((n) => n.id), ['us-created-isis']);
  const n = await get<{ firstSeen: { language: string }; timelineByLanguage: { week: string; language: string; count: number }[] }>('/api/v1/narratives/us-created-isis');
  assert.equal(n.firstSeen.language, 'ru');
  assert.equal(n.timelineByLanguage.reduce((a, r) => a + r.count, 0), 7);
  assert.deepEqual([...new Set(n.timelineByLanguage.map((r) => r.language))].sort(), ['ar', 'de', 'en', 'fr', 'ru']);
  const claims = await get<{ items: { id: number; frame: string }[] }>('/api/v1/claims');
  const top = claims.items[0];
  assert.equal(top.frame, 'create(g:united-states, g:isis)');
  const cluster = await get<{ appearances: unknown[] }>(`/api/v1/claims/${top.id}`);
  assert.ok(cluster.appearances.length >= 5);
  const speakers = await get<{ items: { canonical: string }[] }>('/api/v1/speakers?limit=1');
  assert.equal(speakers.items[0].canonical, 'Zamir Kabulov');
  const kabulov = await get<{ total: number; quotes: unknown[]; nextCursor: string | null }>(`/api/v1/speakers/${encodeURIComponent('ضمير كابولوف')}?limit=5`);
  assert.equal(kabulov.quotes.length, 5);
  assert.ok(kabulov.total > 5 && kabulov.nextCursor);
  const outlet = await get<{ articles: number; techniques: unknown[] }>('/api/v1/outlets/Kabul%20Observer');
  assert.equal(outlet.articles, 3);
  const p1 = await get<{ items: { outlet: string }[]; nextCursor: string }>('/api/v1/outlets?limit=2');
  const p2 = await get<{ items: { outlet: string }[] }>(`/api/v1/outlets?limit=2&cursor=${p1.nextCursor}`);
  assert.ok(p2.items.length && !p2.items.some((o) => p1.items.some((x) => x.outlet === o.outlet)));
});

test('exports: one document and a search result as JSON, JSONL, CSV and Markdown', async () => {
  for (const [format, type] of [['json', /application\/json/], ['jsonl', /jsonl/], ['csv', /text\/csv/], ['md', /text\/markdown/]] as const) {
    const res = await fetch(`${s.url}/api/v1/documents/1/export?format=${format}`);
    assert.equal(res.status, 200, format);
    assert.match(res.headers.get('content-type') ?? '', type);
    assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename="claimtrail-document-1\./);
    assert.ok((await res.text()).length > 50);
  }
  const csv = await (await fetch(`${s.url}/api/v1/export?format=csv&q=Afghanistan`)).text();
  assert.match(csv.split('\r\n')[0], /^doc_id,kind,id,start,end,text/);
  const md = await (await fetch(`${s.url}/api/v1/export?format=md&narrative=us-created-isis`)).text();
  assert.equal(md.split('\n---\n').length, 7);
  // Issue 15: ClaimReview from the store carries each claim cluster's first appearance.
  const reviews = (await (await fetch(`${s.url}/api/v1/export?format=claimreview&narrative=us-created-isis`)).json()) as { '@graph': { itemReviewed: { firstAppearance?: unknown } }[] };
  assert.ok(reviews['@graph'].some((r) => r.itemReviewed.firstAppearance));
});

test('ingest: with the token a job is queued, runs, and its article becomes searchable', async () => {
  const body = JSON.stringify({ items: [{ text: 'Ferry timetable changes\n\nThe harbour office said the winter ferry timetable starts on Monday, with two fewer crossings a day.', url: 'https://harbour.example/ferry', outlet: 'Harbour Gazette', published: '2024-03-04', language: 'en' }] });
  const res = await fetch(`${s.url}/api/v1/ingest`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` }, body });
  assert.equal(res.status, 202);
  const job = (await res.json()) as { id: string };
  assert.equal(res.headers.get('location'), `/api/v1/ingest/${job.id}`);
  await s.deps.jobs?.idle();
  const done = await get<{ status: string; progress: { stored: number } }>(`/api/v1/ingest/${job.id}`);
  assert.equal(done.status, 'done');
  assert.equal(done.progress.stored, 1);
  const hits = await get<{ total: number; items: { outlet: string }[] }>('/api/v1/search?q=ferry%20timetable');
  assert.equal(hits.total, 1);
  assert.equal(hits.items[0].outlet, 'Harbour Gazette');
});

test('OpenAPI 3.1: served at /openapi.json, and it describes exactly the routes the app serves', async () => {
  const doc = await get<{ openapi: string; paths: Record<string, Record<string, unknown>> }>('/openapi.json');
  assert.equal(doc.openapi, '3.1.0');
  const described = new Set(Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`)));
  const served = new Set(s.deps && (await import('./app.js')).createApp({ store: null, token: 'x', webRoot: null }).app.routes.filter((r) => r.path.startsWith('/api/')).map((r) => `${r.method} ${r.path}`));
  assert.deepEqual([...served].sort(), [...described].sort());
});
