// PTC articles → segmented, tokenised documents with the gold labels laid onto tokens and sentences.
import { createDoc } from '../../../core/doc.js';
import { segment } from '../../../stages/segment/index.js';
import type { CueIndex } from '../cues.js';
import { loadPtc, TECHNIQUES, type Article, type PtcSplit } from '../ptc.js';
import { tokenizeDoc, type DocTokens } from '../tokens.js';

export interface Prepared {
  article: Article;
  d: DocTokens;
  /** 1 where the token lies inside some gold span. */
  inside: Uint8Array;
  /** Gold spans as token ranges [a, b) with the technique's class index. */
  spans: Array<{ a: number; b: number; cls: number }>;
  /** Per sentence: 0 (none) or 1 + the technique covering at least half its words. */
  sentenceLabels: number[];
}

export function prepareArticles(splits: readonly PtcSplit[], cues: CueIndex): Prepared[] {
  const segmentDoc = segment.create();
  return loadPtc(splits).map((article) => {
    const doc = segmentDoc(createDoc({ text: article.text, source: { name: `article${article.id}.txt` } }));
    const d = tokenizeDoc(doc.text, doc.layers.sentences ?? [], cues);
    const inside = new Uint8Array(d.toks.length);
    const byTech: Uint8Array[] = TECHNIQUES.map(() => new Uint8Array(d.toks.length));
    const spans: Prepared['spans'] = [];
    for (const g of article.spans) {
      const cls = (TECHNIQUES as readonly string[]).indexOf(g.technique);
      let a = -1;
      let b = -1;
      for (let i = 0; i < d.toks.length; i++) {
        const t = d.toks[i];
        if (t.end > g.start && t.start < g.end) {
          inside[i] = 1;
          if (cls >= 0) byTech[cls][i] = 1;
          if (a < 0) a = i;
          b = i + 1;
        }
      }
      if (a >= 0 && cls >= 0) spans.push({ a, b, cls });
    }
    const sentenceLabels = d.sentences.map((s) => {
      let words = 0;
      const covered = new Array<number>(TECHNIQUES.length).fill(0);
      for (let i = s.from; i < s.to; i++) {
        if (d.toks[i].shape === 'p') continue;
        words++;
        for (let k = 0; k < TECHNIQUES.length; k++) covered[k] += byTech[k][i];
      }
      let best = -1;
      for (let k = 0; k < TECHNIQUES.length; k++) if (covered[k] >= words * 0.5 && words && (best < 0 || covered[k] > covered[best])) best = k;
      return best + 1;
    });
    return { article, d, inside, spans, sentenceLabels };
  });
}
