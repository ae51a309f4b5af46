// An English reduced relative ("technology created by a company in Germany") acts on the noun before it, not on the
// narrative's target (topic-targets.ts, issue 12, precision). Inputs written for these tests.
import assert from 'node:assert/strict';
import test from 'node:test';
import { fileURLToPath } from 'node:url';
import { found, run } from './test-helpers.js';

const options = { files: [fileURLToPath(new URL('../../../eval/narratives/catalogue-en.yml', import.meta.url))], builtIn: false };

test('a participle after another noun, its agent after "by", is no claim that the agent created ISIS', () => {
  assert.deepEqual(found(run('Drone strikes\n\nIslamic State militants used drones built with technology created by a company in Germany.', 'en', options)), []);
  assert.deepEqual(found(run('Drone strikes\n\nIslamic State militants flew drones with software created by engineers in the United States.', 'en', options)), []);
});

test('the passive with an auxiliary still says the claim', () => {
  assert.deepEqual(found(run('Islamic State\n\nIslamic State was created by the United States.', 'en', options)), ['west-created-isis asserts']);
});
