// The few-shot protocol: k excerpts per narrative (picked with a seeded shuffle) become a catalogue of examples
// alone; every other excerpt is classified among the narratives by the stage's example-only matcher (forced choice:
// the narrative whose examples it is most similar to on average), and scored by macro-F1 over the narratives.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKnowledge } from '../../src/stages/narratives/compile.js';
import { featuresOf } from '../../src/stages/narratives/features.js';
import type { Embed } from '../../src/stages/narratives/patterns.js';
import { read } from '../../src/stages/narratives/reading.js';
import { rankNarratives, similarityTerms } from '../../src/stages/narratives/similar.js';
import type { Excerpt, FewShotData } from './dataset.js';
import { mulberry32 } from '../../src/core/seeded-random.js';

/** k excerpt indices per narrative as examples; the rest to classify. A narrative with ≤ k excerpts keeps one to test. */
export function pick(data: FewShotData, k: number, seed: number): { examples: number[][]; test: number[] } {
  const next = mulberry32(seed);
  const examples: number[][] = data.narratives.map(() => []);
  const test: number[] = [];
  data.narratives.forEach((_, label) => {
    const own = data.excerpts.map((e, i) => (e.label === label ? i : -1)).filter((i) => i >= 0);
    for (let i = own.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [own[i], own[j]] = [own[j], own[i]];
    }
    const n = Math.min(k, own.length - 1);
    examples[label] = own.slice(0, n);
    test.push(...own.slice(n));
  });
  return { examples, test: test.sort((a, b) => a - b) };
}

/** Macro-F1 over labels 0..n-1 (a label never predicted nor gold is left out). */
export function macroF1(gold: number[], predicted: number[], n: number): number {
  const f1s: number[] = [];
  for (let c = 0; c < n; c++) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      if (predicted[i] === c && g === c) tp++;
      else if (predicted[i] === c) fp++;
      else if (g === c) fn++;
    });
    if (tp + fp + fn) f1s.push(tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
  }
  return f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 0;
}

/** Classifies `test` excerpts with a catalogue of the `examples` alone; returns the predicted label of each. */
export function classify(data: FewShotData, examples: number[][], test: Excerpt[], embed?: Embed): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-fewshot-'));
  try {
    const file = join(dir, 'catalogue.json');
    const catalogue = data.narratives.map((title, label) => ({ id: `n${label}`, title, examples: examples[label].map((i) => data.excerpts[i].text) }));
    writeFileSync(file, JSON.stringify(catalogue));
    const k = buildKnowledge({ files: [file], builtIn: false, embed });
    const index = new Map(k.compiled.narratives.map((n, i) => [i, Number(n.id.slice(1))]));
    const vectors = embed ? embed(test.map((t) => t.text)) : null;
    return test.map((t, ti) => {
      const r = read(t.text, 'en', k.tools);
      const f = featuresOf(r, 0, r.tokens.length, k.concepts);
      const best = rankNarratives(similarityTerms(f), k.compiled.similar!, (p) => k.compiled.patterns[p].narrative, vectors?.[ti] ?? null);
      let label = -1;
      let top = -1;
      for (const [n, cos] of best) if (cos > top) [label, top] = [index.get(n)!, cos];
      return label;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
