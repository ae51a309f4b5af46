import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TECHNIQUES } from '../models/techniques/ptc.js';
import { disarmIndex, readMapping } from './disarm.js';
import { readDisarmBundle } from './disarm-source.js';

const DATASETS = process.env.CLAIMTRAIL_DATASETS ?? fileURLToPath(new URL('../../../shared/datasets/', import.meta.url));
const DISARM = join(DATASETS, 'interop/disarm/DISARM.json');
const missing = existsSync(DISARM) ? null : `DISARM.json not found at ${DISARM} (put ../shared/datasets beside the checkout or set CLAIMTRAIL_DATASETS)`;

test('the mapping covers every PTC technique, each with source and note; mapped ids resolve to names', () => {
  const entries = readMapping();
  for (const t of TECHNIQUES) assert.ok(entries.some((e) => e.id === t), t);
  const index = disarmIndex();
  assert.equal(index.technique('Exaggeration,Minimisation')?.name, 'Distort Facts');
  assert.equal(index.technique('Loaded_Language'), null);
  assert.equal(index.entry('Loaded_Language')?.disarm, null);
  assert.equal(index.entry('Not_A_Technique'), null);
  assert.equal(index.technique('narrative-stance:asserts')?.id, 'T0003');
});

test('the committed DISARM records match DISARM.json (ids, names, tactics, urls)', { skip: missing ?? false }, () => {
  const framework = readDisarmBundle(DISARM);
  const committed = JSON.parse(readFileSync(new URL('./data/disarm-techniques.json', import.meta.url), 'utf8')) as { techniques: Array<{ id: string }> };
  const wanted = [...new Set(readMapping().flatMap((m) => (m.disarm ? [m.disarm] : [])))].sort();
  assert.deepEqual(committed.techniques.map((t) => t.id), wanted, 'run "npm run disarm" after editing the mapping');
  for (const t of committed.techniques) assert.deepEqual(t, framework.get(t.id));
});
