// claimtrail analyze --narratives FILE / --narratives-only, through the CLI entry point.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capture } from '../../cli/test-helpers.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../cli/main.js';
import type { Doc } from '../../core/types.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-cli-narr-'));
const article = join(dir, 'article.txt');
writeFileSync(article, 'Notes from the front\n\nThe West secretly armed the Wagner Group in Africa.\n');
const catalogue = join(dir, 'mine.yml');
writeFileSync(catalogue, '- id: west-arms-wagner\n  title: The West arms Wagner\n  description: A test narrative.\n  examples: [NATO armed the Wagner Group]\n  entities: [{id: west, role: accused}, {id: wagner-group, role: object}]\n  predicates: [ARM]\n');

test('--narratives FILE adds a catalogue to the built-in one', async () => {
  const { code, out } = await capture(() => main(['analyze', article, '--narratives', catalogue, '--language', 'en']));
  assert.equal(code, 0);
  const doc = JSON.parse(out) as Doc;
  assert.deepEqual(doc.layers.narratives!.map((n) => `${n.id} ${n.stance}`), ['west-arms-wagner asserts']);
});

test('--narratives-only leaves the built-in catalogue out; alone, it means no catalogue', async () => {
  const { code, out } = await capture(() => main(['analyze', article, '--narratives-only', '--language', 'en']));
  assert.equal(code, 0);
  const doc = JSON.parse(out) as Doc;
  assert.deepEqual(doc.layers.narratives, []);
  assert.ok(doc.messages.some((m) => m.ruleId === 'no-catalogue'));
});

test('a bad catalogue stops the run with the file, line and field, before any input is read', async () => {
  const bad = join(dir, 'bad.yml');
  writeFileSync(bad, '- id: x\n  description: no title\n  examples: [y]\n');
  const { code, out, err } = await capture(() => main(['analyze', article, '--narratives', bad]));
  assert.equal(code, 1);
  assert.equal(out, '');
  assert.match(err, /Narrative catalogue ".*bad\.yml" is invalid: line 1, narrative "x", field "title": missing/);
});
