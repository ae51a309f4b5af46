import { test } from 'node:test';
import assert from 'node:assert/strict';
import { trimContent } from './found.js';

const trimmed = (text: string) => {
  const s = trimContent(text, { start: 0, end: text.length });
  return text.slice(s.start, s.end);
};

test('content drops the closing mark of a quotation around it, and keeps its own quotes whole', () => {
  assert.equal(trimmed(' that the main threat remains Al-Qaeda.”'), 'that the main threat remains Al-Qaeda');
  assert.equal(trimmed('that the plan was « mort-né ».» '), 'that the plan was « mort-né »');
  assert.equal(trimmed('that it was “a farce”.'), 'that it was “a farce”');
  assert.equal(trimmed('dass die Lage „ernst“ sei.“'), 'dass die Lage „ernst“ sei');
  assert.equal(trimmed('that it was "a farce".'), 'that it was "a farce"');
  assert.equal(trimmed('that it was over."'), 'that it was over');
  assert.equal(trimmed('that the soldiers’'), 'that the soldiers’', 'an apostrophe is no quotation mark');
});
