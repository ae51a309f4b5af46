// The streamed JSON exports give the in-memory exporter's bytes for stores of no document and of one (MISP writes a lone
// event as {Event}), so `export --all` no longer counts the store first to pick a way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { exportDocuments } from './index.js';
import { streamJsonExport, type DocPage } from './stream.js';
import { testDoc } from './test-doc.js';

async function* pagesOf(docs: readonly Doc[]): AsyncGenerator<DocPage> {
  for (let i = 0; i < docs.length; i += 2) yield { docs: docs.slice(i, i + 2), context: { scope: 'all' } };
}

async function streamed(format: 'stix' | 'misp' | 'claimreview', docs: readonly Doc[]): Promise<{ text: string; gaps: string[]; written: number }> {
  const chunks: string[] = [];
  const gaps: string[] = [];
  const written = await streamJsonExport(format, pagesOf(docs), { write: async (c) => void chunks.push(c), gaps: (g) => gaps.push(...g) }, 'all');
  return { text: chunks.join(''), gaps, written };
}

for (const n of [0, 1, 2, 3]) {
  test(`${n} document(s): STIX, MISP and ClaimReview streamed equal the in-memory export`, async () => {
    const docs = Array.from({ length: n }, (_, i) => testDoc({ url: `https://example.org/a${i}` }, {}));
    const distinct = docs.map((d, i) => ({ ...d, id: `${d.id}-${i}` }));
    for (const format of ['stix', 'misp', 'claimreview'] as const) {
      const got = await streamed(format, distinct);
      const memory = exportDocuments(format, distinct, { scope: 'all' });
      assert.equal(got.written, n, format);
      assert.deepEqual(got.gaps, memory.gaps, format);
      if (format === 'stix') assert.deepEqual(JSON.parse(got.text), JSON.parse(memory.body as string), 'the same bundle, id included');
      else assert.equal(got.text, memory.body, format);
    }
    if (n === 1) assert.ok('Event' in (JSON.parse((await streamed('misp', distinct)).text) as object), 'a lone MISP event is {Event}');
  });
}
