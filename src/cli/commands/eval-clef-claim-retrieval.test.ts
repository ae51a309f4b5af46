import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capture } from '../test-helpers.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalClefClaimRetrieval } from './eval-clef-claim-retrieval.js';

function files(): { claims: string; queries: string } {
  const dir = mkdtempSync(join(tmpdir(), 'clef-t2-'));
  const claims = join(dir, 'verified_claims.docs.tsv');
  const queries = join(dir, 'tweets.queries.tsv');
  writeFileSync(claims, [
    '\tvclaim\ttitle',
    '0\tA photograph shows a shark swimming on a flooded highway in Houston.\tShark on a Houston highway?',
    '1\tThe mayor of Springfield banned bicycles from every public park.\tDid Springfield ban bicycles from parks?',
    '2\t"A senator said ""taxes will triple"" next year."\tSenator on tripling taxes',
  ].join('\n'));
  writeFileSync(queries, [
    '\ttweet_content',
    '10\tUnbelievable: a shark is swimming down the highway in Houston after the flood! pic.twitter.com/abc — Someone (@someone) August 28, 2017',
    '11\tSo Springfield now bans bikes in all the parks?? #BikeBan',
  ].join('\n'));
  return { claims, queries };
}

test('prints a TREC run: query_id Q0 vclaim_id rank score claimtrail, best first', async () => {
  const { claims, queries } = files();
  const { code, out } = await capture(() => evalClefClaimRetrieval(['--claims', claims, '--queries', queries, '--depth', '2']));
  assert.equal(code, 0);
  const rows = out.trim().split('\n').map((l) => l.split('\t'));
  assert.ok(rows.every((r) => r.length === 6 && r[1] === 'Q0' && r[5] === 'claimtrail'));
  const first = (q: string) => rows.find((r) => r[0] === q && r[3] === '1')?.[2];
  assert.equal(first('10'), '0');
  assert.equal(first('11'), '1');
  assert.ok(rows.filter((r) => r[0] === '10').length <= 2);
  const scores = rows.filter((r) => r[0] === '10').map((r) => Number(r[4]));
  assert.deepEqual([...scores].sort((a, b) => b - a), scores);
});

test('a query in a language the claims are not in gets a message', async () => {
  const { claims } = files();
  const queries = join(mkdtempSync(join(tmpdir(), 'clef-t2-')), 'q.tsv');
  writeFileSync(queries, '\ttweet_content\n7\tАкула плывёт по затопленному шоссе в Хьюстоне после наводнения\n');
  const { err } = await capture(() => evalClefClaimRetrieval(['--claims', claims, '--queries', queries]));
  assert.match(err, /query 7 reads as "ru"; the verified claims are English/);
});

test('missing options, files and malformed rows are clear errors', async () => {
  const { claims, queries } = files();
  await assert.rejects(() => evalClefClaimRetrieval(['--claims', claims]), /Give both files/);
  await assert.rejects(() => evalClefClaimRetrieval(['--claims', '/nonexistent.tsv', '--queries', queries]), /no such file/);
  await assert.rejects(() => evalClefClaimRetrieval(['--claims', claims, '--queries', queries, '--depth', 'x']), /--depth must be/);
  const bad = join(mkdtempSync(join(tmpdir(), 'clef-t2-')), 'bad.tsv');
  writeFileSync(bad, '\tvclaim\ttitle\n12 only one field\n');
  await assert.rejects(() => evalClefClaimRetrieval(['--claims', bad, '--queries', queries]), /row 1 has 1 fields/);
});
