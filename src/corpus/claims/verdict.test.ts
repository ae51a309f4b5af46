import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleRefutes, hasVerdict, memberRefutes } from './verdict.js';

test('a verdict in the outlet voice counts; one after a speech cue is a reported denial', () => {
  assert.equal(hasVerdict('Fact check: no, the US did not build ISIS'), true);
  assert.equal(hasVerdict('Lavrov falsely claims Kyiv staged the attack'), true);
  assert.equal(hasVerdict('Проверка фактов: миф о биолабораториях'), true);
  assert.equal(hasVerdict('Lavrov said the Western reports were false'), false);
  assert.equal(hasVerdict('Lavrov speaks about Iraq'), false);
  assert.equal(hasVerdict(null), false);
});

test('a member refutes in a debunk, or with its own verdict; a quoted denial does not make it refute', () => {
  assert.equal(articleRefutes('Fact check: the lab story', []), true);
  assert.equal(articleRefutes('Lavrov speaks about Iraq', ['refutes', 'refutes']), true);
  assert.equal(articleRefutes('Lavrov speaks about Iraq', ['refutes', 'reports']), false);
  assert.equal(articleRefutes('Lavrov speaks about Iraq', []), false);
  assert.equal(memberRefutes({ text: 'This story is baseless.', voice: 'author', articleRefutes: false }), true);
  assert.equal(memberRefutes({ text: 'This story is baseless.', voice: 'attributed', articleRefutes: false }), false);
  assert.equal(memberRefutes({ text: 'The US created ISIS.', voice: 'attributed', articleRefutes: true }), true);
});
