// BM25 (Robertson & Zaragoza; k1 = 1.2, b = 0.75 by default) over an in-memory inverted index in typed arrays, so
// that 100,000 short documents fit in a few megabytes and a query touches only the postings of its terms.
// The corpus store's full-text index (SQLite FTS5, also BM25) can stand in for it; the re-ranker takes any scores.

export interface Bm25Options {
  k1?: number;
  b?: number;
}

export interface Hit {
  /** Index of the document, in the order given to the index. */
  doc: number;
  score: number;
}

export class Bm25Index {
  readonly size: number;
  private readonly k1: number;
  private readonly b: number;
  private readonly vocabulary = new Map<string, number>();
  private readonly offsets: Int32Array;
  private readonly docs: Int32Array;
  private readonly tfs: Float32Array;
  private readonly norms: Float32Array;
  private readonly idfs: Float32Array;
  private readonly scores: Float32Array;
  private readonly touched: Int32Array;

  /** `documents`: each document's terms (see terms() in text.ts). */
  constructor(documents: readonly (readonly string[])[], options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
    this.size = documents.length;
    // Pass 1: term ids and document frequencies; pass 2: postings into flat arrays (term-major).
    const counts: Map<number, number>[] = [];
    const df: number[] = [];
    let total = 0;
    for (const terms of documents) {
      const c = new Map<number, number>();
      for (const t of terms) {
        let id = this.vocabulary.get(t);
        if (id === undefined) {
          id = this.vocabulary.size;
          this.vocabulary.set(t, id);
          df.push(0);
        }
        c.set(id, (c.get(id) ?? 0) + 1);
      }
      for (const id of c.keys()) df[id]++;
      counts.push(c);
      total += terms.length;
    }
    const V = this.vocabulary.size;
    this.offsets = new Int32Array(V + 1);
    for (let t = 0; t < V; t++) this.offsets[t + 1] = this.offsets[t] + df[t];
    const fill = this.offsets.slice(0, V);
    this.docs = new Int32Array(this.offsets[V]);
    this.tfs = new Float32Array(this.offsets[V]);
    const avg = total / Math.max(1, this.size);
    this.norms = new Float32Array(this.size);
    counts.forEach((c, d) => {
      this.norms[d] = this.k1 * (1 - this.b + (this.b * documents[d].length) / Math.max(avg, 1e-9));
      for (const [t, n] of c) {
        const at = fill[t]++;
        this.docs[at] = d;
        this.tfs[at] = n;
      }
    });
    this.idfs = new Float32Array(V);
    for (let t = 0; t < V; t++) this.idfs[t] = Math.log(1 + (this.size - df[t] + 0.5) / (df[t] + 0.5));
    this.scores = new Float32Array(this.size);
    this.touched = new Int32Array(this.size);
  }

  /** Inverse document frequency of a term (0 for one the index does not hold). */
  idf(term: string): number {
    const t = this.vocabulary.get(term);
    return t === undefined ? 0 : this.idfs[t];
  }

  /** The best `k` documents for the query terms (a term repeated in the query counts once more each time). */
  search(query: readonly string[], k: number): Hit[] {
    let touched = 0;
    for (const term of query) {
      const t = this.vocabulary.get(term);
      if (t === undefined) continue;
      const idf = this.idfs[t];
      for (let i = this.offsets[t], end = this.offsets[t + 1]; i < end; i++) {
        const d = this.docs[i];
        const tf = this.tfs[i];
        if (this.scores[d] === 0) this.touched[touched++] = d;
        this.scores[d] += (idf * tf * (this.k1 + 1)) / (tf + this.norms[d]);
      }
    }
    const top = topK(this.scores, this.touched, touched, k);
    for (let i = 0; i < touched; i++) this.scores[this.touched[i]] = 0;
    return top;
  }

  /** The BM25 score of one document for the query (for features of candidates found another way). */
  score(query: readonly string[], doc: number): number {
    let s = 0;
    for (const term of query) {
      const t = this.vocabulary.get(term);
      if (t === undefined) continue;
      // Postings are sorted by document: binary search.
      let lo = this.offsets[t];
      let hi = this.offsets[t + 1];
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.docs[mid] < doc) lo = mid + 1;
        else hi = mid;
      }
      if (lo < this.offsets[t + 1] && this.docs[lo] === doc) {
        const tf = this.tfs[lo];
        s += (this.idfs[t] * tf * (this.k1 + 1)) / (tf + this.norms[doc]);
      }
    }
    return s;
  }
}

/** The k highest of scores[ids[0..n)], best first, with a binary min-heap (ties: lower document index first). */
function topK(scores: Float32Array, ids: Int32Array, n: number, k: number): Hit[] {
  const heap: Hit[] = [];
  const worse = (a: Hit, b: Hit) => a.score < b.score || (a.score === b.score && a.doc > b.doc);
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l], heap[m])) m = l;
      if (r < heap.length && worse(heap[r], heap[m])) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  for (let j = 0; j < n; j++) {
    const hit = { doc: ids[j], score: scores[ids[j]] };
    if (heap.length < k) {
      heap.push(hit);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (!worse(heap[i], heap[p])) break;
        [heap[i], heap[p]] = [heap[p], heap[i]];
        i = p;
      }
    } else if (k > 0 && worse(heap[0], hit)) {
      heap[0] = hit;
      down(0);
    }
  }
  return heap.sort((a, b) => b.score - a.score || a.doc - b.doc);
}
