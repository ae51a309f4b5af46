// WARC 1.0/1.1 files, plain or gzipped (Node's gunzip reads the gzip members one after another). Records are
// read as they stream in: a header block, Content-Length bytes of block, CRLF CRLF. Response records whose HTTP
// payload is HTML become articles; a truncated record is a problem named by its number and byte offset.
import { openInput } from './open.js';
import { itemKey, type ByteCounter, type ReaderEvent } from '../item.js';
import { ByteQueue } from './byte-queue.js';
import { httpPayload } from './http.js';

const HEADER_END = Buffer.from('\r\n\r\n');

export async function* readWarc(path: string, counter?: ByteCounter): AsyncGenerator<ReaderEvent> {
  const input = openInput(path, counter);
  const queue = new ByteQueue();
  let offset = 0; // of the next record, in the uncompressed stream
  let n = 0;
  let header: { fields: Map<string, string>; length: number; headerBytes: number } | null = null;

  const where = () => `${path} record ${n + 1} (offset ${offset})`;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      queue.push(chunk);
      for (;;) {
        if (!header) {
          queue.skipLeading(0x0d, 0x0a); // record separators, and blank lines some writers add
          const end = queue.indexOf(HEADER_END);
          if (end < 0) {
            if (queue.length > 1 << 20) throw new Error('no end of WARC header within 1 MB');
            break;
          }
          const text = queue.take(end + 4).toString('latin1');
          const parsed = parseHeader(text);
          if (typeof parsed === 'string') {
            yield { type: 'problem', origin: where(), message: `"${where()}": ${parsed}. The rest of the file is skipped.` };
            return;
          }
          header = { ...parsed, headerBytes: end + 4 };
        }
        if (queue.length < header.length) break;
        const block = queue.take(header.length);
        const event = toEvent(where(), header.fields, block);
        if (event) yield event;
        offset += header.headerBytes + header.length;
        n++;
        header = null;
        const skipped = queue.skipLeading(0x0d, 0x0a);
        offset += skipped;
      }
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === 'ENOENT' ? 'the file is gone (moved or deleted during the run)' : code === 'Z_BUF_ERROR' ? 'the gzip stream ends early (truncated file)' : (error as Error).message;
    yield { type: 'problem', origin: where(), message: `"${where()}": reading stopped: ${detail}. Records before it were read.` };
    return;
  }
  if (header || queue.length) {
    const have = header ? queue.length : 0;
    const detail = header ? `truncated: its Content-Length is ${header.length} bytes, but the file ends after ${have}` : `truncated: the file ends inside its header`;
    yield { type: 'problem', origin: where(), message: `"${where()}" is ${detail}. Records before it were read.` };
  }
}

function parseHeader(text: string): { fields: Map<string, string>; length: number } | string {
  const lines = text.split('\r\n');
  if (!/^WARC\/\d\.\d+$/.test(lines[0])) return `not a WARC record (it starts with ${JSON.stringify(lines[0].slice(0, 30))})`;
  const fields = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const length = Number(fields.get('content-length'));
  if (!Number.isInteger(length) || length < 0) return 'the record has no valid Content-Length';
  return { fields, length };
}

function toEvent(origin: string, fields: Map<string, string>, block: Buffer): ReaderEvent | null {
  if (fields.get('warc-type') !== 'response') return null; // requests, metadata, warcinfo: not articles
  const url = fields.get('warc-target-uri')?.replace(/^<|>$/g, '') ?? null;
  const payload = httpPayload(block);
  if (typeof payload === 'string') return { type: 'problem', origin, message: `"${origin}" (${url ?? 'no URL'}): ${payload}; the record is skipped.` };
  if (!payload) return null; // not HTML (images, scripts, redirects)
  // WARC-Date is the crawl time, not the publication date: the page's own date is used.
  return { type: 'item', item: { key: itemKey('warc', url ?? '', payload), origin, input: { kind: 'bytes', name: url ?? origin, bytes: payload, meta: { url } } } };
}
