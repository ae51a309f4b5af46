// brat standoff as PolNeAR writes it: "T1\tSource 89 106\ttext", discontinuous spans as "s e;s e",
// and "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1" linking them.
import type { Quote, Span } from '../../core/types.js';

export type Role = 'Source' | 'Cue' | 'Content';
export const ROLES: readonly Role[] = ['Source', 'Cue', 'Content'];

/** One attribution: each role is a list of fragments (empty when the role is absent). */
export type Attribution = Record<Role, Span[]>;

interface TextBound {
  type: string;
  spans: Span[];
}

/** Parses the attributions of one .ann file (E lines; roles Content2… count as Content). Throws on a malformed line. */
export function parseAnn(ann: string, name: string): Attribution[] {
  const bounds = new Map<string, TextBound>();
  const events: string[] = [];
  for (const [n, line] of ann.split('\n').entries()) {
    if (/^T\d+\t/.test(line)) {
      const [id, head] = line.split('\t');
      const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(head ?? '');
      if (!m) throw new Error(`${name}:${n + 1}: cannot read text-bound annotation "${line.slice(0, 60)}"`);
      bounds.set(id, { type: m[1], spans: m[2].split(';').map((p) => { const [s, e] = p.split(' ').map(Number); return { start: s, end: e }; }) });
    } else if (/^E\d+\t/.test(line)) events.push(line.split('\t')[1] ?? '');
  }
  return events.map((event) => {
    const out: Attribution = { Source: [], Cue: [], Content: [] };
    for (const arg of event.split(' ').slice(1)) {
      const [role, ref] = arg.split(':');
      const bound = bounds.get(ref);
      const base = role.replace(/\d+$/, '') as Role;
      if (bound && ROLES.includes(base)) out[base].push(...bound.spans);
    }
    return out;
  });
}

/** Writes attributions as brat standoff, one Attribution event per attribution (PolNeAR's types and roles). */
export function writeAnn(text: string, attributions: Attribution[]): string {
  const lines: string[] = [];
  let t = 0;
  attributions.forEach((a, i) => {
    const args: string[] = [];
    const trigger = a.Cue[0] ?? a.Content[0];
    const bound = (type: string, spans: Span[]): string => {
      const id = `T${++t}`;
      const pos = spans.map((s) => `${s.start} ${s.end}`).join(';');
      lines.push(`${id}\t${type} ${pos}\t${spans.map((s) => text.slice(s.start, s.end)).join(' ').replace(/\s+/g, ' ')}`);
      return id;
    };
    const attribution = bound(a.Source.length ? 'Attribution' : 'Attribution-no-source', [trigger]);
    for (const role of ['Content', 'Cue', 'Source'] as const) if (a[role].length) args.push(`${role}:${bound(role, a[role])}`);
    lines.push(`E${i + 1}\t${a.Source.length ? 'Attribution' : 'Attribution-no-source'}:${attribution} ${args.join(' ')}`);
  });
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/**
 * One attribution per cue: quotes that share a cue ("…," he said, "…") become one attribution with a discontinuous
 * content, as PolNeAR annotates them. A source phrase with an appositive keeps the comma before the cue, as in PolNeAR.
 * A headline quote ("Name: statement", cue null) takes the colon as its cue, as PolNeAR marks it. A quoted stretch
 * with neither cue nor speaker is no attribution (every PolNeAR attribution has a cue).
 */
export function toAttributions(text: string, list: Quote[]): Attribution[] {
  const byCue = new Map<string, Attribution>();
  const out: Attribution[] = [];
  for (const q of list) {
    if (!q.cue && !q.speaker) continue;
    const key = q.cue ? `${q.cue.start}:${q.cue.end}` : `q:${q.id}`;
    // A quote that only continues the previous quote's speaker ("…," he said. "…") is more of the same attribution.
    const continues = !q.cue && q.speaker && !q.speaker.span && out.length > 0;
    const existing = continues ? out[out.length - 1] : byCue.get(key);
    if (existing) {
      existing.Content.push(q.content);
      continue;
    }
    const source: Span[] = q.speaker?.span ? [withAppositiveComma(text, q.speaker.span)] : [];
    const cue = q.cue ?? colonBetween(text, q.speaker?.span ?? null, q.content);
    const a: Attribution = { Source: source, Cue: cue ? [cue] : [], Content: [q.content] };
    byCue.set(key, a);
    out.push(a);
  }
  for (const a of out) a.Content.sort((x, y) => x.start - y.start);
  return out;
}

function withAppositiveComma(text: string, span: Span): Span {
  const inner = text.slice(span.start, span.end);
  return inner.includes(',') && text[span.end] === ',' ? { start: span.start, end: span.end + 1 } : span;
}

/** "Name: statement": the colon between the speaker and the content. */
function colonBetween(text: string, source: Span | null, content: Span): Span | null {
  if (!source || source.end > content.start) return null;
  const m = /^\s*:\s*$/.exec(text.slice(source.end, content.start));
  if (!m) return null;
  const at = source.end + text.slice(source.end, content.start).indexOf(':');
  return { start: at, end: at + 1 };
}
