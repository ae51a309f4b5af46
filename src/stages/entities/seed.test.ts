import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createPipeline } from '../../core/pipeline.js';
import { fromText } from '../../ingest/text.js';
import { language } from '../language/index.js';
import { segment } from '../segment/index.js';
import { entities } from './index.js';

const SEED = fileURLToPath(new URL('../../../../shared/fixtures/almirsad-kabulov-isis.txt', import.meta.url));
const skip = existsSync(SEED) ? false : `seed article not found at ${SEED}`;

test('seed article: the golden entities', { skip }, () => {
  const doc = createPipeline().use(language, undefined).use(segment).use(entities, undefined).run(fromText(readFileSync(SEED, 'utf8'), { name: 'seed' }));
  const list = doc.layers.entities!;
  const get = (id: string) => {
    const found = list.filter((e) => e.gazetteerId === id);
    assert.equal(found.length, 1, `one entity for ${id}`);
    return found[0];
  };
  for (const e of list) for (const m of e.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
  assert.deepEqual(list.map((e) => e.id), list.map((_, i) => `e${i + 1}`));

  const kabulov = get('zamir-kabulov');
  assert.equal(kabulov.id, 'e1');
  assert.equal(kabulov.type, 'person');
  assert.match(kabulov.role!.text, /Russian Presidential Special Envoy to Afghanistan/);
  assert.equal(doc.text.slice(kabulov.role!.start, kabulov.role!.end), kabulov.role!.text);
  assert.ok(kabulov.mentions.some((m) => m.text === 'Kabulov' && m.kind === 'surname'));
  assert.ok(kabulov.mentions.some((m) => m.text === 'his' && m.kind === 'pronoun'), '"To substantiate his argument, Kabulov"');

  const branch = get('isis-k');
  assert.equal(branch.parent, 'isis');
  for (const form of ['IS-K', 'ISKP', 'Daesh', 'Khawarij of Khorasan', 'the branch of ISIS in Afghanistan']) assert.ok(branch.aliases.includes(form), form);
  assert.equal(list.filter((e) => e.gazetteerId === 'isis').length, 0, 'every ISIS mention here is about Afghanistan');

  const iea = get('taliban');
  for (const form of ['Islamic Emirate of Afghanistan', 'IEA', 'Taliban']) assert.ok(iea.aliases.includes(form), form);
  assert.equal(list.filter((e) => e.aliases.includes('Afghanistan') && e.gazetteerId === 'taliban').length, 0);

  const us = get('united-states');
  for (const form of ['America', 'American', 'Americans', 'United States']) assert.ok(us.aliases.includes(form), form);
  assert.ok(us.mentions.some((m) => m.text === 'America' && doc.text.slice(m.end, m.end + 2) === '’s'), 'possessive America’s');
  assert.equal(us.mentions.find((m) => m.text === 'Americans')!.kind, 'adjective');

  assert.equal(get('nato').mentions.length, 3);
  assert.equal(get('al-qaeda').type, 'group');
  assert.equal(get('rtvi').type, 'media');
  for (const place of ['darzab', 'qush-tepa', 'jawzjan', 'afghanistan']) assert.equal(get(place).type, 'place');
  assert.ok(get('united-kingdom').aliases.includes('England'));
  // Nothing made up from sentence openers or role words.
  assert.deepEqual(list.filter((e) => e.gazetteerId === null).map((e) => e.canonical), []);
});

test('seed article: time per document (printed, not asserted)', { skip }, (t) => {
  const pre = createPipeline().use(language, undefined).use(segment);
  const doc = pre.run(fromText(readFileSync(SEED, 'utf8'), { name: 'seed' }));
  const run = entities.create(undefined);
  for (let i = 0; i < 200; i++) run(doc);
  const n = 500;
  const start = performance.now();
  for (let i = 0; i < n; i++) run(doc);
  t.diagnostic(`entities: ${(((performance.now() - start) * 1000) / n).toFixed(0)} µs per document of ${doc.text.length} characters`);
});
