// CORE_WAIVED_AT (core-entities.ts): a sentence nearly saying an example needs no core entity named; one that only
// shares some of its words still does. Sentences written for this test.
import assert from 'node:assert/strict';
import test from 'node:test';
import { catalogueOptions, found, run } from './test-helpers.js';

const CATALOGUE = `- id: media
  title: Western media lie and censor
  examples:
    - Western media lie about Russia
    - The mainstream media in the West hide the truth from their readers
- id: isis
  title: The US/West created ISIS
  examples:
    - The United States created ISIS
    - The US and NATO finance and arm Islamic State terrorists
`;

const options = catalogueOptions(CATALOGUE);

test('a sentence nearly saying an example carries it with its actor implied', () => {
  assert.deepEqual(found(run('Opinion\n\nThe mainstream media hide the truth from their readers.', 'en', options())), ['media asserts']);
});

test('a sentence sharing only some of its words still needs the actor: an ISIS attack with weapons is news', () => {
  assert.deepEqual(found(run('Attack in Iraq\n\nIslamic State terrorists seized weapons and ammunition from an army base.', 'en', options())), []);
});
