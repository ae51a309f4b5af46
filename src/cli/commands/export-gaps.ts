// The gaps of an export on stderr: one summary line by default (a corpus export has thousands), each with --verbose.
import type { ExportFormat } from '../../export/index.js';

const INSIDE: ReadonlySet<ExportFormat> = new Set(['stix', 'misp', 'claimreview']);

/** One line, or none when there are no gaps: how many, of which kinds, where they are written, how to list them. */
export function gapSummary(gaps: readonly string[], format: ExportFormat): string[] {
  if (!gaps.length) return [];
  // Group by what is missing, not by document: the text after "<document>: " (or the whole gap) up to the first ';'.
  const kinds = new Map<string, number>();
  for (const g of gaps) {
    const what = (g.includes(': ') && /^(https?:|document |\S+\.\w+:)/.test(g) ? g.slice(g.indexOf(': ') + 2) : g).split(/[;(]/)[0].trim();
    kinds.set(what, (kinds.get(what) ?? 0) + 1);
  }
  const top = [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, n]) => `${n}× ${k}`);
  const where = INSIDE.has(format) ? 'stated inside the output' : 'not written in this format';
  return [`claimtrail export: ${gaps.length} gap${gaps.length > 1 ? 's' : ''} (${where}; --verbose lists them, --quiet hides this): ${top.join('; ')}${kinds.size > 3 ? '; …' : ''}`];
}
