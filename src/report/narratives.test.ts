import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toHtml } from './html.js';
import { toMarkdown } from './markdown.js';
import { docWith } from './test-docs.js';

const TEXT = 'Claims about the dam\n\nThe outlet wrote that <b>foreign agents</b> blew up the dam. The minister said the agents were paid by Ruritania.';

const doc = docWith(TEXT, (at) => ({
  narratives: [
    { id: 'west-sabotage', title: 'Foreign agents sabotage <infrastructure>', score: 0.9, stance: 'asserts', evidence: [at('<b>foreign agents</b> blew up the dam')], matchedExamples: ['Foreign saboteurs destroyed the dam'] },
    { id: 'west-sabotage', title: 'Foreign agents sabotage <infrastructure>', score: 0.7, stance: 'reports', evidence: [at('the agents were paid by Ruritania')], matchedExamples: [] },
  ],
  cases: [{ id: 'case-1', title: 'Saboteurs paid by the West', score: 0.81, date: '2020-07-10', url: 'https://example.org/case-1' }],
}));

test('the Markdown report lists each narrative with its stance, evidence and closest example, and the closest cases', () => {
  const md = toMarkdown(doc);
  assert.match(md, /## Narratives/);
  assert.match(md, /\*\*Foreign agents sabotage \\<infrastructure\\>\*\* \(`west-sabotage`, score 0\.90\): asserts it \(the outlet's own voice\)/);
  assert.match(md, /reports someone asserting it/);
  assert.match(md, /“\\<b\\>foreign agents\\<\/b\\> blew up the dam”/);
  assert.match(md, /closest catalogued example: “Foreign saboteurs destroyed the dam”/);
  assert.match(md, /\| \[Saboteurs paid by the West\]\(https:\/\/example\.org\/case-1\) \| 2020-07-10 \| 0\.81 \|/);
});

test('the HTML report shows narratives and cases escaped, with case links as text', () => {
  const html = toHtml(doc);
  assert.match(html, /<h2>Narratives<\/h2>/);
  assert.match(html, /Foreign agents sabotage &#60;infrastructure&#62;/);
  assert.ok(!html.includes('<b>foreign agents</b>'), 'page markup is escaped');
  assert.match(html, /Saboteurs paid by the West <small>2020-07-10 · https:\/\/example\.org\/case-1<\/small>/);
  assert.ok(!html.includes('href="https://example.org'), 'no link is followed from the report');
});

test('no narrative found says so in both reports', () => {
  const none = docWith('A headline\n\nA plain sentence about the weather.', () => ({ narratives: [], cases: [] }));
  assert.match(toMarkdown(none), /_No catalogued narrative found\._/);
  assert.match(toHtml(none), /No catalogued narrative found\./);
});
