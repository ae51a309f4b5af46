// The cue rules (other languages, and English with { tagger: false }); the tagger's own tests are in tagged.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { all, entity, runRules as run } from './test-helpers.js';

const pick = (doc: ReturnType<typeof run>) => all(doc).map(({ kind, content, cue, source }) => ({ kind, content, cue, source }));

test('speaker before the quote: said, stated, colon, according to', () => {
  assert.deepEqual(pick(run('Kabulov stated, “The group grew quickly after the war ended.”')), [
    { kind: 'direct', content: '“The group grew quickly after the war ended.”', cue: 'stated', source: 'Kabulov' },
  ]);
  assert.deepEqual(pick(run('The minister: "We will not give up the fight for this city."')), [
    { kind: 'direct', content: '"We will not give up the fight for this city."', cue: ':', source: 'The minister' },
  ]);
  assert.deepEqual(pick(run('According to Zamir Kabulov, “IS-K emerged rapidly, akin to a mushroom.”')), [
    { kind: 'direct', content: '“IS-K emerged rapidly, akin to a mushroom.”', cue: 'According to', source: 'Zamir Kabulov' },
  ]);
});

test('speaker after the quote: X said, said X, X added', () => {
  assert.deepEqual(pick(run('"We are going to win this state," Trump said on Monday.')), [
    { kind: 'direct', content: '"We are going to win this state,"', cue: 'said', source: 'Trump' },
  ]);
  assert.deepEqual(pick(run('"We are going to win this state," said Kellyanne Conway, the campaign manager.')), [
    { kind: 'direct', content: '"We are going to win this state,"', cue: 'said', source: 'Kellyanne Conway, the campaign manager' },
  ]);
  assert.deepEqual(pick(run('“It was never about money.” The senator added.')).map((q) => q.source), ['The senator']);
});

test('a quote continued after its attribution keeps the speaker; a pronoun resolves through the entities layer', () => {
  const text = 'Jane Roe spoke first. “We knew the risks,” she said. “We went anyway, and we would go again.”';
  const doc = run(text, [entity('e1', 'person', text, [['Jane Roe', 'name'], ['she', 'pronoun']])]);
  assert.deepEqual(all(doc).map((q) => [q.speaker, q.entityId, q.source]), [
    ['Jane Roe', 'e1', 'she'],
    ['Jane Roe', 'e1', null],
  ]);
});

test('a long quote with no speaker is kept with a message; a scare quote is not a quote', () => {
  const doc = run('The “experts” were wrong. “Nobody could have known what would happen next in the valley.”');
  assert.deepEqual(all(doc).map((q) => [q.content, q.speaker]), [['“Nobody could have known what would happen next in the valley.”', null]]);
  assert.deepEqual(doc.messages.map((m) => m.ruleId), ['quote-without-speaker']);
});
