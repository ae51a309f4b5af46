import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isClaimtrailError } from '../../core/errors.js';
import { catalogueFromSources, loadCatalogue } from './index.js';
import { catalogueFormat } from './parse.js';

function problem(name: string, text: string): string {
  try {
    catalogueFromSources([{ name, text }]);
  } catch (error) {
    assert.ok(isClaimtrailError(error), String(error));
    assert.equal(error.code, 'CATALOGUE_INVALID');
    return error.message;
  }
  assert.fail('expected CATALOGUE_INVALID');
}

const CSV = `id,title,description,example,language,keywords
us-made-isis,The US made ISIS,Washington built the Islamic State.,The US created ISIS,en,American project
us-made-isis,,,США создали ИГИЛ,ru,американский проект
biolabs,US biolabs,,"The Pentagon runs ""secret"" labs, in Ukraine",,biolab; Pentagon lab*
us-made-isis,,,"ISIS is a US project,
said the envoy",en,
`;

test('CSV: one row per example, rows of one id merge, quoted fields keep commas, quotes and line breaks', () => {
  const { narratives } = catalogueFromSources([{ name: 'mine.csv', text: CSV }]);
  assert.deepEqual(narratives.map((n) => n.id), ['us-made-isis', 'biolabs']);
  const [isis, labs] = narratives;
  assert.equal(isis.title, 'The US made ISIS');
  assert.equal(isis.description, 'Washington built the Islamic State.');
  assert.deepEqual(isis.examples, [
    { text: 'The US created ISIS', language: 'en', source: null, date: null },
    { text: 'США создали ИГИЛ', language: 'ru', source: null, date: null },
    { text: 'ISIS is a US project,\nsaid the envoy', language: 'en', source: null, date: null },
  ]);
  assert.deepEqual(isis.keywords, { en: ['American project'], ru: ['американский проект'] });
  assert.equal(isis.origin.line, 2);
  assert.equal(labs.description, null);
  assert.equal(labs.examples[0].text, 'The Pentagon runs "secret" labs, in Ukraine');
  // No language on the row: its keywords apply in every language.
  assert.deepEqual(labs.keywords.en, ['biolab', 'Pentagon lab*']);
  assert.deepEqual(labs.keywords.ru, ['biolab', 'Pentagon lab*']);
});

test('CSV: the format is read from the extension, else from the header; a BOM and semicolons are fine', () => {
  assert.equal(catalogueFormat('x.csv', '[]'), 'csv');
  assert.equal(catalogueFormat('x.yml', 'id,title,example'), 'yaml');
  assert.equal(catalogueFormat('upload', 'id,title,example\na,A,x'), 'csv');
  assert.equal(catalogueFormat('upload', ' [{"id": "a"}]'), 'json');
  assert.equal(catalogueFormat('upload', '- id: a'), 'yaml');
  const { narratives } = catalogueFromSources([{ name: 'upload', text: '\uFEFFid;title;example\r\na;A;x y\r\n' }]);
  assert.deepEqual(narratives.map((n) => [n.id, n.examples[0].text]), [['a', 'x y']]);
});

test('CSV errors name the file, the line and the column', () => {
  assert.match(problem('c.csv', 'id,title,exemple\na,A,x\n'), /"c\.csv" is invalid: line 1, column 3 "exemple": unknown column/);
  assert.match(problem('c.csv', 'id,example\na,x\n'), /line 1, the header lacks "title"/);
  assert.match(problem('c.csv', 'id,title,example\na,A,x\nb,B\n'), /line 3, 2 columns where the header has 3/);
  assert.match(problem('c.csv', 'id,title,example\na,A,x\nb,B,"never closed\n'), /line 3, field 3: a quote opened here is never closed/);
  assert.match(problem('c.csv', 'id,title,example\na,A,say "hi"\n'), /line 2, field 3: a quote inside an unquoted field/);
  assert.match(problem('c.csv', 'id,title,example,language\na,A,x,en\nb,B,y,english\n'), /line 3, narrative "b", column "language": "english" is not an ISO 639-1 code/);
  assert.match(problem('c.csv', 'id,title,example\na,A,x\na,Other,y\n'), /line 3, narrative "a", column "title": "Other" differs from line 2 \("A"\)/);
  assert.match(problem('c.csv', 'id,title,example\na,A,\n'), /line 2, narrative "a", column "example": missing/);
  assert.match(problem('c.csv', 'id,title,example\n,A,x\n'), /line 2, entry 1, column "id": missing/);
});

test('CSV files load from disk through --narratives like YAML and JSON', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-csv-'));
  const path = join(dir, 'mine.csv');
  writeFileSync(path, CSV);
  const only = loadCatalogue({ files: [path], builtIn: false });
  assert.deepEqual(only.narratives.map((n) => n.id), ['us-made-isis', 'biolabs']);
});
