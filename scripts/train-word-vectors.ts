// npm run train -- word-vectors: distributional vectors over the narratives matcher's English stem keys ("x:" keys,
// src/knowledge/lexicons), so that a sentence word no example has ("nurtured") can meet a similar example word
// ("created"). English text of ../shared/datasets (see CORPUS; the UA narratives catalogue is left out: it is the
// few-shot evaluation) → stem keys per sentence → ±5 co-occurrences (1/distance) → PPMI (α 0.75) → randomized SVD
// → mean-centred, retrofitted to the lexicons' synonyms (core.yml senses, FreeDict co-translations) → unit rows
// quantized to int8 in src/models/word-vectors/data/vectors.bin. Deterministic; ~1 min on 2 cores.
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASETS } from '../eval/dataset-paths.js';
import { interlingualKeys } from '../src/knowledge/lexicons/index.js';
import { encode, decode, nearest } from '../src/models/word-vectors/index.js';
import { cooccurrences, ppmi, truncatedSvd } from '../src/models/word-vectors/ppmi-svd.js';
import { retrofit } from '../src/models/word-vectors/retrofit.js';
import { parse } from 'yaml';

const OUT = fileURLToPath(new URL('../src/models/word-vectors/data/vectors.bin', import.meta.url));
const WINDOW = 5; // ±2 was tried: weaker matches on eval/narratives, no fewer topical neighbours
const MIN_COUNT = 5;
const MAX_VOCAB = 14_000;
const DIM = 100;
const SEED = 20261206;
/** Least corpus cosine of two co-translations for the lexicon to pull them together (drops polysemy: мир → peace, world). */
const LEXICON_MIN_COSINE = 0.15;
const LEXICONS = new URL('../src/knowledge/lexicons/data/', import.meta.url);

/** Each source: its dataset folder (licence in its SOURCE.txt, named in MODEL_CARD.md) and how to read its text. */
const CORPUS: { name: string; read: () => string[] }[] = [
  { name: 'narratives/euvsdisinfo-cases-2021 (case titles)', read: () => csvColumn('narratives/euvsdisinfo-cases-2021/posts.csv', 'title') },
  { name: 'techniques/ptc (train articles)', read: () => files('techniques/ptc/train-articles', '.txt') },
  { name: 'attribution/polnear (train + dev texts)', read: () => [...files('attribution/polnear/train/text', '.txt'), ...files('attribution/polnear/dev/text', '.txt')] },
  {
    name: 'claim-retrieval/clef2020-t2 (verified claims, titles, tweets)',
    read: () => [...tsvColumns('claim-retrieval/clef2020-t2/verified_claims.docs.tsv', [1, 2]), ...tsvColumns('claim-retrieval/clef2020-t2/train/tweets.queries.tsv', [1]), ...tsvColumns('claim-retrieval/clef2020-t2/dev/tweets.queries.tsv', [1])],
  },
  { name: 'checkworthiness/claimbuster (3xNCS sentences)', read: () => (JSON.parse(readFileSync(join(DATASETS, 'checkworthiness/claimbuster/3xNCS.json'), 'utf8')) as { text: string }[]).map((r) => r.text) },
  { name: 'checkworthiness/clef2019-t1 (debate lines)', read: () => dirTsv('checkworthiness/clef2019-t1/training', 2) },
  { name: 'checkworthiness/clef2020-t5 (debate lines)', read: () => dirTsv('checkworthiness/clef2020-t5/train-v2/training', 2) },
  { name: 'checkworthiness/clef2020-t1-tweets (tweets)', read: () => [...tsvColumns('checkworthiness/clef2020-t1-tweets/training_v2.tsv', [3]), ...tsvColumns('checkworthiness/clef2020-t1-tweets/dev_v2.tsv', [3])] },
];

function files(dir: string, ext: string): string[] {
  const path = join(DATASETS, dir);
  return readdirSync(path).filter((f) => f.endsWith(ext)).sort().map((f) => readFileSync(join(path, f), 'utf8'));
}

function tsvColumns(file: string, columns: number[]): string[] {
  const out: string[] = [];
  for (const line of readFileSync(join(DATASETS, file), 'utf8').split('\n').slice(1)) {
    const cells = line.split('\t');
    for (const c of columns) if (cells[c]) out.push(cells[c].replace(/^"|"$/g, '').replace(/""/g, '"'));
  }
  return out;
}

function dirTsv(dir: string, column: number): string[] {
  const path = join(DATASETS, dir);
  return readdirSync(path).filter((f) => f.endsWith('.tsv')).sort().flatMap((f) => readFileSync(join(path, f), 'utf8').split('\n').map((l) => l.split('\t')[column] ?? ''));
}

/** One column of a CSV with a header row and double-quoted fields. */
function csvColumn(file: string, name: string): string[] {
  const text = readFileSync(join(DATASETS, file), 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  const at = rows[0].indexOf(name);
  return rows.slice(1).map((r) => r[at] ?? '');
}

/** A text → sentences → the x: stem keys of their words, as the matcher keys English (stop words give none). */
function keyedSentences(text: string): string[][] {
  const out: string[][] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    const keys: string[] = [];
    for (const word of sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
      for (const part of word.split(/[-'’]/)) {
        if (!part) continue;
        const x = interlingualKeys(part, 'en').find((k) => k.startsWith('x:'));
        if (x && !/\d/.test(x)) keys.push(x.slice(2));
      }
    }
    if (keys.length > 1) out.push(keys);
  }
  return out;
}

/**
 * Pairs of vocabulary stems the lexicons call the same: English words of one core.yml sense (hand-written synonym
 * sets), and English stems given for one foreign stem in data/<lang>.tsv (FreeDict-derived) where the corpus
 * already finds them somewhat alike.
 */
function lexiconEdges(id: Map<string, number>, rows: Float64Array): [number, number][] {
  const out = new Set<number>();
  const n = id.size;
  const add = (group: string[], filter: boolean) => {
    const ids = [...new Set(group.map((w) => id.get(w)).filter((i): i is number => i !== undefined))];
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        if (filter && cos(rows, ids[a], ids[b]) < LEXICON_MIN_COSINE) continue;
        out.add(Math.min(ids[a], ids[b]) * n + Math.max(ids[a], ids[b]));
      }
    }
  };
  const core = parse(readFileSync(new URL('core.yml', LEXICONS), 'utf8')) as { kind?: string; terms: { en?: string[] } }[];
  for (const e of core) {
    if (e.kind === 'name' || !e.terms.en) continue;
    add(e.terms.en.map((w) => interlingualKeys(w, 'en').find((k) => k.startsWith('x:'))?.slice(2) ?? ''), false);
  }
  for (const language of ['ru', 'de', 'fr', 'ar']) {
    for (const line of readFileSync(new URL(`${language}.tsv`, LEXICONS), 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      add(line.split('\t')[1].split(' ').slice(0, 3), true);
    }
  }
  return [...out].map((k) => [Math.floor(k / n), k % n]);
}

/**
 * Unit rows less their mean: PPMI-SVD vectors share a common direction (word frequency) that makes every pair look
 * alike by ~0.2 (Mu & Viswanath 2018, "all-but-the-top"); without it a cosine threshold means more.
 */
function center(rows: Float64Array, dim: number): void {
  const n = rows.length / dim;
  const mean = new Float64Array(dim);
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += rows[i * dim + d] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) {
      rows[i * dim + d] /= norm;
      mean[d] += rows[i * dim + d] / n;
    }
  }
  for (let i = 0; i < n; i++) for (let d = 0; d < dim; d++) rows[i * dim + d] -= mean[d];
}

function cos(rows: Float64Array, a: number, b: number): number {
  let s = 0;
  let na = 0;
  let nb = 0;
  for (let d = 0; d < DIM; d++) {
    s += rows[a * DIM + d] * rows[b * DIM + d];
    na += rows[a * DIM + d] ** 2;
    nb += rows[b * DIM + d] ** 2;
  }
  return s / Math.sqrt(na * nb || 1);
}

function main(): void {
  if (!existsSync(DATASETS)) {
    console.error(`datasets not found at ${DATASETS} (set CLAIMTRAIL_DATASETS)`);
    process.exit(1);
  }
  const t0 = performance.now();
  const seen = new Set<string>();
  const sentences: string[][] = [];
  for (const source of CORPUS) {
    let texts = 0;
    let tokens = 0;
    for (const text of source.read()) {
      const t = text.trim();
      if (!t || seen.has(t)) continue; // ClaimBuster and the CLEF debates share lines
      seen.add(t);
      texts++;
      for (const s of keyedSentences(t)) {
        sentences.push(s);
        tokens += s.length;
      }
    }
    console.log(`${source.name}: ${texts} texts, ${tokens} keyed tokens`);
  }
  const freq = new Map<string, number>();
  for (const s of sentences) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const vocab = [...freq].filter(([, c]) => c >= MIN_COUNT).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_VOCAB).map(([w]) => w);
  const id = new Map(vocab.map((w, i) => [w, i]));
  const total = sentences.reduce((n, s) => n + s.length, 0);
  console.log(`${sentences.length} sentences, ${total} tokens, ${freq.size} stems, vocabulary ${vocab.length} (count ≥ ${MIN_COUNT})`);
  const encoded = sentences.map((s) => Int32Array.from(s, (w) => id.get(w) ?? -1));
  const counts = cooccurrences(encoded, vocab.length, WINDOW);
  const m = ppmi(counts, vocab.length);
  console.log(`PPMI: ${m.value.length} non-zero entries (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const rows = truncatedSvd(m, DIM, SEED);
  center(rows, DIM);
  const edges = lexiconEdges(id, rows);
  retrofit(rows, DIM, edges, 10);
  console.log(`retrofitted to ${edges.length} lexicon pairs (core.yml senses; FreeDict co-translations with corpus cosine ≥ ${LEXICON_MIN_COSINE})`);
  const bytes = encode(vocab, rows, DIM);
  mkdirSync(join(OUT, '..'), { recursive: true });
  writeFileSync(OUT, bytes);
  console.log(`wrote ${OUT}: ${(bytes.length / 1024).toFixed(0)} KiB, ${vocab.length} × ${DIM} int8 (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  console.log('the check-worthiness model reads these vectors: retrain it (npm run train -- checkworthiness --clusters=256, then npm run train -- checkworthiness)');
  const v = decode(bytes, OUT);
  for (const w of ['creat', 'fund', 'lie', 'sanction', 'coup', 'nurtur', 'encircl', 'puppet', 'stage', 'fabric', 'arm', 'support']) {
    console.log(`  ${w}: ${nearest(v, w, 8).map((n) => `${n.word} ${n.cosine.toFixed(2)}`).join(', ')}`);
  }
}

main();
