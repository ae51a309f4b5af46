// Issue 16: a truncated feed, JSONL file or WARC record is reported the same way through the CLI: one line saying
// the file is truncated, the run summary counting it as a problem, and exit code 1 for each kind alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../test-helpers.js';

const SENTENCE = 'The mayor said on Monday that the bridge would reopen in May.';

/** Each kind cut inside its first article, so the run reads no article and analyses nothing. */
function cutFiles(dir: string): Record<string, string> {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><description>${SENTENCE}</description></item></channel></rss>`;
  const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>A</title><content>${SENTENCE}</content></entry></feed>`;
  const jsonl = JSON.stringify({ text: SENTENCE, url: 'https://a.example/1' });
  const body = `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>${SENTENCE}</p></body></html>`;
  const warc = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/1\r\nContent-Length: ${body.length}\r\n\r\n${body}\r\n\r\n`;
  const files: Record<string, string> = {
    'cut.rss': rss.slice(0, rss.indexOf('<item>') + 30),
    'cut.atom': atom.slice(0, atom.indexOf('<entry>') + 30),
    'cut.jsonl': jsonl.slice(0, 30),
    'cut.warc': warc.slice(0, warc.indexOf('HTTP/1.1') + 40),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return files;
}

test('ingest of a truncated RSS, Atom, JSONL or WARC file: one "is truncated" line, one problem, exit 1 for each', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-truncated-'));
  try {
    for (const name of Object.keys(cutFiles(dir))) {
      const r = runCli('ingest', join(dir, name), '--db', join(dir, `${name}.sqlite`));
      assert.equal(r.code, 1, `${name}: ${r.stderr}`);
      const lines = r.stderr.split('\n').filter((l) => l.startsWith('claimtrail: '));
      assert.equal(lines.length, 1, `${name}: ${r.stderr}`);
      assert.match(lines[0], new RegExp(`${name.replace('.', '\\.')}.*is truncated`), name);
      assert.match(r.stdout, /0 stored.*; 1 problem \(see above\)/, name);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
