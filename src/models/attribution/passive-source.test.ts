// The agent after "by" as the source of a passive cue, on hand-made sentences (the tagger's runs given by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spanOf, type Grouped, type Run } from './group.js';
import { passiveSources } from './passive-source.js';
import { input, runOf } from './test-runs.js';

/** Source and contents of the group of `cue` after passiveSources, as text. */
function after(text: string, cue: string, source: string | null, contents: string[] = []): { source: string | null; contents: string[] } {
  const x = input(text);
  const g: Grouped = { cue: runOf(x, cue, 2), source: source ? runOf(x, source, 1) : null, contents: contents.map((c) => runOf(x, c, 3)) };
  passiveSources(x, [g]);
  const cut = (r: Run) => { const s = spanOf(x, r); return text.slice(s.start, s.end); };
  return { source: g.source ? cut(g.source) : null, contents: g.contents.map(cut) };
}

test('the agent after "by" is the source; the passive subject the tagger took for it becomes content', () => {
  assert.deepEqual(after("O'Malley's move was first reported by MSNBC.", 'was first reported by', null), { source: 'MSNBC', contents: ["O'Malley's move"] });
  assert.deepEqual(after('Pigs are considered unclean by Muslims and some other religious groups.', 'are considered', 'Pigs', ['unclean by Muslims']), {
    source: 'Muslims and some other religious groups',
    contents: ['Pigs'],
  });
  assert.equal(after('Scenes from the film were described to him by a Post reporter.', 'were described', null).source, 'a Post reporter');
});

test('the agent ends at an adjunct or a clause, and keeps an apposition', () => {
  assert.equal(after('Ameriquest was sued by the NAACP for targeting black borrowers.', 'sued', null).source, 'the NAACP');
  assert.equal(after('The country described by the president on Tuesday night is dark.', 'described', null).source, 'the president');
  assert.equal(after('They were derided by Armin Laschet, the leader of the opposition in Westphalia, who suggested it.', 'were derided', null).source, 'Armin Laschet, the leader of the opposition in Westphalia');
  assert.equal(after('It was recommended most forcefully by their friend, businessman Tom Barrack.', 'was recommended', null).source, 'their friend, businessman Tom Barrack');
});

test('no "by", an active cue, or a source the tagger read after the cue: unchanged', () => {
  assert.equal(after('Clinton increases her lead by one point.', 'increases', null).source, null);
  assert.equal(after('He said it by phone.', 'said', 'He').source, 'He');
  assert.equal(after('"No," said Mr. Trump by the door.', 'said', 'Mr. Trump').source, 'Mr. Trump');
});

test('a passive subject of one word is no content; a leading "and that" is not part of it', () => {
  // The golden article html-envoy-interview: no quote whose content is "and that it".
  assert.deepEqual(after('Researchers say it first appeared, and that it has since been repeated by several outlets.', 'has since been repeated', null), {
    source: 'several outlets',
    contents: [],
  });
  assert.deepEqual(after('Critics say, and that the claim was repeated by several outlets.', 'was repeated', null).contents, ['the claim']);
});
