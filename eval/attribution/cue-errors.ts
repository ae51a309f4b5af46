// Cue errors of the quotes stage on PolNeAR, for studying them (not a metric): gold cues nothing predicted overlaps
// (missed), predicted cues no gold cue overlaps (spurious), counted by their lower-cased words, commonest first.
//   npx tsx eval/attribution/cue-errors.ts [--split train|dev] [--model MODEL WEIGHTS] [--every N --at R] [--show WORDS]
// `--show "according to"` prints each missed or spurious cue with those words in its sentence context.
import { datasetPath } from '../dataset-paths.js';
import { loadAttributionModel } from '../../src/models/attribution/model.js';
import type { Span } from '../../src/core/types.js';
import { loadSplit } from './dataset.js';
import { attributionPipeline, predict } from './predict.js';

const value = (argv: string[], name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

function hull(spans: Span[]): Span | null {
  if (!spans.length) return null;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const words = (text: string, s: Span): string => text.slice(s.start, s.end).toLowerCase().replace(/\s+/g, ' ').trim();

function context(text: string, s: Span): string {
  const from = Math.max(0, s.start - 80);
  const to = Math.min(text.length, s.end + 60);
  return `${text.slice(from, s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, to)}`.replace(/\s+/g, ' ');
}

function main(): void {
  const argv = process.argv.slice(2);
  const split = value(argv, '--split') ?? 'dev';
  const every = Number(value(argv, '--every') ?? 1);
  const at = Number(value(argv, '--at') ?? 0);
  const show = value(argv, '--show');
  const m = argv.indexOf('--model');
  const located = datasetPath(`attribution/polnear/${split}`);
  if (located.missing) throw new Error(located.missing);
  const articles = loadSplit(located.path).filter((_, i) => i % every === at);
  const pipeline = attributionPipeline({ model: m >= 0 ? loadAttributionModel(argv[m + 1], argv[m + 2]) : undefined });
  const missed = new Map<string, number>();
  const spurious = new Map<string, number>();
  let gold = 0;
  for (const a of articles) {
    const predicted = predict(pipeline, a.text, a.name).map((p) => hull(p.Cue)).filter((c): c is Span => c !== null);
    const golds = a.attributions.map((g) => hull(g.Cue)).filter((c): c is Span => c !== null);
    gold += golds.length;
    for (const g of golds) {
      if (predicted.some((p) => overlaps(p, g))) continue;
      const w = words(a.text, g);
      missed.set(w, (missed.get(w) ?? 0) + 1);
      if (show && w.includes(show)) console.log(`MISSED ${a.name}: ${context(a.text, g)}`);
    }
    for (const p of predicted) {
      if (golds.some((g) => overlaps(p, g))) continue;
      const w = words(a.text, p);
      spurious.set(w, (spurious.get(w) ?? 0) + 1);
      if (show && w.includes(show)) console.log(`SPURIOUS ${a.name}: ${context(a.text, p)}`);
    }
  }
  const top = (m: Map<string, number>): string => [...m].sort((x, y) => y[1] - x[1]).slice(0, 80).map(([k, n]) => `${String(n).padStart(4)}  ${k}`).join('\n');
  const total = (m: Map<string, number>): number => [...m.values()].reduce((s, n) => s + n, 0);
  console.log(`${articles.length} articles, ${gold} gold cues, ${total(missed)} missed, ${total(spurious)} spurious\nMISSED\n${top(missed)}\nSPURIOUS\n${top(spurious)}`);
}

main();
