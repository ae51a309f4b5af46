// The knowledge files load, every entry is well formed, every fine role can be reached, and bad files are refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ClaimtrailError } from '../../core/errors.js';
import { loadGrammar, loadRoles, FINE_ROLES } from './index.js';
import { expandCue, wordsOf } from './words.js';

test('roles.yml: entries load with source, note and cues; every fine role of the taxonomy has a cue', () => {
  const entries = loadRoles();
  assert.ok(entries.length >= 50);
  const reached = new Set<string>();
  for (const e of entries) {
    assert.ok(e.source && e.note && e.cues.length, e.id);
    for (const gift of [e.agent, e.patient, e.target]) {
      if (!gift) continue;
      reached.add(`${gift.role}/${gift.fineRole}`);
      for (const fine of Object.values(gift.byType)) reached.add(`${gift.role}/${fine}`);
    }
  }
  for (const [role, fines] of Object.entries(FINE_ROLES)) for (const fine of fines) assert.ok(reached.has(`${role}/${fine}`), `no cue gives ${role}/${fine}`);
  assert.deepEqual([...new Set(entries.map((e) => e.lang))].sort(), ['ar', 'de', 'en', 'fr', 'ru']);
});

test('grammar.yml: English and the four other languages, each with the lists the slot rules read', () => {
  const grammars = loadGrammar();
  assert.deepEqual([...grammars.keys()].sort(), ['ar', 'de', 'en', 'fr', 'ru']);
  const en = grammars.get('en')!;
  assert.ok(en.prepositions.has('of') && en.be.has('was') && en.relatives.has('who'));
  assert.deepEqual(en.agentMarkers.find((m) => m.length === 5), ['through', 'the', 'joint', 'efforts', 'of']);
});

test('cue syntax: alternatives expand; words split as the text is split', () => {
  assert.deepEqual(expandCue('{attack|attacks} {on|against}'), ['attack on', 'attack against', 'attacks on', 'attacks against']);
  assert.deepEqual(wordsOf('America’s counter-terrorist * forces'), ["america's", 'counter-terrorist', '*', 'forces']);
});

function badFile(yaml: string): URL {
  const dir = mkdtempSync(join(tmpdir(), 'framing-'));
  const path = join(dir, 'roles.yml');
  writeFileSync(path, yaml);
  return pathToFileURL(path);
}

test('a bad lexicon is refused with KNOWLEDGE_INVALID naming the file and the problem', () => {
  const cases: [string, RegExp][] = [
    ['- {id: x, source: s, note: n, kind: verb, cues: [hit], agent: {role: villain, fineRole: x}}', /agent\.role must be one of/],
    ['- {id: x, source: s, note: n, kind: verb, cues: [hit], agent: {role: antagonist, fineRole: hero}}', /not a fine role of antagonist/],
    ['- {id: x, source: s, note: n, kind: label, cues: [bad], agent: {role: antagonist, fineRole: tyrant}}', /target role only/],
    ['- {id: x, source: s, kind: label, cues: [bad], target: {role: antagonist, fineRole: tyrant}}', /needs id, source and note/],
    ['- {id: x, source: s, note: n, kind: noun, cues: [hit], agent: {role: antagonist, fineRole: spy}, patientTypes: [city]}', /patientTypes/],
    ['id: [unclosed', /roles\.yml/],
  ];
  for (const [yaml, detail] of cases) {
    const url = badFile(yaml);
    assert.throws(() => loadRoles(url), (error: unknown) => {
      assert.ok(error instanceof ClaimtrailError && error.code === 'KNOWLEDGE_INVALID');
      assert.match(error.message, /roles\.yml/);
      assert.match(error.message, detail);
      return true;
    });
  }
});
