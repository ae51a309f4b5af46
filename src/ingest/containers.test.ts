import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { containerKind } from './containers.js';
import { readBytes } from './file.js';
import { ClaimtrailError } from '../core/errors.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const RSS = '<?xml version="1.0" encoding="utf-8"?>\n<!-- saved feed -->\n<rss version="2.0"><channel><title>T</title><item><title>A</title><description>The envoy said so.</description></item></channel></rss>';
const ATOM = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><content>Text.</content></entry></feed>';
const WARC = 'WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 0\r\n\r\n\r\n\r\n';
const JSONL = '{"text":"The envoy said so.","url":"https://a.example/1"}\n{"text":"Another."}\n';

test('many-article files are recognised by name and by their first bytes', () => {
  assert.equal(containerKind('a.jsonl', bytes(JSONL)), 'jsonl');
  assert.equal(containerKind('a.ndjson.gz', bytes(JSONL)), 'jsonl');
  assert.equal(containerKind('feed.xml', bytes(RSS)), 'feed');
  assert.equal(containerKind('saved', bytes(ATOM)), 'feed');
  assert.equal(containerKind('crawl.bin', bytes(WARC)), 'warc');
  assert.equal(containerKind('crawl.warc.gz', bytes('')), 'warc');
  assert.equal(containerKind('page.html', bytes('<?xml version="1.0"?><html><body><p>x</p></body></html>')), null);
  assert.equal(containerKind('note.txt', bytes('The feed of the day: <rss> is a format.')), null);
});

test('issue 16: analyze given a .jsonl, .rss, .atom, .xml or .warc(.gz) says to use ingest instead of analysing raw JSON/XML', () => {
  for (const [name, content] of [['items.jsonl', JSONL], ['items.jsonl.gz', JSONL], ['news.rss', RSS], ['news.atom', ATOM], ['feed.xml', RSS], ['feed.xml.gz', ATOM], ['crawl.warc', WARC], ['crawl.warc.gz', WARC]] as const) {
    const raw = name.endsWith('.gz') ? gzipSync(bytes(content)) : bytes(content);
    assert.throws(
      () => readBytes(raw, name),
      (e: unknown) => e instanceof ClaimtrailError && e.code === 'INPUT_FORMAT' && e.message.includes(`"${name}"`) && e.message.includes('claimtrail ingest'),
      name,
    );
  }
});
