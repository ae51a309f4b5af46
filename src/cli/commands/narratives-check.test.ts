import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { capture } from '../test-helpers.js';
import { narrativesCommand } from './narratives.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-check-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

// Three examples that say "the US created ISIS"; a narrative about sport whose first example is misfiled (it says
// the same as the ISIS ones, and a sentence keeps only the narrative it matches best, so two ISIS examples go to
// sport) and whose second shares nothing with any other example; a narrative of one example.
const CATALOGUE = `id,title,example
us-made-isis,The US made ISIS,The United States created ISIS to destabilise the region.
us-made-isis,,Washington created the Islamic State.
us-made-isis,,America created Daesh in Iraq.
sport,Sport results,The US created ISIS in Syria.
sport,,The football team won the cup on Sunday.
weather,Weather,It rained in Paris all week.
`;

interface Json {
  valid: boolean;
  narratives: number;
  examples: number;
  counts: Record<string, number>;
  results: { narrative: string; example: number; verdict: string; matched: { id: string }[]; alone: boolean }[];
}

test('narratives check: leave-one-out verdicts per example, as JSON, exit code 0 with unmatched examples', async () => {
  const { code, out } = await capture(() => narrativesCommand(['check', file('mine.csv', CATALOGUE), '--format', 'json']));
  assert.equal(code, 0);
  const report = JSON.parse(out) as Json;
  assert.equal(report.valid, true);
  assert.equal(report.narratives, 3);
  assert.equal(report.examples, 6);
  const verdict = (narrative: string, example: number) => report.results.find((r) => r.narrative === narrative && r.example === example);
  // The misfiled example takes the ISIS sentences closest to it; the check shows the analyst where.
  for (const i of [1, 3]) {
    assert.equal(verdict('us-made-isis', i)?.verdict, 'other', `us-made-isis example ${i}`);
    assert.deepEqual(verdict('us-made-isis', i)?.matched.map((m) => m.id), ['sport']);
  }
  assert.equal(verdict('us-made-isis', 2)?.verdict, 'own');
  assert.equal(verdict('sport', 1)?.verdict, 'other');
  assert.deepEqual(verdict('sport', 1)?.matched.map((m) => m.id), ['us-made-isis']);
  assert.equal(verdict('sport', 2)?.verdict, 'none');
  assert.equal(verdict('weather', 1)?.verdict, 'none');
  assert.equal(verdict('weather', 1)?.alone, true);
  assert.deepEqual(report.counts, { own: 1, also: 0, other: 3, none: 2 });
});

test('narratives check: the text report lists what matches nothing and what matches another narrative', async () => {
  const { code, out } = await capture(() => narrativesCommand(['check', file('mine2.csv', CATALOGUE)]));
  assert.equal(code, 0);
  assert.match(out, /valid, 3 narratives, 6 examples/);
  assert.match(out, /1 of 6 match their own narrative; 2 match nothing; 3 only another narrative/);
  assert.match(out, /Match nothing \(2\):\n {2}sport example 2: "The football team won the cup on Sunday\."\n {2}weather example 1: "It rained in Paris all week\." \(its narrative has no other example\)/);
  assert.match(out, /Match another narrative only \(3\):\n {2}us-made-isis example 1: .* → sport \d[^\n]*\n {2}us-made-isis example 3: .* → sport \d[^\n]*\n {2}sport example 1: "The US created ISIS in Syria\." → us-made-isis \d/);
});

test('narratives check: an invalid file is exit code 2 with file, line and field', async () => {
  const bad = file('bad.yml', '- id: a\n  title: A\n  examples: [x]\n- id: b\n  examples: [y]\n');
  const { code, out, err } = await capture(() => narrativesCommand(['check', bad, '--format', 'json']));
  assert.equal(code, 2);
  assert.equal((JSON.parse(out) as { valid: boolean }).valid, false);
  assert.match(err, /bad\.yml" is invalid: line 4, narrative "b", field "title": missing/);
  const missing = await capture(() => narrativesCommand(['check', join(dir, 'nowhere.yml')]));
  assert.equal(missing.code, 2);
  assert.match(missing.err, /nowhere\.yml/);
});
