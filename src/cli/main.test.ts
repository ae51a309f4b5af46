import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from './main.js';

/** Runs main() in this process, capturing what it writes. */
async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const write = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  // Commands load on demand (an await), so node:test's own binary reports may be written meanwhile: those pass through.
  const keep = (into: string[], pass: (chunk: Uint8Array) => boolean) =>
    ((chunk: string | Uint8Array) => (typeof chunk === 'string' ? into.push(chunk) > 0 : pass(chunk))) as typeof process.stdout.write;
  process.stdout.write = keep(out, write.out);
  process.stderr.write = keep(err, write.err);
  try {
    const code = await main(argv);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
  }
}

test('issue 15: a mistyped command or flag gets "did you mean", not Node\'s raw error', async () => {
  const command = await cli('serach', 'x');
  assert.equal(command.code, 2);
  assert.match(command.stderr, /unknown command "serach"\. Did you mean "claimtrail search"\?/);
  const flag = await cli('export', 'a.txt', '--fromat', 'stix');
  assert.equal(flag.code, 2);
  assert.equal(flag.stderr, 'claimtrail export: unknown option "--fromat". Did you mean --format? Run "claimtrail help export" for its options.\n');
  const far = await cli('outlets', '--zzzzzzzz');
  assert.match(far.stderr, /unknown option "--zzzzzzzz"\. Run "claimtrail help outlets"/);
});

test('issue 15: "analyse" is "analyze"; help texts point at the README, not at src/ files the package lacks', async () => {
  const help = await cli('help', 'analyse');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^claimtrail analyze/);
  for (const topic of ['', 'analyze', 'export', 'eval', 'search', 'outlets', 'duplicates', 'serve', 'ingest']) {
    const r = await cli('help', ...(topic ? [topic] : []));
    assert.doesNotMatch(r.stdout, /\bsrc\//, topic);
  }
  assert.match((await cli('help', 'duplicates')).stdout, /Near-duplicate groups/);
});
