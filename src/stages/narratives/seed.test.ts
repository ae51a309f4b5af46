// The seed article: "the US/West created or sponsors ISIS" is reported for Kabulov's part and asserted for the
// outlet's own helicopter paragraph and closing paragraphs; its nearest EUvsDisinfo cases are "the US created
// ISIS" cases. First with hand-built quotes of Kabulov (so this tests this stage), then through `analyze`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../analyze.js';
import { withLayers } from '../../core/doc.js';
import { createPipeline } from '../../core/pipeline.js';
import { defineStage } from '../../core/stage.js';
import type { Doc, Quote } from '../../core/types.js';
import { fromText } from '../../ingest/text.js';
import { cases } from '../cases/index.js';
import { entities } from '../entities/index.js';
import { language } from '../language/index.js';
import { segment } from '../segment/index.js';
import { narratives } from './index.js';
import { evidence } from './test-helpers.js';

const SEED = fileURLToPath(new URL('../../../../shared/fixtures/almirsad-kabulov-isis.txt', import.meta.url));
const skip = existsSync(SEED) ? false : `seed article not found at ${SEED}`;

// What Kabulov said, as the quotes stage should find it (direct and indirect).
const KABULOV = [
  'the branch of ISIS in Afghanistan was established through the joint efforts of the United States and England, with their backing',
  'IS-K came into existence a decade ago during a period in which the United States and NATO maintained a substantial troop presence in Afghanistan.',
  'the release of Daesh from the operations of the Islamic Emirate of Afghanistan (IEA) in the Darzab and Qush Tepa districts of Jawzjan by the United States and the preceding puppet regime in mid-2018',
  'the Khawarij of Khorasan are solely battling America’s adversaries, and America is reluctant to diminish their strength',
];

const kabulovQuotes = defineStage({
  name: 'quotes',
  requires: ['sentences'],
  assigns: ['quotes'],
  create() {
    return (doc: Doc) => {
      const quotes: Quote[] = KABULOV.map((content, i) => {
        const start = doc.text.indexOf(content);
        assert.ok(start >= 0, `not in the seed: ${content.slice(0, 40)}`);
        return { id: `q${i + 1}`, kind: 'indirect', content: { start, end: start + content.length }, cue: null, speaker: { entityId: 'e1', name: 'Zamir Kabulov', span: null }, venue: null };
      });
      return withLayers(doc, { quotes });
    };
  },
});

function seedDoc(): Doc {
  const pipeline = createPipeline().use(language, undefined).use(segment).use(entities, undefined).use(kabulovQuotes).use(narratives, undefined).use(cases, undefined);
  return pipeline.run(fromText(readFileSync(SEED, 'utf8'), { name: 'almirsad-kabulov-isis.txt' }));
}

test('seed: Kabulov\'s part reports the ISIS narrative', { skip }, () => {
  const doc = seedDoc();
  const reported = evidence(doc, 'west-created-isis', 'reports');
  assert.ok(reported.some((e) => e.startsWith('Zamir Kabulov: America and NATO were responsible for the creation of ISIS')), reported.join(' | '));
  assert.ok(reported.some((e) => e.startsWith('the branch of ISIS in Afghanistan was established')), reported.join(' | '));
  assert.ok(reported.some((e) => e.startsWith('the release of Daesh')), reported.join(' | '));
});

test('seed: the helicopter paragraph and the closing paragraphs assert it', { skip }, () => {
  const doc = seedDoc();
  const asserted = evidence(doc, 'west-created-isis', 'asserts');
  assert.ok(asserted.some((e) => e.startsWith('When the Taliban engaged in conflict with Daesh') && e.includes('American helicopters would suddenly appear')), asserted.join(' | '));
  assert.ok(asserted.some((e) => e.startsWith('This is because as American and NATO forces withdrew')), asserted.join(' | '));
  assert.ok(asserted.some((e) => e.startsWith('This indicates that there is a superpower that does not support the defeat of ISKP')), asserted.join(' | '));
  // Asserted first: it is the stronger way to carry a narrative; both entries name the same narrative.
  const isis = doc.layers.narratives!.filter((n) => n.id === 'west-created-isis');
  assert.deepEqual(isis.map((n) => n.stance).sort(), ['asserts', 'reports']);
  assert.equal(isis[0].title, 'The US/West created or sponsors ISIS');
  assert.ok(isis.every((n) => n.matchedExamples.length > 0 && n.score >= 0.8));
});

test('seed: no narrative other than the ISIS family is carried', { skip }, () => {
  const doc = seedDoc();
  const ids = new Set(doc.layers.narratives!.map((n) => n.id));
  for (const id of ids) assert.ok(id === 'west-created-isis' || id === 'west-sponsors-terrorism', `unexpected narrative ${id}`);
});

test('seed: the nearest EUvsDisinfo cases are "the US created / moves ISIS" cases', { skip }, () => {
  const doc = seedDoc();
  const found = doc.layers.cases!;
  assert.equal(found.length, 5);
  for (const c of found) {
    assert.match(c.title, /\b(ISIS|ISIL|Daesh|Islamic State)\b/, c.title);
    assert.match(c.title, /\b(US|U\.S\.|USA|United States|America|American)\b/, c.title);
    assert.match(String(c.url), /^https:\/\/euvsdisinfo\.eu\/report\/[a-z0-9-]+\/$/);
    assert.match(c.date ?? '', /^20\d\d-\d\d-\d\d$/);
  }
  assert.ok(found.some((c) => /created|raised|product/.test(c.title)), found.map((c) => c.title).join(' | '));
  assert.equal(found[0].title, 'US is supporting and moving ISIS to Afghanistan');
});

test('seed through analyze(): the default pipeline carries narratives and cases', { skip }, () => {
  const doc = analyze(readFileSync(SEED, 'utf8'));
  const failed = doc.messages.filter((m) => m.ruleId === 'stage-failed' || m.ruleId === 'stage-skipped');
  assert.deepEqual(failed.map((m) => m.reason), []);
  const stances = new Set(doc.layers.narratives!.filter((n) => n.id === 'west-created-isis').map((n) => n.stance));
  assert.ok(stances.has('asserts') && stances.has('reports'), [...stances].join(', '));
  assert.ok(doc.layers.cases!.length > 0);
});
