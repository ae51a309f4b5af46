// Writes a tiny sentence-embedding model of our own, for testing the backend with no download: an ONNX graph of
// one Gather (token id → vector; the backend mean-pools), serialized with a minimal protobuf writer, and a
// WordLevel tokenizer.json. Words given the same vector embed alike in any language: the tests use that to stand
// for a real multilingual model.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Protobuf wire format: varints, and length-delimited fields (strings, bytes, messages). */
function varint(n: number | bigint): number[] {
  let v = BigInt(n);
  const out: number[] = [];
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v) b |= 0x80;
    out.push(b);
  } while (v);
  return out;
}

const int = (field: number, n: number | bigint) => Uint8Array.from([...varint(field << 3), ...varint(n)]);
function bytes(field: number, data: Uint8Array | string): Uint8Array {
  const body = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return concat([Uint8Array.from([...varint((field << 3) | 2), ...varint(body.length)]), body]);
}
function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const FLOAT = 1;
const INT64 = 7;

/** ValueInfoProto: a named tensor of an element type; dims are numbers or symbolic names. */
function valueInfo(name: string, elem: number, dims: (number | string)[]): Uint8Array {
  const shape = concat(dims.map((d) => bytes(1, typeof d === 'number' ? int(1, d) : bytes(2, d))));
  const tensorType = concat([int(1, elem), bytes(2, shape)]);
  return concat([bytes(1, name), bytes(2, bytes(1, tensorType))]);
}

/** ONNX ModelProto bytes: input_ids [batch, tokens] → Gather(table) → last_hidden_state [batch, tokens, dims]. */
export function tinyModelBytes(table: number[][]): Uint8Array {
  const dims = table[0].length;
  const raw = new Float32Array(table.flat());
  const initializer = concat([int(1, table.length), int(1, dims), int(2, FLOAT), bytes(8, 'embeddings'), bytes(9, new Uint8Array(raw.buffer))]);
  const node = concat([bytes(1, 'embeddings'), bytes(1, 'input_ids'), bytes(2, 'last_hidden_state'), bytes(3, 'gather'), bytes(4, 'Gather')]);
  const graph = concat([
    bytes(1, node),
    bytes(2, 'tiny-embeddings'),
    bytes(5, initializer),
    bytes(11, valueInfo('input_ids', INT64, ['batch', 'tokens'])),
    bytes(12, valueInfo('last_hidden_state', FLOAT, ['batch', 'tokens', dims])),
  ]);
  const opset = concat([bytes(1, ''), int(2, 13)]);
  return concat([int(1, 8), bytes(2, 'claimtrail tiny-model'), bytes(7, graph), bytes(8, opset)]);
}

/**
 * A model folder: `groups` are words that share a vector (one group per sense, any language); every other word is
 * [UNK], whose vector is small. Returns the folder.
 */
export function writeTinyModel(dir: string, groups: string[][], dims = 8): string {
  mkdirSync(dir, { recursive: true });
  const vocab: Record<string, number> = { '[UNK]': 0 };
  const table: number[][] = [Array.from({ length: dims }, () => 0.01)];
  groups.forEach((words, g) => {
    const vector = Array.from({ length: dims }, (_, k) => (k === g % dims ? 1 : 0) + (k === (g * 3 + 1) % dims ? 0.5 : 0));
    table.push(vector);
    for (const w of words) vocab[w.toLowerCase()] = table.length - 1;
  });
  writeFileSync(join(dir, 'model.onnx'), tinyModelBytes(table));
  const tokenizer = { version: '1.0', normalizer: { type: 'Lowercase' }, added_tokens: [], model: { type: 'WordLevel', vocab, unk_token: '[UNK]' } };
  writeFileSync(join(dir, 'tokenizer.json'), JSON.stringify(tokenizer));
  return dir;
}
