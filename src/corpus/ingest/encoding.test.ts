// ingest --encoding (issue 16): BOM-less UTF-16 article files are refused as binary unless the character set is
// named; named, they are read and stored like any other article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../store/index.js';
import { ingestCorpus } from './ingest.js';

const TEXT = 'Port reopens after storm\n\nThe harbour authority said on Friday that the port had reopened after three days.';

test('ingest --encoding utf-16le/utf-16be stores BOM-less UTF-16 files; without it they fail as binary, recorded', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-ingest-encoding-'));
  try {
    const le = join(dir, 'le.txt');
    const be = join(dir, 'be.txt');
    writeFileSync(le, Buffer.from(TEXT, 'utf16le'));
    writeFileSync(be, Buffer.from(TEXT.replace('Friday', 'Monday'), 'utf16le').swap16());
    const plain = await openStore(join(dir, 'plain.sqlite'));
    const problems: string[] = [];
    try {
      const summary = await ingestCorpus({ store: plain, paths: [le], workers: 1, onProblem: (p) => problems.push(p) });
      assert.equal(summary.stored, 0);
      assert.match(problems.join('\n'), /le\.txt.*binary/i);
    } finally {
      await plain.close();
    }
    for (const [file, encoding, day] of [[le, 'utf-16le', 'Friday'], [be, 'utf-16be', 'Monday']] as const) {
      const store = await openStore(join(dir, `${encoding}.sqlite`));
      try {
        const summary = await ingestCorpus({ store, paths: [file], workers: 1, encoding });
        assert.equal(summary.stored, 1, encoding);
        const row = await store.get<{ text: string }>('SELECT text FROM document_texts');
        assert.ok(row?.text.includes(`said on ${day} that the port had reopened`), `${encoding}: ${row?.text.slice(0, 80)}`);
      } finally {
        await store.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
