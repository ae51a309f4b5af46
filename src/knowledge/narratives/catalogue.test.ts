import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isClaimtrailError } from '../../core/errors.js';
import { builtInNarratives, catalogueFromSources, loadCatalogue, type Vocabulary } from './index.js';

const yaml = (text: string) => [{ name: 'mine.yml', text }];

/** The error a catalogue raises, as its message; fails when it raises none. */
function problem(sources: { name: string; text: string }[], vocabulary?: Vocabulary): string {
  try {
    catalogueFromSources(sources, { vocabulary });
  } catch (error) {
    assert.ok(isClaimtrailError(error), String(error));
    assert.equal(error.code, 'CATALOGUE_INVALID');
    return error.message;
  }
  assert.fail('expected CATALOGUE_INVALID');
}

const GOOD = `# a catalogue
- id: us-made-isis
  title: The US made ISIS
  description: Washington is said to have built the Islamic State.
  examples:
    - The US created ISIS
    - text: США создали ИГИЛ
      language: ru
      source: https://example.org/case/1
  keywords: {en: [American project], ru: [американский проект]}
  entities: [{id: united-states, role: accused}, {id: isis, role: object}]
  predicates: [create, SPONSOR]
- id: child
  parent: us-made-isis
  title: NATO made ISIS
  description: The alliance is said to have built it.
  examples: [NATO created ISIS]
`;

test('a YAML list is a catalogue: fields read, predicates upper-cased, example objects kept', () => {
  const { narratives, files } = catalogueFromSources(yaml(GOOD));
  assert.deepEqual(files, ['mine.yml']);
  assert.equal(narratives.length, 2);
  const [n] = narratives;
  assert.equal(n.id, 'us-made-isis');
  assert.deepEqual(n.predicates, ['CREATE', 'SPONSOR']);
  assert.deepEqual(n.examples[1], { text: 'США создали ИГИЛ', language: 'ru', source: 'https://example.org/case/1', date: null });
  assert.deepEqual(n.entities, [{ id: 'united-states', role: 'accused' }, { id: 'isis', role: 'object' }]);
  assert.equal(narratives[1].parent, 'us-made-isis');
  assert.equal(n.origin.line, 2);
});

test('a JSON array, and a map with a "narratives" list, are catalogues too', () => {
  const one = { id: 'a', title: 'A', description: 'd', examples: ['x y'] };
  assert.equal(catalogueFromSources([{ name: 'c.json', text: JSON.stringify([one]) }]).narratives[0].id, 'a');
  assert.equal(catalogueFromSources([{ name: 'c.json', text: JSON.stringify({ version: 1, narratives: [one] }) }]).narratives[0].id, 'a');
});

test('an empty file or list is an empty catalogue, not an error', () => {
  assert.equal(catalogueFromSources(yaml('')).narratives.length, 0);
  assert.equal(catalogueFromSources(yaml('[]')).narratives.length, 0);
  assert.equal(catalogueFromSources([{ name: 'e.json', text: '[]' }]).narratives.length, 0);
});

test('a YAML syntax error names the file and the line', () => {
  const message = problem(yaml('- id: a\n  title: [unclosed\n  description: d\n'));
  assert.match(message, /mine\.yml/);
  assert.match(message, /line \d+, YAML syntax error/);
});

test('a JSON syntax error names the file and the line it is on', () => {
  const message = problem([{ name: 'bad.json', text: '[\n  {"id": "a",\n   "title": "A",,\n   "description": "d"}\n]' }]);
  assert.match(message, /bad\.json/);
  assert.match(message, /line 3, JSON syntax error/);
});

test('a missing field is reported with the narrative, the field and its line', () => {
  const message = problem(yaml('- id: a\n  description: d\n  examples: [x]\n'));
  assert.match(message, /line 1, narrative "a", field "title": missing \(every narrative needs id, title and examples\)/);
  const noExamples = problem(yaml('- id: b\n  title: B\n  description: d\n'));
  assert.match(noExamples, /narrative "b", field "examples": missing/);
});

test('a missing field in JSON is located too (the file is re-read with lines)', () => {
  const message = problem([{ name: 'c.json', text: '[\n {"id": "a", "title": "A", "examples": ["x"]},\n {"id": "b", "description": "d", "examples": ["y"]}\n]' }]);
  assert.match(message, /line 3, narrative "b", field "title": missing/);
});

test('examples alone make a narrative: description and keywords are optional', () => {
  const [n] = catalogueFromSources(yaml('- id: a\n  title: A\n  examples: [The US created ISIS, {text: США создали ИГИЛ, language: ru}]\n')).narratives;
  assert.equal(n.description, null);
  assert.deepEqual(n.keywords, {});
  assert.equal(n.examples.length, 2);
});

test('keywords as a plain list (or under "*") apply in every language the stage reads and the examples\' languages', () => {
  const [n] = catalogueFromSources(yaml('- id: a\n  title: A\n  examples: [{text: x y, language: uk}]\n  keywords: [biolab, Pentagon lab*]\n')).narratives;
  for (const language of ['en', 'ru', 'ar', 'de', 'fr', 'uk']) assert.deepEqual(n.keywords[language], ['biolab', 'Pentagon lab*'], language);
  const [m] = catalogueFromSources(yaml("- id: b\n  title: B\n  examples: [x]\n  keywords: {ru: [биолаборатори*], '*': [Soros]}\n")).narratives;
  assert.deepEqual(m.keywords.ru, ['биолаборатори*', 'Soros']);
  assert.deepEqual(m.keywords.en, ['Soros']);
});

test('a duplicate id is reported at its second use, with the line of the first', () => {
  const message = problem(yaml('- {id: a, title: A, description: d, examples: [x]}\n- {id: b, title: B, description: d, examples: [y]}\n- {id: a, title: C, description: d, examples: [z]}\n'));
  assert.match(message, /line 3, narrative "a", field "id": duplicate id \(first used on line 1\)/);
});

test('an id already in the built-in catalogue is a duplicate', () => {
  const base = builtInNarratives();
  try {
    catalogueFromSources(yaml('- {id: west-created-isis, title: A, description: d, examples: [x]}\n'), { base, baseName: '<built-in>' });
    assert.fail('expected an error');
  } catch (error) {
    assert.ok(isClaimtrailError(error));
    assert.match(error.message, /duplicate id \(already in the built-in catalogue \(use --narratives-only to replace it\)\)/);
  }
});

test('unknown fields, bad roles and bad language codes are named', () => {
  const message = problem(yaml('- id: a\n  title: A\n  description: d\n  exemples: [x]\n  examples: [x]\n  entities: [{id: isis, role: villain}]\n  keywords: {english: [x]}\n'));
  assert.match(message, /line 4, narrative "a", field "exemples": unknown field/);
  assert.match(message, /field "entities.role": "villain" is not a role/);
  assert.match(message, /field "keywords.english": "english" is not an ISO 639-1 code/);
});

test('with a vocabulary, unknown entity ids and predicate classes are errors with their line', () => {
  const vocabulary = { isEntity: (id: string) => id === 'isis', predicates: new Set(['CREATE']) };
  const message = problem(yaml('- id: a\n  title: A\n  description: d\n  examples: [x]\n  entities:\n    - {id: unted-states, role: accused}\n  predicates: [CREATE, INVENT]\n'), vocabulary);
  assert.match(message, /line 6, narrative "a", field "entities.id": unknown entity "unted-states"/);
  assert.match(message, /line 7, narrative "a", field "predicates": unknown predicate class "INVENT"/);
});

test('a parent that does not exist, or a cycle of parents, is an error', () => {
  assert.match(problem(yaml('- {id: a, parent: nowhere, title: A, description: d, examples: [x]}\n')), /narrative "a", field "parent": no narrative has id "nowhere"/);
  const cycle = problem(yaml('- {id: a, parent: b, title: A, description: d, examples: [x]}\n- {id: b, parent: a, title: B, description: d, examples: [y]}\n'));
  assert.match(cycle, /parents form a cycle/);
});

test('a catalogue file that does not exist is INPUT_NOT_FOUND', () => {
  assert.throws(() => loadCatalogue({ files: ['/nonexistent/catalogue.yml'] }), (e: unknown) => isClaimtrailError(e) && e.code === 'INPUT_NOT_FOUND');
});

test('files are read from disk and added to, or used instead of, the built-in catalogue', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-narratives-'));
  const path = join(dir, 'mine.yml');
  writeFileSync(path, GOOD);
  const added = loadCatalogue({ files: [path] });
  assert.ok(added.narratives.some((n) => n.id === 'west-created-isis'));
  assert.ok(added.narratives.some((n) => n.id === 'us-made-isis'));
  assert.deepEqual(added.files, ['<built-in>', path]);
  const only = loadCatalogue({ files: [path], builtIn: false });
  assert.deepEqual(only.narratives.map((n) => n.id), ['us-made-isis', 'child']);
});

test('the built-in catalogue loads, with sources, and holds the ISIS narrative with EUvsDisinfo examples', () => {
  const narratives = builtInNarratives();
  assert.ok(narratives.length >= 20, `${narratives.length} narratives`);
  for (const n of narratives) assert.ok(n.source, `${n.id} has a source`);
  const isis = narratives.find((n) => n.id === 'west-created-isis');
  assert.ok(isis);
  assert.equal(isis.title, 'The US/West created or sponsors ISIS');
  assert.ok(isis.examples.some((e) => e.text === 'The US created ISIS and terrorism in the Middle East' && e.source?.startsWith('https://euvsdisinfo.eu/report/')));
  // The Ukraine catalogue: 13 narratives, each with its claims as children.
  const ua = narratives.filter((n) => n.id.startsWith('ua-') && !n.parent);
  assert.equal(ua.length, 13);
  assert.ok(narratives.filter((n) => n.parent?.startsWith('ua-')).length >= 60);
});
