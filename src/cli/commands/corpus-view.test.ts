import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storeFixtureCorpus } from '../../corpus/test-helpers.js';
import { main } from '../main.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-views-cli-'));
const db = join(dir, 'corpus.db');
test.before(async () => (await storeFixtureCorpus(db)).close());
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI in this process, capturing what it prints. */
async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const [o, e] = [process.stdout.write.bind(process.stdout), process.stderr.write.bind(process.stderr)];
  // Commands load on demand (an await in main), so node:test's own binary reports may be written meanwhile: those pass through.
  process.stdout.write = ((chunk: string | Uint8Array) => (typeof chunk === 'string' ? ((out += chunk), true) : o(chunk))) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (typeof chunk === 'string' ? ((err += chunk), true) : e(chunk))) as typeof process.stderr.write;
  try {
    return { code: await main(args), out, err };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
  }
}

test('every view prints JSON by default and Markdown with --format md', async () => {
  for (const args of [['narratives'], ['speakers'], ['speaker', 'Замир', 'Кабулов'], ['claims'], ['outlets'], ['search', 'Afghanistan', '--language', 'en']]) {
    const json = await cli(...args, '--db', db);
    assert.equal(json.code, 0, `${args.join(' ')}: ${json.err}`);
    assert.ok(typeof JSON.parse(json.out) === 'object', args.join(' '));
    const md = await cli(...args, '--db', db, '--format', 'md');
    assert.equal(md.code, 0);
    assert.match(md.out, /^# /, args.join(' '));
  }
  const speaker = JSON.parse((await cli('speaker', 'ضمير كابولوف', '--db', db)).out) as { entities: { gazetteerId: string }[] };
  assert.equal(speaker.entities[0].gazetteerId, 'zamir-kabulov');
});

test('usage errors exit 2; a store that is missing or not ours exits 1 with one clear line', async () => {
  const env = process.env.CLAIMTRAIL_DB;
  delete process.env.CLAIMTRAIL_DB;
  try {
    assert.equal((await cli('narratives')).code, 2);
    assert.equal((await cli('search', '--db', db)).code, 2);
    assert.equal((await cli('claims', '--db', db, '--format', 'xml')).code, 2);
    assert.equal((await cli('search', 'x', '--db', db, '--from', 'yesterday')).code, 2);
    const missing = await cli('outlets', '--db', join(dir, 'nope.db'));
    assert.equal(missing.code, 1);
    assert.match(missing.err, /No corpus store at ".*nope\.db"/);
    writeFileSync(join(dir, 'notes.txt'), 'not a database');
    const foreign = await cli('speakers', '--db', join(dir, 'notes.txt'));
    assert.equal(foreign.code, 1);
    assert.match(foreign.err, /is not a claimtrail store \(not an SQLite database\)/);
  } finally {
    if (env !== undefined) process.env.CLAIMTRAIL_DB = env;
  }
});
