import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ReaderEvent } from '../item.js';
import { planInputs, readInputs } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-readers-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

async function read(...names: string[]): Promise<ReaderEvent[]> {
  const { inputs, problems } = planInputs(names.map((n) => join(dir, n)));
  const out: ReaderEvent[] = problems.map((message) => ({ type: 'problem', origin: '', message }));
  for await (const e of readInputs(inputs)) out.push(e);
  return out;
}
const items = (events: ReaderEvent[]) => events.flatMap((e) => (e.type === 'item' ? [e.item] : []));
const problems = (events: ReaderEvent[]) => events.flatMap((e) => (e.type === 'problem' ? [e.message] : []));

test('jsonl: articles with their metadata; a corrupt line is reported by line and the rest is read', async () => {
  writeFileSync(
    join(dir, 'a.jsonl'),
    [
      JSON.stringify({ text: 'First\n\nThe mayor opened the bridge.', url: 'https://a.example/1', outlet: 'A', published: '2024-01-02', language: 'en' }),
      '{"text": "broken',
      JSON.stringify({ html: '<p>Second</p>', title: 'Second' }),
      JSON.stringify({ title: 'no body' }),
      '',
    ].join('\n'),
  );
  const events = await read('a.jsonl');
  const got = items(events);
  assert.equal(got.length, 2);
  assert.deepEqual(got[0].input.kind === 'text' && got[0].input.meta, { url: 'https://a.example/1', outlet: 'A', published: '2024-01-02', language: 'en' });
  assert.equal(got[1].input.kind, 'html');
  assert.equal(got[1].origin, `${join(dir, 'a.jsonl')}:3`);
  const bad = problems(events);
  assert.equal(bad.length, 2);
  assert.match(bad[0], /a\.jsonl:2": not valid JSON/);
  assert.match(bad[1], /a\.jsonl:4": has neither "text" nor "html"/);
});

test('RSS and Atom: items with content, title, link, date and the channel as outlet', async () => {
  writeFileSync(
    join(dir, 'f.rss'),
    `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>River Post</title><language>en-gb</language>
     <item><title>Flood warning</title><link>https://river.example/flood</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
       <description>Short.</description><content:encoded><![CDATA[<p>The river rose by two metres overnight.</p><p>Residents were moved to the school.</p>]]></content:encoded></item>
     <item><title>Market day</title><link>https://river.example/market</link><description>&lt;p&gt;Stalls return to the square on Saturday.&lt;/p&gt;</description></item>
     </channel></rss>`,
  );
  writeFileSync(
    join(dir, 'f.atom'),
    `<feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Times</title><entry><title>Road reopens</title><link rel="alternate" href="https://hill.example/road"/>
     <published>2024-03-06T08:00:00Z</published><content type="html">&lt;p&gt;The hill road reopened after repairs.&lt;/p&gt;</content></entry></feed>`,
  );
  const got = items(await read('f.rss', 'f.atom'));
  assert.equal(got.length, 3);
  const [flood, market, road] = got.map((i) => (i.input.kind === 'text' ? i.input : null));
  assert.equal(flood?.text, 'Flood warning\n\nThe river rose by two metres overnight.\n\nResidents were moved to the school.');
  assert.deepEqual(flood?.meta, { url: 'https://river.example/flood', title: 'Flood warning', published: '2024-03-05T10:00:00.000Z', outlet: 'River Post', language: 'en' });
  assert.equal(market?.text, 'Market day\n\nStalls return to the square on Saturday.');
  assert.equal(road?.meta.url, 'https://hill.example/road');
  assert.equal(road?.meta.outlet, 'Hill Times');
  assert.equal(road?.meta.published, '2024-03-06T08:00:00Z');
});

test('a feed that is not XML, or XML that is not a feed, is refused with its file', async () => {
  writeFileSync(join(dir, 'bad.rss'), 'Sorry, this page has moved.');
  writeFileSync(join(dir, 'page.xml'), '<html><body><p>Hello</p></body></html>');
  const events = await read('bad.rss', 'page.xml');
  assert.equal(items(events).length, 0);
  const [a, b] = problems(events);
  assert.match(a, /bad\.rss" is not XML/);
  assert.match(b, /page\.xml" is not an RSS or Atom feed: its root element is <html>/);
});

test('issue 16: a truncated RSS feed is reported (the cut item with its number); the items before it are read', async () => {
  const item = (i: number) => `<item><title>Story ${i}</title><link>https://river.example/${i}</link><description>The river rose by ${i} metres overnight, officials said.</description></item>`;
  const whole = `<?xml version="1.0"?><rss version="2.0"><channel><title>River Post</title>${[1, 2, 3, 4].map(item).join('')}</channel></rss>`;
  writeFileSync(join(dir, 'cut-item.rss'), whole.slice(0, whole.indexOf('<item><title>Story 3') + 60));
  writeFileSync(join(dir, 'cut-channel.rss'), whole.slice(0, whole.indexOf('</channel>')));
  writeFileSync(join(dir, 'whole.rss'), whole);
  const cutItem = await read('cut-item.rss');
  assert.deepEqual(items(cutItem).map((i) => i.input.kind === 'text' && i.input.meta.url), ['https://river.example/1', 'https://river.example/2']);
  assert.equal(problems(cutItem).length, 1);
  assert.match(problems(cutItem)[0], /cut-item\.rss item 3 \(character \d+\)" is truncated: the file ends inside it/);
  const cutChannel = await read('cut-channel.rss');
  assert.equal(items(cutChannel).length, 4);
  assert.match(problems(cutChannel)[0], /cut-channel\.rss" is truncated: the file ends inside <channel>.*after item 4/);
  assert.deepEqual(problems(await read('whole.rss')), []);
});

test('issue 16: a truncated Atom feed is reported as the RSS one is', async () => {
  const entry = (i: number) => `<entry><title>Story ${i}</title><link href="https://lake.example/${i}"/><id>urn:lake:${i}</id><updated>2024-01-0${i}T00:00:00Z</updated><content type="text">The lake rose by ${i} metres, officials said.</content></entry>`;
  const whole = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Lake Post</title>${[1, 2, 3].map(entry).join('')}</feed>`;
  writeFileSync(join(dir, 'cut-entry.atom'), whole.slice(0, whole.indexOf('<entry><title>Story 3') + 50));
  writeFileSync(join(dir, 'cut-feed.atom'), whole.slice(0, whole.indexOf('</feed>')));
  const cutEntry = await read('cut-entry.atom');
  assert.deepEqual(items(cutEntry).map((i) => i.input.kind === 'text' && i.input.meta.url), ['https://lake.example/1', 'https://lake.example/2']);
  assert.deepEqual(problems(cutEntry).length, 1);
  assert.match(problems(cutEntry)[0], /cut-entry\.atom item 3 \(character \d+\)" is truncated: the file ends inside it/);
  const cutFeed = await read('cut-feed.atom');
  assert.equal(items(cutFeed).length, 3);
  assert.match(problems(cutFeed)[0], /cut-feed\.atom" is truncated: the file ends inside <feed>.*after item 3/);
});

test('issue 16: JSONL whose last line is cut (no newline after it) is reported as truncated; a broken line with one is not', async () => {
  const line = (i: number) => JSON.stringify({ text: `Story ${i}\n\nThe mayor said the bridge ${i} would reopen.`, url: `https://town.example/${i}` });
  const whole = `${[1, 2, 3].map(line).join('\n')}\n`;
  writeFileSync(join(dir, 'cut.jsonl'), whole.slice(0, whole.indexOf(line(3)) + 30));
  const cut = await read('cut.jsonl');
  assert.equal(items(cut).length, 2);
  assert.deepEqual(problems(cut).length, 1);
  assert.match(problems(cut)[0], /cut\.jsonl:3" is truncated: the file ends inside this line .*Lines before it were read/);
  writeFileSync(join(dir, 'cut.jsonl.gz'), gzipSync(whole.slice(0, whole.indexOf(line(3)) + 30)));
  assert.match(problems(await read('cut.jsonl.gz'))[0], /cut\.jsonl\.gz:3" is truncated/);
  writeFileSync(join(dir, 'bad-last.jsonl'), `${line(1)}\n{"text": "broken\n`);
  const badLast = problems(await read('bad-last.jsonl'));
  assert.equal(badLast.length, 1);
  assert.match(badLast[0], /bad-last\.jsonl:2": not valid JSON/);
});

test('a feed read in chunks keeps a multi-byte character split across two chunks', async () => {
  // Files are read in 64 KB chunks: the first "Ж" (two bytes) starts at byte 65535, the last of the first chunk.
  const head = '<?xml version="1.0"?><rss><channel><title>T</title><item><title>';
  const tail = '</title><description>';
  const feed = `${head}${'x'.repeat(65535 - head.length - tail.length)}${tail}Ж. ${'Жук сказал, что река поднялась. '.repeat(20)}</description></item></channel></rss>`;
  writeFileSync(join(dir, 'split.rss'), feed);
  const [got] = items(await read('split.rss'));
  assert.ok(got.input.kind === 'text' && !got.input.text.includes('\ufffd'));
});

function record(type: string, uri: string, block: string): Buffer {
  const body = Buffer.from(block);
  return Buffer.concat([Buffer.from(`WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nContent-Length: ${body.length}\r\n\r\n`), body, Buffer.from('\r\n\r\n')]);
}
const page = (title: string) => `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>The council voted to rebuild the old market hall next spring.</p></article></body></html>`;

test('WARC and WARC.gz (one gzip member per record): HTML responses become articles, other records are passed over', async () => {
  const records = [record('warcinfo', '', 'software: test'), record('request', 'https://t.example/a', 'GET /a HTTP/1.1\r\n\r\n'), record('response', 'https://t.example/a', page('Hall vote')), record('response', 'https://t.example/logo.png', 'HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG'), record('response', 'https://t.example/b', page('Second page'))];
  writeFileSync(join(dir, 'c.warc'), Buffer.concat(records));
  writeFileSync(join(dir, 'c2.warc.gz'), Buffer.concat(records.map((r) => gzipSync(r))));
  for (const name of ['c.warc', 'c2.warc.gz']) {
    const events = await read(name);
    assert.deepEqual(problems(events), [], name);
    const got = items(events);
    assert.deepEqual(got.map((i) => i.input.meta?.url), ['https://t.example/a', 'https://t.example/b'], name);
    assert.match(got[0].origin, /record 3 \(offset \d+\)/);
  }
});

test('a truncated WARC record is reported with its number and offset; the records before it are read', async () => {
  const whole = Buffer.concat([record('response', 'https://t.example/a', page('One')), record('response', 'https://t.example/b', page('Two'))]);
  writeFileSync(join(dir, 'cut.warc'), whole.subarray(0, whole.length - 60));
  writeFileSync(join(dir, 'cut.warc.gz'), gzipSync(whole).subarray(0, 200));
  const events = await read('cut.warc');
  assert.equal(items(events).length, 1);
  const [p] = problems(events);
  assert.match(p, /cut\.warc record 2 \(offset \d+\)" is truncated: its Content-Length is \d+ bytes, but the file ends after \d+/);
  const gz = problems(await read('cut.warc.gz'));
  assert.equal(gz.length, 1);
  assert.match(gz[0], /cut\.warc\.gz record 1 \(offset 0\)": reading stopped: the gzip stream ends early|truncated/);
});

test('a file that vanishes between listing and reading is reported, and the next file is read', async () => {
  writeFileSync(join(dir, 'gone.txt'), 'Gone\n\nThis file will be deleted.');
  writeFileSync(join(dir, 'kept.txt'), 'Kept\n\nThis file stays.');
  const { inputs } = planInputs([join(dir, 'gone.txt'), join(dir, 'kept.txt')]);
  rmSync(join(dir, 'gone.txt'));
  const events: ReaderEvent[] = [];
  for await (const e of readInputs(inputs)) events.push(e);
  assert.equal(items(events).length, 1);
  assert.match(problems(events)[0], /gone\.txt": the file is gone \(moved or deleted during the run\)/);
});
