// The kept search answers: reused at the same store generation only, never kept across a write that lands while
// they are computed, identical searches in flight computed once, errors not kept, and the size bounds held.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SearchCache } from './search-cache.js';

/** A store generation the test moves by hand. */
function clock() {
  let value = 1;
  return { read: async () => `g${value}`, bump: () => value++ };
}

test('an identical search at the same generation is answered from the cache; a write makes it miss', async () => {
  const cache = new SearchCache();
  const gen = clock();
  let computed = 0;
  const compute = async () => JSON.stringify({ n: ++computed });
  assert.equal(await cache.answer('talks', gen.read, compute), '{"n":1}');
  assert.equal(await cache.answer('talks', gen.read, compute), '{"n":1}');
  assert.equal(await cache.answer('bridge', gen.read, compute), '{"n":2}', 'another key is another search');
  gen.bump();
  assert.equal(await cache.answer('talks', gen.read, compute), '{"n":3}', 'after a write the answer is computed again');
  assert.deepEqual({ ...cache.stats(), chars: 0 }, { hits: 1, misses: 3, joined: 0, entries: 2, chars: 0 });
});

test('an answer computed while a write landed is returned but not kept', async () => {
  const cache = new SearchCache();
  const gen = clock();
  let computed = 0;
  const during = async () => {
    computed++;
    gen.bump(); // the write commits while the search runs
    return `answer ${computed}`;
  };
  assert.equal(await cache.answer('q', gen.read, during), 'answer 1');
  assert.equal(cache.stats().entries, 0);
  assert.equal(await cache.answer('q', gen.read, async () => 'after'), 'after');
  assert.equal(await cache.answer('q', gen.read, async () => 'not called'), 'after');
});

test('identical searches in flight together are computed once; a failure reaches each and is not kept', async () => {
  const cache = new SearchCache();
  const gen = clock();
  let calls = 0;
  let release: () => void = () => {};
  const slow = () =>
    new Promise<string>((resolve) => {
      calls++;
      release = () => resolve('shared');
    });
  const both = Promise.all([cache.answer('q', gen.read, slow), cache.answer('q', gen.read, slow)]);
  await new Promise((r) => setImmediate(r));
  release();
  assert.deepEqual(await both, ['shared', 'shared']);
  assert.equal(calls, 1);
  assert.equal(cache.stats().joined, 1);

  const failing = async () => {
    throw new Error('store closed');
  };
  await assert.rejects(Promise.all([cache.answer('bad', gen.read, failing), cache.answer('bad', gen.read, failing)]), /store closed/);
  assert.equal(await cache.answer('bad', gen.read, async () => 'recovered'), 'recovered', 'the error was not kept');
});

test('the least recently used answers go first when the entry or size bound is reached', async () => {
  const cache = new SearchCache({ maxEntries: 2, maxChars: 10 });
  const gen = clock();
  const value = (v: string) => async () => v;
  await cache.answer('a', gen.read, value('aaaa'));
  await cache.answer('b', gen.read, value('bbbb'));
  await cache.answer('a', gen.read, value('x')); // a used again: b is now the oldest
  await cache.answer('c', gen.read, value('cccc'));
  assert.equal(cache.stats().entries, 2);
  assert.equal(await cache.answer('a', gen.read, value('recomputed')), 'aaaa', 'a was kept');
  assert.equal(await cache.answer('b', gen.read, value('b again')), 'b again', 'b was dropped');
  await cache.answer('big', gen.read, value('12345678901'));
  assert.ok(cache.stats().chars <= 10, 'an answer larger than the whole bound is not kept');
  assert.equal(await cache.answer('big', gen.read, value('again')), 'again');
});
