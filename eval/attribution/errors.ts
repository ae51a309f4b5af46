// Source errors of the quotes stage on PolNeAR, for studying them (not a metric): each predicted Source that is not
// exact (boundary: which words it has too many or too few at each edge; spurious: no gold Source overlaps it), each
// gold Source that nothing overlaps (missed), and counts of the most common edge differences.
//   npx tsx eval/attribution/errors.ts [--split train|dev] [--model MODEL WEIGHTS] [--every N --at R] [--limit N]
// `--every 8 --at 0` lists articles 0, 8, 16 … (e.g. the half of the inner held-out quarter kept for studying errors).
import { datasetPath } from '../dataset-paths.js';
import { loadAttributionModel } from '../../src/models/attribution/model.js';
import type { Span } from '../../src/core/types.js';
import type { Attribution } from './brat.js';
import { loadSplit } from './dataset.js';
import { attributionPipeline, predict } from './predict.js';

interface Options {
  split: string;
  model: { modelPath: string; weightsPath: string } | null;
  every: number;
  at: number;
  limit: number | undefined;
}

function parse(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const m = argv.indexOf('--model');
  return {
    split: value('--split') ?? 'train',
    model: m >= 0 ? { modelPath: argv[m + 1], weightsPath: argv[m + 2] } : null,
    every: Number(value('--every') ?? 1),
    at: Number(value('--at') ?? 0),
    limit: value('--limit') ? Number(value('--limit')) : undefined,
  };
}

/** One span (first to last fragment), whitespace trimmed. */
function hull(text: string, spans: Span[]): Span | null {
  if (!spans.length) return null;
  let start = Math.min(...spans.map((s) => s.start));
  let end = Math.max(...spans.map((s) => s.end));
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

const show = (text: string, s: Span): string => text.slice(s.start, s.end).replace(/\s+/g, ' ');

/** "+the" (prediction has it, gold not) or "-the" (gold has it), at one edge; '' when the edge agrees. */
function edge(text: string, p: Span, g: Span, side: 'start' | 'end'): string {
  if (p[side] === g[side]) return '';
  const [a, b] = [p[side], g[side]].sort((x, y) => x - y);
  const extra = side === 'start' ? p.start < g.start : p.end > g.end;
  const words = text.slice(a, b).trim().replace(/\s+/g, ' ');
  return `${extra ? '+' : '-'}${words.length > 40 ? `${words.slice(0, 37)}…` : words}`;
}

function context(text: string, s: Span): string {
  const from = Math.max(0, s.start - 60);
  const to = Math.min(text.length, s.end + 60);
  return `${text.slice(from, s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, to)}`.replace(/\s+/g, ' ');
}

function main(): void {
  const o = parse(process.argv.slice(2));
  const located = datasetPath(`attribution/polnear/${o.split}`);
  if (located.missing) throw new Error(located.missing);
  const articles = loadSplit(located.path, o.limit).filter((_, i) => i % o.every === o.at);
  const pipeline = attributionPipeline({ model: o.model ? loadAttributionModel(o.model.modelPath, o.model.weightsPath) : undefined });
  const edges = new Map<string, number>();
  const kinds = { exact: 0, boundary: 0, spurious: 0, missed: 0 };
  for (const a of articles) {
    const predicted: Attribution[] = predict(pipeline, a.text, a.name);
    const gold = a.attributions.map((g) => ({ src: hull(a.text, g.Source), cue: hull(a.text, g.Cue) }));
    const golds = gold.filter((g): g is { src: Span; cue: Span | null } => g.src !== null);
    for (const p of predicted) {
      const s = hull(a.text, p.Source);
      if (!s) continue;
      const g = golds.find((x) => x.src.start === s.start && x.src.end === s.end);
      if (g) {
        kinds.exact++;
        continue;
      }
      const over = golds.find((x) => x.src.start < s.end && s.start < x.src.end);
      if (!over) {
        kinds.spurious++;
        console.log(`SPURIOUS ${a.name}: ${context(a.text, s)}`);
        continue;
      }
      kinds.boundary++;
      const diff = [edge(a.text, s, over.src, 'start'), edge(a.text, s, over.src, 'end')];
      for (const [k, d] of diff.entries()) if (d) edges.set(`${k ? 'end' : 'start'} ${d}`, (edges.get(`${k ? 'end' : 'start'} ${d}`) ?? 0) + 1);
      console.log(`BOUNDARY ${a.name}: pred «${show(a.text, s)}» gold «${show(a.text, over.src)}» ${diff.filter(Boolean).join(' ')}`);
    }
    for (const g of golds) {
      if (predicted.some((p) => { const s = hull(a.text, p.Source); return s !== null && s.start < g.src.end && g.src.start < s.end; })) continue;
      kinds.missed++;
      const cueFound = g.cue && predicted.some((p) => { const c = hull(a.text, p.Cue); return c !== null && c.start < g.cue!.end && g.cue!.start < c.end; });
      console.log(`MISSED${cueFound ? ' (cue found)' : ''} ${a.name}: ${context(a.text, g.src)}${g.cue ? ` cue «${show(a.text, g.cue)}»` : ''}`);
    }
  }
  console.log(`\n${articles.length} articles: ${JSON.stringify(kinds)}\nmost common edge differences (+ predicted only, - gold only):`);
  for (const [k, n] of [...edges].sort((x, y) => y[1] - x[1]).slice(0, 60)) console.log(`${String(n).padStart(4)}  ${k}`);
}

main();
