import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleContexts, transcriptContexts } from './context.js';
import { featureIndices, FEATURE_VERSION } from './features.js';
import { createModel, smoothWithNeighbours } from './model.js';

const DEBATE = [
  { speaker: 'HOLT', text: 'How will you bring jobs back?' },
  { speaker: 'TRUMP', text: 'We lost 70,000 factories.' },
  { speaker: 'TRUMP', text: 'It is a disaster.' },
  { speaker: 'SYSTEM', text: '(APPLAUSE)' },
  { speaker: 'CLINTON', text: 'That is not true.' },
];

test('turns, speaker shares, answers and stage lines of a transcript', () => {
  const c = transcriptContexts(DEBATE);
  assert.deepEqual(c.map((x) => [x.turnStart, x.turnEnd, x.turnLength]), [[true, true, 1], [true, false, 2], [false, true, 2], [true, true, 1], [true, true, 1]]);
  assert.equal(c[1].speakerShare, 2 / 5);
  assert.equal(c[1].afterQuestion, true);
  assert.equal(c[4].afterQuestion, false);
  assert.deepEqual(c.map((x) => x.stage), [false, false, false, true, false]);
  assert.equal(c[0].prev, undefined);
  assert.equal(c[1].next, 'It is a disaster.');
  assert.deepEqual(articleContexts(['a', 'b']).map((x) => [x.position, x.prev, x.next]), [[0, undefined, 'b'], [0.5, 'a', undefined]]);
});

test('context features are added only where a context is given and the group is on', () => {
  const text = 'We lost 70,000 factories.';
  const [ctx] = transcriptContexts([{ speaker: 'TRUMP', text }]);
  const alone = featureIndices(text, 16, { chars: false, context: true });
  const inContext = featureIndices(text, 16, { chars: false, context: true }, ctx);
  assert.ok(inContext.length > alone.length);
  assert.deepEqual(featureIndices(text, 16, { chars: false, context: false }, ctx), alone);
  assert.ok(featureIndices(text, 16, { chars: true, context: false }).length > alone.length + 20, 'character n-grams');
});

test('neighbour smoothing keeps scores in [0, 1] and lifts a line between two check-worthy ones', () => {
  assert.deepEqual(smoothWithNeighbours([0.2, 0.4], 0), [0.2, 0.4]);
  const s = smoothWithNeighbours([0.9, 0.1, 0.9, 0.1, 0.1], 1);
  assert.equal(s[1], (0.1 + 0.9) / 2);
  assert.ok(s[1] > s[3]);
  assert.ok(s.every((x) => x >= 0 && x <= 1));
  // A transcript is ranked with its model's neighbour weight.
  const model = createModel({ name: 'checkworthiness', featureVersion: FEATURE_VERSION, bits: 8, bias: 0, groups: { chars: false, context: false }, neighbour: 1, trained: {}, indices: [], weights: [] });
  assert.deepEqual(model.rankTranscript(DEBATE), DEBATE.map(() => 0.5));
});

test('a moderator addresses people by title and name; the candidates do not', () => {
  const c = transcriptContexts([
    { speaker: 'BLITZER', text: 'Senator Rubio, the cost would be $10 trillion.' },
    { speaker: 'RUBIO', text: 'That is wrong.' },
    { speaker: 'BLITZER', text: 'Mr. Trump, your response?' },
    { speaker: 'TRUMP', text: 'We lost 70,000 factories.' },
  ]);
  assert.deepEqual(c.map((x) => x.speakerAddresses), [1, 0, 1, 0]);
});

test('relative cues: a line\'s length against the transcript\'s median line, and how often its speaker cites figures', () => {
  const c = transcriptContexts(DEBATE);
  // Word counts 6, 4, 4, 1, 4: the median is 4.
  assert.deepEqual(c.map((x) => x.lengthRatio), [1.5, 1, 1, 0.25, 1]);
  // TRUMP: one of two lines has a digit; the others none.
  assert.deepEqual(c.map((x) => x.speakerFigures), [0, 0.5, 0.5, 0, 0]);
  const [line] = c.slice(1);
  const on = featureIndices(DEBATE[1].text, 16, { chars: false, context: true, relative: true }, line);
  const off = featureIndices(DEBATE[1].text, 16, { chars: false, context: true }, line);
  assert.equal(on.length, off.length + 2, 'two features where the group is on, none where it is off');
  assert.deepEqual(on.slice(0, off.length), off, 'the other features unchanged');
});

test('turn cues: a line\'s index in its turn and the share of the turn\'s other lines citing figures', () => {
  const c = transcriptContexts(DEBATE);
  assert.deepEqual(c.map((x) => x.turnIndex), [0, 0, 1, 0, 0]);
  // TRUMP's turn: the second line's other line has a digit, the first's has none; one-line turns: 0.
  assert.deepEqual(c.map((x) => x.turnFigures), [0, 0, 1, 0, 0]);
  const on = featureIndices(DEBATE[2].text, 16, { chars: false, context: true, turn: true }, c[2]);
  const off = featureIndices(DEBATE[2].text, 16, { chars: false, context: true }, c[2]);
  assert.equal(on.length, off.length + 2);
});
