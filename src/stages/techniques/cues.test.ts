import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCueIndex } from '../../models/techniques/cues.js';
import { loadCues } from './cues.js';

test('cues.yml loads; phrases match as word sequences; rules carry a PTC technique', () => {
  const entries = loadCues();
  assert.ok(entries.length > 200);
  const index = createCueIndex(entries);
  const words = ['the', 'question', 'arises', ':', 'is', 'it', 'really', 'so'];
  const hits = index.match(words);
  assert.deepEqual(hits[1], ['doubt']);
  assert.deepEqual(hits[6], ['doubt']);
  assert.deepEqual(hits[0], []);
  assert.deepEqual(index.rules(words).map((h) => [h.entry.id, h.at]), [['rule-rhetorical-doubt', 1], ['rule-rhetorical-doubt', 4]]);
  assert.match(index.describe(words, 2, 'doubt') ?? '', /"question arises"/);
});

test('a bad cue file is KNOWLEDGE_INVALID with the reason', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cues-'));
  const write = (content: string): URL => {
    const path = join(dir, 'cues.yml');
    writeFileSync(path, content);
    return pathToFileURL(path);
  };
  assert.throws(() => loadCues(write('- id: x\n  category: doubt\n  phrases: [a]\n')), /needs id, category, source and note/);
  assert.throws(() => loadCues(write('- id: x\n  category: doubt\n  source: s\n  note: n\n  phrases: [a]\n  emit: { technique: Nope, scope: phrase, score: 0.5 }\n')), /PTC name/);
  assert.throws(() => loadCues(write('[unclosed')), /KNOWLEDGE|invalid/i);
});
