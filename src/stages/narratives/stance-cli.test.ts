// claimtrail analyze --stance-rules, through the CLI entry point: the article stance from the rules' strongest mention.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { capture } from '../../cli/test-helpers.js';
import { main } from '../../cli/main.js';
import type { Doc } from '../../core/types.js';
import { articleStance } from './article-stance.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-cli-stance-'));
const article = join(dir, 'article.txt');
writeFileSync(article, 'Notes\n\nLavrov said the United States created ISIS. Indeed, the United States created ISIS in Iraq.\n');

test('analyze --stance-rules: every entry carries the strongest of its narrative\'s mention stances', async () => {
  const got = await capture(() => main(['analyze', article, '--stance-rules', '--language', 'en']));
  const narratives = (JSON.parse(got.out) as Doc).layers.narratives ?? [];
  const isis = narratives.filter((n) => n.id === 'west-created-isis');
  assert.deepEqual(isis.map((n) => n.stance).sort(), ['asserts', 'reports']);
  for (const n of isis) assert.equal(n.articleStance, articleStance(isis.map((m) => m.stance)));
  assert.equal(isis[0].articleStance, 'asserts');
});

test('analyze without it: one learned article stance per narrative', async () => {
  const got = await capture(() => main(['analyze', article, '--language', 'en']));
  const isis = ((JSON.parse(got.out) as Doc).layers.narratives ?? []).filter((n) => n.id === 'west-created-isis');
  assert.ok(isis.length);
  assert.equal(new Set(isis.map((n) => n.articleStance)).size, 1);
  assert.ok(['asserts', 'reports', 'endorses', 'refutes'].includes(isis[0].articleStance ?? ''));
});
