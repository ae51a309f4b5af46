import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromHtml } from './index.js';
import { decodeBytes } from '../decode.js';
import { toSource } from '../../core/source-map.js';
import { ClaimtrailError } from '../../core/errors.js';
import type { DocMeta } from '../../core/types.js';

const fixture = new URL('../../../test/fixtures/articles/html-envoy-interview/', import.meta.url);
const opts = { name: 'page.html', encoding: 'utf-8', bytes: 0 };

interface Expected {
  meta: DocMeta;
  firstParagraph: string;
  contains: string[];
  excludes: string[];
}

const PARA = (s: string) => `<p>${s} This sentence makes the paragraph long enough to count as article prose, with commas, clauses, and detail.</p>`;

test('fixture page: chrome removed, article kept, metadata read', () => {
  const html = readFileSync(new URL('source.html', fixture), 'utf8');
  const expected = JSON.parse(readFileSync(new URL('expected.json', fixture), 'utf8')) as Expected;
  const doc = fromHtml(html, { ...opts, url: 'https://ledger.example/x?utm=1' });
  assert.deepEqual(doc.meta, expected.meta);
  assert.equal(doc.text.split('\n\n')[0], expected.firstParagraph);
  for (const s of expected.contains) assert.ok(doc.text.includes(s), `missing: ${s}`);
  for (const s of expected.excludes) assert.ok(!doc.text.includes(s), `kept chrome: ${s}`);
  assert.equal(doc.source.kind, 'html');
  assert.ok(!/\s{3,}|[ \t]\n|\n[ \t]/.test(doc.text), 'whitespace collapsed, paragraphs separated by blank lines');
});

test('the source map leads a span of text back to the same words in the HTML', () => {
  const html = readFileSync(new URL('source.html', fixture), 'utf8');
  const doc = fromHtml(html, opts);
  for (const words of ['reported them', 'Researchers who track the claim', 'An old accusation', 'Envoy says rivals armed the militia']) {
    const start = doc.text.indexOf(words);
    const span = toSource(doc.sourceMap, { start, end: start + words.length });
    assert.ok(span, words);
    assert.equal(html.slice(span.start, span.end), words);
  }
  // A decoded entity maps onto the whole entity.
  const amp = doc.text.indexOf('& reported');
  const ampSpan = toSource(doc.sourceMap, { start: amp, end: amp + 1 });
  assert.ok(ampSpan);
  assert.equal(html.slice(ampSpan.start, ampSpan.end), '&amp;');
  const quoted = doc.text.indexOf('“created and armed”');
  const quotedSpan = toSource(doc.sourceMap, { start: quoted, end: quoted + '“created and armed”'.length });
  assert.ok(quotedSpan);
  assert.equal(html.slice(quotedSpan.start, quotedSpan.end), '&ldquo;created and armed&rdquo;');
});

test('entities are decoded and whitespace collapsed', () => {
  const doc = fromHtml(`<body><article>${PARA('Tom&nbsp;&amp;  Jerry&#8217;s\n  &quot;show&quot; &eacute;t&eacute;')}</article></body>`, opts);
  assert.ok(doc.text.startsWith('Tom & Jerry’s "show" été This sentence'));
});

test('title: og:title, JSON-LD headline, <title> without the site suffix, h1', () => {
  const body = `<body><article>${PARA('Body.')}</article></body>`;
  const meta = (head: string, extra = '') => fromHtml(`<html><head>${head}</head>${extra}${body}</html>`, opts).meta;
  assert.equal(meta('<title>Ceasefire holds in the north - The Courier</title>').title, 'Ceasefire holds in the north');
  assert.equal(meta('<title>World | Ceasefire holds in the north | The Courier</title>').title, 'Ceasefire holds in the north');
  assert.equal(meta('<meta property="og:title" content="From OG"><title>From title</title>').title, 'From OG');
  assert.equal(meta('<script type="application/ld+json">{"@type":"Article","headline":"From JSON-LD"}</script><title>T</title>').title, 'From JSON-LD');
  assert.equal(fromHtml(`<body><h1>Only an h1 here</h1><article>${PARA('Body.')}</article></body>`, opts).meta.title, 'Only an h1 here');
});

test('the title opens the text unless the article already starts with it', () => {
  const withH1 = fromHtml(`<head><title>Talks resume | Site</title></head><body><article><h1>Talks resume</h1>${PARA('Body.')}</article></body>`, opts);
  assert.equal(withH1.text.split('\n\n')[0], 'Talks resume');
  assert.equal(withH1.text.match(/Talks resume/g)?.length, 1);
  const fromMeta = fromHtml(`<head><title>Talks resume | Site</title></head><body><article>${PARA('Body.')}</article></body>`, opts);
  assert.equal(fromMeta.text.split('\n\n')[0], 'Talks resume');
  assert.equal(toSource(fromMeta.sourceMap, { start: 0, end: 5 }), null, 'a title from metadata alone maps to nothing');
});

test('authors: JSON-LD string, object and array; meta author; article:author URLs ignored; rel=author; "By" lines', () => {
  const body = (extra = '') => `<body>${extra}<article>${PARA('Body.')}</article></body>`;
  const ld = (author: string) => fromHtml(`<head><script type="application/ld+json">{"@type":"NewsArticle","author":${author}}</script></head>${body()}`, opts).meta.authors;
  assert.deepEqual(ld('"Jane Roe"'), ['Jane Roe']);
  assert.deepEqual(ld('{"@type":"Person","name":"Jane Roe"}'), ['Jane Roe']);
  assert.deepEqual(ld('[{"name":"Jane Roe"},{"name":"John Doe"}]'), ['Jane Roe', 'John Doe']);
  assert.deepEqual(fromHtml(`<head><meta name="author" content="Jane Roe and John Doe"></head>${body()}`, opts).meta.authors, ['Jane Roe', 'John Doe']);
  assert.deepEqual(fromHtml(`<head><meta property="article:author" content="https://x.example/jane"></head>${body()}`, opts).meta.authors, []);
  const rel = fromHtml(`<head></head>${body('<a rel="author" href="/jane">Jane Roe</a>')}`, opts).meta;
  assert.equal(rel.byline, 'Jane Roe');
  const by = fromHtml(`<head></head>${body('<p>By Jane Roe | March 3, 2020</p>')}`, opts).meta;
  assert.deepEqual([by.byline, by.authors], ['Jane Roe', ['Jane Roe']]);
});

test('invalid JSON-LD is skipped with a message', () => {
  const doc = fromHtml(`<head><script type="application/ld+json">{"@type": "Article", "headline": </script></head><body><article>${PARA('Body.')}</article></body>`, opts);
  assert.ok(doc.messages.some((m) => m.ruleId === 'jsonld-invalid'));
});

test('published, language, site name, url from their sources', () => {
  const body = `<article>${PARA('Body.')}</article>`;
  const meta = (head: string, extra = '', url: string | null = null) => fromHtml(`<html><head>${head}</head><body>${extra}${body}</body></html>`, { ...opts, url }).meta;
  assert.equal(meta('<meta name="date" content="2020-02-19">').published, '2020-02-19');
  assert.equal(meta('<meta name="pubdate" content="20200219T101500Z">').published, '2020-02-19T10:15:00Z');
  assert.equal(meta('', '<time datetime="2019-12-23T08:00:00-05:00">Dec 23</time>').published, '2019-12-23T08:00:00-05:00');
  assert.equal(meta('<meta property="og:locale" content="ru_RU">').language, 'ru');
  assert.equal(meta('<meta http-equiv="content-language" content="de-AT">').language, 'de');
  assert.equal(meta('<meta name="application-name" content="Courier">').siteName, 'Courier');
  assert.equal(meta('<script type="application/ld+json">{"@type":"Article","publisher":{"@type":"Organization","name":"Courier"}}</script>').siteName, 'Courier');
  assert.equal(meta('<meta property="og:url" content="https://c.example/a">').url, 'https://c.example/a');
  assert.equal(meta('<link rel="canonical" href="/a/b">', '', 'https://c.example/x/y').url, 'https://c.example/a/b');
  assert.equal(meta('', '', 'https://c.example/x').url, 'https://c.example/x');
});

test('a windows-1251 page decodes and extracts', () => {
  const ru = 'Специальный представитель заявил в интервью телеканалу, что иностранные государства создали группировку.';
  const reverse = new Map<string, number>();
  const decoder = new TextDecoder('windows-1251');
  for (let b = 0x80; b <= 0xff; b++) reverse.set(decoder.decode(new Uint8Array([b])), b);
  const html = `<html lang="ru"><head><meta charset="windows-1251"><title>Заявление посланника</title></head><body><article><p>${ru} ${ru}</p></article></body></html>`;
  const bytes = Uint8Array.from([...html], (ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : reverse.get(ch)!));
  const decoded = decodeBytes(bytes, { name: 'ru.html', isHtml: true });
  const doc = fromHtml(decoded.text, { name: 'ru.html', encoding: decoded.encoding, bytes: bytes.length });
  assert.equal(doc.source.encoding, 'windows-1251');
  assert.equal(doc.meta.language, 'ru');
  assert.equal(doc.text, `Заявление посланника\n\n${ru} ${ru}`);
});

test('broken HTML does not crash', () => {
  const doc = fromHtml(`<html><body><div><p>${PARA('Unclosed <b>bold <i>and italic')}<table><tr><td>cell</div></span></p></article>&bogus; &#xZZ;<`, opts);
  assert.ok(doc.text.includes('Unclosed bold and italic'));
});

test('a page with no article text throws INPUT_NO_ARTICLE', () => {
  const html = '<html><head><title>Nothing</title></head><body><nav><a href="/">Home</a></nav><footer>© Site</footer></body></html>';
  assert.throws(() => fromHtml(html, opts), (e: unknown) => e instanceof ClaimtrailError && e.code === 'INPUT_NO_ARTICLE' && e.message.includes('page.html'));
});
