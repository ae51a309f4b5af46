import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Store } from '../../store/index.js';
import { storeFixtureCorpus } from '../test-helpers.js';
import { outletsView } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-outlets-'));
let store: Store;
test.before(async () => {
  store = await storeFixtureCorpus(join(dir, 'corpus.db'));
});
test.after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('issue 15: the technique profile counts spans scored 0.3 or more, per 1,000 words of the outlet', async () => {
  const { outlets } = await outletsView(store);
  assert.ok(outlets.length > 0);
  for (const o of outlets) {
    const rows = await store.all<{ technique: string; n: number; low: number }>(
      'SELECT t.technique, sum(CASE WHEN t.score >= 0.3 THEN 1 ELSE 0 END) AS n, sum(CASE WHEN t.score < 0.3 THEN 1 ELSE 0 END) AS low FROM techniques t JOIN documents d ON d.id = t.doc WHERE d.outlet = ? GROUP BY t.technique',
      [o.outlet],
    );
    const chars = (await store.get<{ c: number }>('SELECT sum(chars) AS c FROM documents WHERE outlet = ?', [o.outlet]))?.c ?? 0;
    assert.equal(o.words, Math.round(chars / 6));
    const expected = rows.filter((r) => r.n > 0).map((r) => `${r.technique}:${r.n}`).sort();
    assert.deepEqual(o.techniques.map((t) => `${t.key}:${t.count}`).sort(), expected, o.outlet);
    for (const t of o.techniques) assert.equal(t.perThousandWords, Math.round((t.count / Math.max(o.words, 1)) * 1000 * 10) / 10);
  }
});

test('issue 15: claimtrail duplicates prints the near-duplicate groups of the store', async () => {
  const { duplicatesCommand } = await import('../../cli/commands/duplicates.js');
  const out: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
  let code: number;
  try {
    code = await duplicatesCommand(['--db', join(dir, 'corpus.db'), '--format', 'md']);
  } finally {
    process.stdout.write = write;
  }
  assert.equal(code, 0);
  assert.match(out.join(''), /^# Near-duplicates\n\n## Origin: 2024-02-13 · Kabul Observer/);
  assert.match(out.join(''), /Eastern Wire/);
});
