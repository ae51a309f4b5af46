import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClaimtrailError } from '../../core/errors.js';
import { gazetteerFromSources, loadGazetteer } from './index.js';

const ok = `
- id: alpha
  canonical: Alpha Land
  type: place
  source: hand-made
  aliases: {en: [Alpha Land, Alphaland], ru: [Альфа]}
- id: alpha-city
  canonical: Alpha City
  type: place
  within: alpha
  source: hand-made
  aliases: {en: [Alpha City]}
`;

function problems(yaml: string): string {
  try {
    gazetteerFromSources([{ name: 'test.yml', text: yaml }]);
  } catch (error) {
    assert.ok(error instanceof ClaimtrailError);
    assert.equal(error.code, 'KNOWLEDGE_INVALID');
    return error.message;
  }
  return '';
}

test('the built-in gazetteer loads and is large enough', () => {
  const g = loadGazetteer();
  assert.ok(g.entries.length >= 150, `${g.entries.length} entries`);
  for (const id of ['isis', 'isis-k', 'taliban', 'united-states', 'nato', 'rtvi', 'zamir-kabulov', 'darzab', 'qush-tepa', 'jawzjan']) assert.ok(g.byId.has(id), id);
  assert.equal(g.byId.get('isis-k')!.parent, 'isis');
  for (const e of g.entries) assert.ok(e.source, e.id);
});

test('a valid file passes', () => {
  const entries = gazetteerFromSources([{ name: 'ok.yml', text: ok }]);
  assert.deepEqual(entries.map((e) => e.id), ['alpha', 'alpha-city']);
  assert.deepEqual(entries[0].aliases.ru, ['Альфа']);
});

test('JSON is accepted too', () => {
  const json = JSON.stringify([{ id: 'beta', canonical: 'Beta', type: 'group', source: 'x', aliases: { en: ['Beta'] } }]);
  assert.equal(gazetteerFromSources([{ name: 'b.json', text: json }])[0].type, 'group');
});

test('duplicate ids are refused', () => {
  assert.match(problems(ok + ok.replace('Alpha City', 'Other').replace('id: alpha-city', 'id: alpha-x')), /"alpha": id used twice/);
});

test('missing fields, unknown types and unknown fields are refused', () => {
  assert.match(problems('- {id: x, canonical: X, type: place, aliases: {en: [X]}}'), /source missing/);
  assert.match(problems('- {id: x, canonical: X, type: planet, source: s, aliases: {en: [X]}}'), /type must be one of/);
  assert.match(problems('- {id: x, canonical: X, type: place, source: s}'), /needs aliases/);
  assert.match(problems('- {id: x, canonical: X, type: place, source: s, aliases: {en: [X]}, colour: red}'), /unknown field "colour"/);
  assert.match(problems('- {id: X Y, canonical: X, type: place, source: s, aliases: {en: [X]}}'), /id must be/);
  assert.match(problems('- {id: x, canonical: X, type: place, source: s, wikidata: 42, aliases: {en: [X]}}'), /wikidata/);
  assert.match(problems('- {id: x, canonical: X, type: place, source: s, aliases: {english: [X]}}'), /two-letter language code/);
  assert.match(problems('not: a list'), /expected a list/);
});

test('references must exist', () => {
  assert.match(problems('- {id: x, canonical: X, type: group, parent: nobody, source: s, aliases: {en: [X]}}'), /unknown id "nobody"/);
  assert.match(problems('- {id: x, canonical: X, type: group, narrows: [nowhere], source: s, aliases: {en: [X]}}'), /unknown id "nowhere"/);
});

test('an alias claimed by two entries of one language is refused unless both mark it ambiguous', () => {
  const two = (a: string, b: string) => `
- {id: x, canonical: X, type: place, source: s, aliases: {en: [Springfield]}${a}}
- {id: y, canonical: Y, type: place, source: s, aliases: {en: [springfield]}${b}}`;
  assert.match(problems(two('', '')), /alias "springfield" \(en\) is also claimed by "x"/);
  assert.match(problems(two(', ambiguous: [Springfield]', '')), /also claimed/);
  assert.equal(problems(two(', ambiguous: [Springfield]', ', ambiguous: [Springfield]')), '');
  // The same spelling in two languages is fine (German and English "Iran").
  assert.equal(problems(`
- {id: x, canonical: X, type: place, source: s, aliases: {en: [Iran]}}
- {id: y, canonical: Y, type: place, source: s, aliases: {de: [Iran]}}`), '');
});

test('context words only decide shared aliases, so an entry with context must list what it shares', () => {
  assert.match(problems('- {id: x, canonical: X, type: place, source: s, aliases: {en: [X]}, context: [state]}'), /list them under ambiguous/);
  assert.match(problems('- {id: x, canonical: X, type: place, source: s, aliases: {en: [X]}, context: state}'), /context: expected a list/);
  assert.equal(problems('- {id: x, canonical: X, type: place, source: s, aliases: {en: [X]}, ambiguous: [X], context: [state]}'), '');
});

test('every problem is listed, not only the first', () => {
  const message = problems('- {id: x, canonical: X, type: planet, aliases: {en: [X]}}');
  assert.match(message, /type must be/);
  assert.match(message, /source missing/);
});
