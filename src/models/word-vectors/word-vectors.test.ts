import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { ClaimtrailError } from '../../core/errors.js';
import { cosine, decode, encode, loadWordVectors, nearest, VECTORS_FILE } from './index.js';
import { cooccurrences, ppmi, symmetricEigen, truncatedSvd } from './ppmi-svd.js';
import { retrofit } from './retrofit.js';

const words = (list: { word: string }[]) => list.map((n) => n.word);

test('the shipped vectors: nearest neighbours of claim words are their synonyms and kin', () => {
  const v = loadWordVectors();
  assert.ok(v, 'src/models/word-vectors/data/vectors.bin is shipped');
  assert.equal(v.dim, 100);
  assert.ok(v.words.length > 10_000);
  assert.ok(words(nearest(v, 'sanction', 5)).includes('embargo') || words(nearest(v, 'sanction', 5)).includes('punit'));
  assert.ok(words(nearest(v, 'coup', 3)).includes('etat'));
  assert.ok(words(nearest(v, 'fund', 3)).includes('monei'));
  assert.ok(words(nearest(v, 'weapon', 10)).includes('arm'));
  const lie = words(nearest(v, 'lie', 10));
  assert.ok(lie.includes('disinform') && lie.includes('propaganda'), lie.join(' '));
  // Unrelated words stay apart.
  assert.ok(cosine(v, v.index.get('sanction')!, v.index.get('vaccin')!) < 0.3);
  assert.deepEqual(nearest(v, 'nosuchstemxyz'), []);
  assert.ok(readFileSync(VECTORS_FILE).length < 2 * 1024 * 1024, 'under 2 MB');
});

test('encode → decode keeps cosines to quantization error', () => {
  const rows = Float64Array.from([1, 0, 0, 0.8, 0.6, 0, -0.2, 0.1, 3]);
  const v = decode(encode(['alpha', 'beta', 'gamma'], rows, 3), 'mem');
  assert.deepEqual(v.words, ['alpha', 'beta', 'gamma']);
  assert.ok(Math.abs(cosine(v, 0, 1) - 0.8) < 0.01);
  assert.ok(Math.abs(cosine(v, 0, 0) - 1) < 1e-6);
});

test('a broken vectors file is refused with what is wrong and how to rebuild it', () => {
  const good = encode(['alpha', 'beta'], Float64Array.from([1, 0, 0, 1]), 2);
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-vectors-'));
  const cases: [Uint8Array, RegExp][] = [
    [good.subarray(0, good.length - 1), /expected 4 vector bytes \(2 × 2\), found 3/],
    [Uint8Array.from([...good, 0]), /found 5/],
    [new TextEncoder().encode('{"weights": []}\n'), /not a word-vector file/],
    [new TextEncoder().encode('claimtrail-word-vectors 9 2 2\n'), /format version 9/],
    [new TextEncoder().encode('claimtrail-word-vectors 1 3 2\nalpha\n'), /vocabulary ends after 1 of 3 words/],
    [encode(['alpha', 'alpha'], Float64Array.from([1, 0, 0, 1]), 2), /"alpha" twice/],
    [new Uint8Array(0), /no header line/],
  ];
  cases.forEach(([bytes, message], i) => {
    const file = join(dir, `v${i}.bin`);
    writeFileSync(file, bytes);
    assert.throws(() => loadWordVectors(file), (e: unknown) => e instanceof ClaimtrailError && message.test(e.message) && /npm run train -- word-vectors/.test(e.message) && e.message.includes(file), String(message));
  });
  assert.equal(loadWordVectors(join(dir, 'absent.bin')), null, 'no file: no vectors, soft matching off');
});

test('PPMI-SVD: words that share contexts but never meet come out alike', () => {
  // 0 "tea" and 1 "coffee" both follow 2 "drink" and precede 3 "hot"; 4 "car" goes with 5 "drive", 6 "fast".
  const s = (...ids: number[]) => Int32Array.from(ids);
  const corpus = [s(2, 0, 3), s(2, 1, 3), s(5, 4, 6), s(2, 0, 3, 7), s(2, 1, 3, 7), s(5, 4, 6, 7), s(5, 4, 6)];
  const m = ppmi(cooccurrences(corpus, 8, 2), 8);
  const rows = truncatedSvd(m, 4, 1);
  const cos = (a: number, b: number) => {
    let d = 0;
    let na = 0;
    let nb = 0;
    for (let i = 0; i < 4; i++) (d += rows[a * 4 + i] * rows[b * 4 + i]), (na += rows[a * 4 + i] ** 2), (nb += rows[b * 4 + i] ** 2);
    return d / Math.sqrt(na * nb);
  };
  assert.ok(cos(0, 1) > 0.9, `tea ~ coffee ${cos(0, 1)}`);
  assert.ok(cos(0, 4) < cos(0, 1) - 0.5, `tea !~ car ${cos(0, 4)}`);
});

test('the Jacobi eigen-solver recovers a known spectrum', () => {
  const { values } = symmetricEigen(Float64Array.from([2, 1, 0, 1, 2, 0, 0, 0, 5]), 3);
  assert.deepEqual([...values].map((x) => Math.round(x * 1e6) / 1e6).sort(), [1, 3, 5]);
});

test('retrofitting pulls lexicon synonyms together and leaves other words be', () => {
  const rows = Float64Array.from([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  retrofit(rows, 3, [[0, 1]], 10);
  const dot = (a: number, b: number) => rows[a * 3] * rows[b * 3] + rows[a * 3 + 1] * rows[b * 3 + 1] + rows[a * 3 + 2] * rows[b * 3 + 2];
  assert.ok(dot(0, 1) / Math.sqrt(dot(0, 0) * dot(1, 1)) > 0.7, 'was 0');
  assert.deepEqual([...rows.subarray(6)], [0, 0, 1]);
});
