// The HTML payload of an HTTP response as a WARC response record stores it: status line, headers, body
// (chunked transfer and gzip/deflate/br content encodings undone).
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

const HEAD_END = Buffer.from('\r\n\r\n');

/** The body when the response is a 200 with HTML (or no content type); null when it is not an article; a string when it is broken. */
export function httpPayload(block: Buffer): Buffer | null | string {
  const end = block.indexOf(HEAD_END);
  if (end < 0) return 'the HTTP response has no end of headers';
  const head = block.subarray(0, end).toString('latin1').split('\r\n');
  const status = /^HTTP\/[\d.]+\s+(\d{3})/.exec(head[0]);
  if (!status) return `not an HTTP response (${JSON.stringify(head[0].slice(0, 30))})`;
  if (status[1] !== '200') return null;
  const headers = new Map<string, string>();
  for (const line of head.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim().toLowerCase());
  }
  const type = headers.get('content-type');
  if (type && !/html/.test(type)) return null;
  let body = block.subarray(end + 4);
  try {
    if (/chunked/.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body);
    const encoding = headers.get('content-encoding') ?? '';
    if (/gzip/.test(encoding)) body = gunzipSync(body);
    else if (/deflate/.test(encoding)) body = inflateSync(body);
    else if (/br/.test(encoding)) body = brotliDecompressSync(body);
  } catch (error) {
    return `its HTTP body cannot be decoded (${(error as Error).message})`;
  }
  return body.length ? body : null;
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let i = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', i);
    if (eol < 0) throw new Error('chunked body ends inside a chunk size');
    const size = parseInt(body.subarray(i, eol).toString('latin1'), 16);
    if (!Number.isFinite(size)) throw new Error('bad chunk size');
    if (size === 0) break;
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    i = eol + 2 + size + 2;
    if (i > body.length) throw new Error('chunked body is truncated');
  }
  return Buffer.concat(parts);
}
