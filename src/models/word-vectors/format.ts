// The shipped file of the word vectors: a header line (magic, version, count, dimension), the vocabulary (one
// English stem key a line, as the narratives matcher keys words: "x:" dropped), then count × dim signed bytes —
// each vector scaled to unit length and quantized to int8 (×127). Cosines survive quantization to about ±0.01.
import { ClaimtrailError } from '../../core/errors.js';

export const MAGIC = 'claimtrail-word-vectors';
export const VERSION = 1;

export interface WordVectors {
  /** Stem → row. */
  index: Map<string, number>;
  words: string[];
  dim: number;
  /** count × dim, each row of unit length (zero rows stay zero). */
  data: Float32Array;
}

/** Encodes unit-normalised rows as the shipped bytes. */
export function encode(words: readonly string[], rows: Float64Array, dim: number): Uint8Array {
  for (const w of words) if (!w || /[\s]/.test(w)) throw new Error(`word "${w}" is empty or has white space`);
  const head = Buffer.from(`${MAGIC} ${VERSION} ${words.length} ${dim}\n${words.join('\n')}\n`, 'utf8');
  const body = new Int8Array(words.length * dim);
  for (let i = 0; i < words.length; i++) {
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += rows[i * dim + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) body[i * dim + d] = Math.max(-127, Math.min(127, Math.round((rows[i * dim + d] / norm) * 127)));
  }
  const out = new Uint8Array(head.length + body.length);
  out.set(head, 0);
  out.set(new Uint8Array(body.buffer), head.length);
  return out;
}

/** Decodes the shipped bytes; a truncated, padded or foreign file is refused with what is wrong. */
export function decode(bytes: Uint8Array, file: string): WordVectors {
  const fail = (detail: string): never => {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: file, detail: `${detail} (rebuild it with: npm run train -- word-vectors)` });
  };
  const firstLine = bytes.indexOf(10);
  if (firstLine < 0) fail('no header line');
  const header = Buffer.from(bytes.subarray(0, firstLine)).toString('utf8').split(' ');
  if (header[0] !== MAGIC) fail(`not a word-vector file (header "${header[0].slice(0, 40)}", expected "${MAGIC}")`);
  if (Number(header[1]) !== VERSION) fail(`format version ${header[1]}, this claimtrail reads ${VERSION}`);
  const count = Number(header[2]);
  const dim = Number(header[3]);
  if (!Number.isInteger(count) || !Number.isInteger(dim) || count <= 0 || dim <= 0) fail(`bad count or dimension in the header: "${header.slice(2).join(' ')}"`);
  const words: string[] = [];
  let at = firstLine + 1;
  for (let i = 0; i < count; i++) {
    const end = bytes.indexOf(10, at);
    if (end < 0) fail(`vocabulary ends after ${i} of ${count} words`);
    const w = Buffer.from(bytes.subarray(at, end)).toString('utf8');
    if (!w) fail(`empty word at vocabulary line ${i + 1}`);
    words.push(w);
    at = end + 1;
  }
  const expected = count * dim;
  if (bytes.length - at !== expected) fail(`expected ${expected} vector bytes (${count} × ${dim}), found ${bytes.length - at}`);
  const raw = new Int8Array(bytes.buffer, bytes.byteOffset + at, expected);
  const data = new Float32Array(expected);
  for (let i = 0; i < count; i++) {
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += raw[i * dim + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) data[i * dim + d] = raw[i * dim + d] / norm;
  }
  const index = new Map<string, number>();
  words.forEach((w, i) => {
    if (index.has(w)) fail(`word "${w}" twice in the vocabulary`);
    index.set(w, i);
  });
  return { index, words, dim, data };
}

/** Cosine of rows a and b (rows are unit length). */
export function cosine(v: WordVectors, a: number, b: number): number {
  let s = 0;
  const oa = a * v.dim;
  const ob = b * v.dim;
  for (let d = 0; d < v.dim; d++) s += v.data[oa + d] * v.data[ob + d];
  return s;
}
