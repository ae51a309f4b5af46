import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { runCli as run } from '../test-helpers.js';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

let dir = '';

const GOOD_TEXT = 'Minister denies the bridge report\n\nThe transport minister, Lena Berg, said on Tuesday that the bridge was safe.\n\n"Nothing is wrong with it," Berg told reporters.\n';
const GOOD_HTML = `<!doctype html><html lang="en"><head><title>Port reopens after storm | Coast Daily</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Port reopens after storm</h1>
<p>The harbour authority said on Friday that the port had reopened after three days of closure caused by the storm.</p>
<p>Officials said that ships waiting offshore would be let in by order of arrival, starting with ferries.</p>
<p>The authority expects normal traffic by the middle of next week, its spokesman told the local radio station.</p></article>
<footer>© Coast Daily</footer></body></html>`;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimtrail-cli-'));
  mkdirSync(join(dir, 'batch'));
  writeFileSync(join(dir, 'batch', 'a-good.txt'), GOOD_TEXT);
  writeFileSync(join(dir, 'batch', 'b-empty.txt'), '');
  writeFileSync(join(dir, 'batch', 'c-good.html'), GOOD_HTML);
  writeFileSync(join(dir, 'batch', 'd-binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0]));
  writeFileSync(join(dir, 'empty.txt'), '   \n');
  writeFileSync(join(dir, 'big.html'), Buffer.alloc(51 * 1024 * 1024, 0x61));
  writeFileSync(join(dir, 'broken.html'), '<html><body><div><p>The council said that the new tram line would open in May, two months later than planned. <p>Residents asked why the delay had not been announced earlier, and the council said it had informed them<div></span>');
  writeFileSync(join(dir, 'no-article.html'), '<html><body><nav><a href="/">Home</a></nav><footer>Contact</footer></body></html>');
  writeFileSync(join(dir, 'bad.html.gz'), Buffer.from('not gzip at all'));
  writeFileSync(join(dir, 'good.html.gz'), gzipSync(GOOD_HTML));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('a folder with bad files among good ones: the good are analysed, each bad one is named with its reason, exit non-zero', () => {
  const r = run('analyze', join(dir, 'batch'), '--format', 'jsonl');
  assert.equal(r.code, 1);
  const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: { name: string } });
  assert.deepEqual(docs.map((d) => d.source.name.split('/').pop()), ['a-good.txt', 'c-good.html']);
  assert.match(r.stderr, /b-empty\.txt" is empty/);
  assert.match(r.stderr, /d-binary\.html" looks like a binary file/);
  assert.match(r.stderr, /analysed 2 of 4 inputs; 2 failed/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
});

test('each kind of bad input gets a clear message naming the file and what to do, never a stack trace', () => {
  const cases: [string, RegExp][] = [
    ['empty.txt', /empty\.txt" is empty\. Give a saved web page/],
    ['big.html', /big\.html" is 51\.0 MB; the limit is 20\.0 MB\. Split it or raise the limit with --max-bytes/],
    ['no-article.html', /no-article\.html" has no article text/],
    ['bad.html.gz', /bad\.html\.gz" ends in \.gz but is not valid gzip/],
    ['missing.html', /missing\.html": no such file or folder/],
  ];
  for (const [name, expected] of cases) {
    const r = run('analyze', join(dir, name));
    assert.equal(r.code, 1, name);
    assert.match(r.stderr, expected, name);
    assert.doesNotMatch(r.stderr, /\n\s+at /, `${name}: no stack trace`);
  }
});

test('broken HTML and gzipped pages are read', () => {
  const broken = run('analyze', join(dir, 'broken.html'));
  assert.equal(broken.code, 0, broken.stderr);
  assert.match((JSON.parse(broken.stdout) as { text: string }).text, /new tram line would open in May/);
  const gz = run('analyze', join(dir, 'good.html.gz'), '--format', 'md');
  assert.equal(gz.code, 0, gz.stderr);
  assert.match(gz.stdout, /^# Port reopens after storm/);
});

test('usage errors exit 2 with what to do', () => {
  assert.equal(run('analyze').code, 2);
  const r = run('analyze', join(dir, 'batch'), '--format', 'xml');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /Unknown --format "xml"\. Use one of: json, jsonl, md, html/);
  assert.match(run('frobnicate').stderr, /unknown command "frobnicate"/);
});
