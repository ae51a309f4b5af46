// A Hugging Face tokenizer.json, read without the tokenizers library: WordPiece (BERT, LaBSE), Unigram
// (XLM-R / SentencePiece, as in multilingual MiniLM) and WordLevel models, with their lower-casing, accent
// stripping and special tokens (the post-processor's template), so a sentence-embedding model exported to ONNX
// gets the ids it was trained on.

export interface Tokenizer {
  /** Token ids of one text, special tokens included, at most `max` ids. */
  encode(text: string, max: number): number[];
}

interface Json {
  [key: string]: unknown;
}

const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

/** Throws a plain Error describing what is unsupported; the loader names the file. */
export function parseTokenizer(raw: unknown): Tokenizer {
  const root = obj(raw);
  const model = obj(root.model);
  const normalizer = obj(root.normalizer);
  const lowercase = hasFlag(normalizer, 'lowercase') || hasType(normalizer, 'Lowercase');
  const stripAccents = hasFlag(normalizer, 'strip_accents') || hasType(normalizer, 'StripAccents') || (hasFlag(normalizer, 'lowercase') && normalizer.strip_accents !== false && normalizer.type === 'BertNormalizer');
  const normalize = (t: string) => {
    let s = t.normalize('NFKC');
    if (lowercase) s = s.toLowerCase();
    if (stripAccents) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    return s;
  };
  const added = new Map<string, number>();
  for (const a of Array.isArray(root.added_tokens) ? root.added_tokens : []) {
    const t = obj(a);
    if (typeof t.content === 'string' && typeof t.id === 'number') added.set(t.content, t.id);
  }
  let pieces: (word: string) => number[];
  let idOf: (token: string) => number | undefined;
  if (model.type === 'WordPiece' || model.type === 'WordLevel') {
    const vocab = new Map(Object.entries(obj(model.vocab)).map(([k, v]) => [k, Number(v)]));
    idOf = (t) => added.get(t) ?? vocab.get(t);
    const unk = typeof model.unk_token === 'string' ? idOf(model.unk_token) : undefined;
    const prefix = typeof model.continuing_subword_prefix === 'string' ? model.continuing_subword_prefix : '##';
    pieces = model.type === 'WordLevel' ? (w) => [vocab.get(w) ?? unk ?? 0] : (w) => wordPiece(w, vocab, prefix, unk ?? 0);
  } else if (model.type === 'Unigram') {
    const list = Array.isArray(model.vocab) ? (model.vocab as [string, number][]) : [];
    const scores = new Map<string, [number, number]>();
    list.forEach(([piece, score], id) => scores.set(piece, [id, score]));
    const unk = typeof model.unk_id === 'number' ? model.unk_id : 0;
    idOf = (t) => added.get(t) ?? scores.get(t)?.[0];
    pieces = (w) => unigram(`\u2581${w}`, scores, unk);
  } else {
    throw new Error(`tokenizer model type "${String(model.type)}" is not supported (WordPiece, Unigram or WordLevel)`);
  }
  const [before, after] = specials(obj(root.post_processor), idOf);
  return {
    encode(text, max) {
      const ids: number[] = [];
      const room = max - before.length - after.length;
      for (const w of normalize(text).match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) ?? []) {
        for (const id of pieces(w)) if (ids.length < room) ids.push(id);
        if (ids.length >= room) break;
      }
      return [...before, ...ids, ...after];
    },
  };
}

function hasFlag(n: Json, flag: string): boolean {
  if (n[flag] === true) return true;
  return Array.isArray(n.normalizers) && n.normalizers.some((x) => obj(x)[flag] === true);
}

function hasType(n: Json, type: string): boolean {
  if (n.type === type) return true;
  return Array.isArray(n.normalizers) && n.normalizers.some((x) => obj(x).type === type);
}

/** Ids added before and after the text: BertProcessing / RobertaProcessing (cls, sep) or a template's single. */
function specials(pp: Json, idOf: (t: string) => number | undefined): [number[], number[]] {
  if (Array.isArray(pp.cls) && Array.isArray(pp.sep)) return [[Number(pp.cls[1])], [Number(pp.sep[1])]];
  const processors = Array.isArray(pp.processors) ? pp.processors.map(obj) : [pp];
  for (const p of processors) {
    if (!Array.isArray(p.single)) continue;
    const before: number[] = [];
    const after: number[] = [];
    let seen = false;
    for (const part of p.single.map(obj)) {
      if (part.Sequence) seen = true;
      const special = obj(part.SpecialToken);
      if (typeof special.id !== 'string') continue;
      const id = idOf(special.id);
      if (id !== undefined) (seen ? after : before).push(id);
    }
    return [before, after];
  }
  return [[], []];
}

/** Greedy longest-match-first, as BERT does; a word with an unknown piece is one unknown token. */
function wordPiece(word: string, vocab: Map<string, number>, prefix: string, unk: number): number[] {
  const out: number[] = [];
  for (let start = 0; start < word.length; ) {
    let end = word.length;
    let id: number | undefined;
    for (; end > start; end--) {
      id = vocab.get((start ? prefix : '') + word.slice(start, end));
      if (id !== undefined) break;
    }
    if (id === undefined) return [unk];
    out.push(id);
    start = end;
  }
  return out;
}

/** The most probable segmentation (Viterbi over piece log-probabilities), unknown characters as unk. */
function unigram(word: string, scores: Map<string, [number, number]>, unk: number): number[] {
  const n = word.length;
  const best = new Float64Array(n + 1).fill(-Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  const ids = new Int32Array(n + 1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] === -Infinity) continue;
    for (let j = i + 1; j <= Math.min(n, i + 24); j++) {
      const hit = scores.get(word.slice(i, j));
      const [id, score] = hit ?? (j === i + 1 ? [unk, -20] : [-1, 0]);
      if (id < 0) continue;
      if (best[i] + score > best[j]) {
        best[j] = best[i] + score;
        from[j] = i;
        ids[j] = id;
      }
    }
  }
  const out: number[] = [];
  for (let j = n; j > 0; j = from[j]) out.push(ids[j]);
  return out.reverse();
}
