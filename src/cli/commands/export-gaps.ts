// The gaps of an export on stderr: one summary line by default (a corpus export has thousands), each with --verbose.
import type { ExportFormat } from '../../export/index.js';

const INSIDE: ReadonlySet<ExportFormat> = new Set(['stix', 'misp', 'claimreview']);

/** Counts gaps by what is missing, so a streamed export of any size sums them up without holding them. */
export class GapTally {
  total = 0;
  readonly kinds = new Map<string, number>();
  add(gaps: readonly string[]): void {
    for (const g of gaps) {
      // Grouped by what is missing, not by document: the text after "<document>: " (or the whole gap) up to the first ';'.
      const what = (g.includes(': ') && /^(https?:|document |\S+\.\w+:)/.test(g) ? g.slice(g.indexOf(': ') + 2) : g).split(/[;(]/)[0].trim();
      this.kinds.set(what, (this.kinds.get(what) ?? 0) + 1);
      this.total++;
    }
  }
  /** One line, or none when there are no gaps: how many, of which kinds, where they are written, how to list them. */
  summary(format: ExportFormat): string[] {
    if (!this.total) return [];
    const top = [...this.kinds].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, n]) => `${n}× ${k}`);
    const where = INSIDE.has(format) ? 'stated inside the output' : 'not written in this format';
    return [`claimtrail export: ${this.total} gap${this.total > 1 ? 's' : ''} (${where}; --verbose lists them, --quiet hides this): ${top.join('; ')}${this.kinds.size > 3 ? '; …' : ''}`];
  }
}

/** The summary line of a list of gaps (see GapTally). */
export function gapSummary(gaps: readonly string[], format: ExportFormat): string[] {
  const tally = new GapTally();
  tally.add(gaps);
  return tally.summary(format);
}
