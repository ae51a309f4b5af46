// Files that hold many articles (JSON Lines, RSS/Atom feeds, WARC crawls) are not one article: analysing their raw
// JSON or XML as a page gives nonsense, so they are refused with a pointer to `claimtrail ingest`, which reads each item.
import { ClaimtrailError } from '../core/errors.js';

export type ContainerKind = 'jsonl' | 'feed' | 'warc';

const NAMES: Record<ContainerKind, string> = {
  jsonl: 'a JSON Lines file (one article a line)',
  feed: 'an RSS or Atom feed (one article an item)',
  warc: 'a WARC crawl (one page a record)',
};

/** What kind of many-article file this is, by its name and first bytes (after decompression); null for an article. */
export function containerKind(name: string, bytes: Uint8Array): ContainerKind | null {
  const n = name.toLowerCase().replace(/\.gz$/, '');
  if (/\.(jsonl|ndjson)$/.test(n)) return 'jsonl';
  if (/\.(warc|arc)$/.test(n)) return 'warc';
  if (/\.(rss|atom)$/.test(n)) return 'feed';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(/^\ufeff|^\xef\xbb\xbf/, '').trimStart();
  if (/^WARC\/\d\.\d+\r?\n/.test(head)) return 'warc';
  // A feed's root element, after an optional XML declaration, comments and processing instructions.
  const root = head.replace(/^(<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*)*/, '');
  if (/^<(rss|feed|rdf:rdf)[\s>]/i.test(root)) return 'feed';
  return null;
}

/** Throws INPUT_FORMAT naming the input and the command to use when the bytes are a many-article file. */
export function refuseContainer(name: string, bytes: Uint8Array): void {
  const kind = containerKind(name, bytes);
  if (!kind) return;
  throw new ClaimtrailError('INPUT_FORMAT', {
    input: name,
    detail: `this is ${NAMES[kind]}, not one article. Use "claimtrail ingest ${name} --db corpus.db" to analyse and store each of its articles.`,
  });
}
