// A narrative whose keywords are only its accused's name ("Soros") needs the accused to act in a claim frame
// (agent-claims.ts): news that mentions the financier is no claim that he controls governments. Texts written for this test.
import assert from 'node:assert/strict';
import test from 'node:test';
import type { Narrative } from '../../knowledge/narratives/index.js';
import { nameKeywordsOnly } from './agent-claims.js';
import { found, run } from './test-helpers.js';

function narrative(keywords: Record<string, string[]>, accused: boolean): Narrative {
  return { id: 'n', title: 't', description: null, examples: [], keywords, entities: accused ? [{ id: 'george-soros', role: 'accused' }] : [], predicates: [], parent: null, source: null, note: null, origin: { file: 'x', line: 1 } };
}

test('name keywords: single capitalised words (or Arabic words) of a narrative with an accused', () => {
  assert.ok(nameKeywordsOnly(narrative({ en: ['Soros'], ru: ['Сорос*'], ar: ['سوروس'] }, true)));
  assert.ok(!nameKeywordsOnly(narrative({ en: ['Soros'] }, false)));
  assert.ok(!nameKeywordsOnly(narrative({ en: ['state sponsor of terrorism'] }, true)));
});

test('a mention of the accused alone carries nothing', () => {
  const doc = run('Budapest notes\n\nOrban has for years targeted Hungarian-born U.S. financier George Soros, whose philanthropy aims to bolster liberal and open-border values, anathema to Orban, an advocate of a loose group of strong nation states.', 'en');
  assert.ok(!found(doc).some((f) => f.startsWith('soros-controls')), found(doc).join(', '));
});

test('the accused as the agent of a claim frame carries it', () => {
  const doc = run('Budapest notes\n\nGeorge Soros finances the opposition parties and the protest movement in Hungary, the Open Society Foundations fund the activists.', 'en');
  assert.ok(found(doc).some((f) => f.startsWith('soros-controls')), found(doc).join(', '));
});
