import type { Doc, Span } from '../core/types.js';
import { narrativesView, STANCE_LABELS } from './narratives.js';
import { DISPLAY_MIN_SCORE, framingView, techniquesView } from './persuasion.js';
import { claimSpeakerName } from './claim-speaker.js';
import { claimsByVoice, oneLine, quoted, speakers } from './views.js';

/**
 * A Markdown report an analyst can read: the article's facts, who said what, the claims by voice, the persuasion
 * techniques, how the actors are cast, the entities.
 */
export function toMarkdown(doc: Doc): string {
  const { meta } = doc;
  const out: string[] = [];
  const cut = (span: Span) => oneLine(doc.text.slice(span.start, span.end));
  const at = (span: Span) => `\`${span.start}–${span.end}\``;
  out.push(`# ${md(meta.title ?? doc.source.name)}`, '');
  const facts: [string, string | null][] = [
    ['Outlet', meta.siteName],
    ['Byline', meta.byline],
    ['Published', meta.published],
    ['Language', meta.language],
    ['URL', meta.url],
    ['Source', `${doc.source.name} (${doc.source.kind}, ${doc.source.encoding})`],
  ];
  for (const [label, value] of facts) if (value) out.push(`- **${label}:** ${md(value)}`);

  out.push('', '## Who said what', '');
  const groups = speakers(doc);
  if (!groups.length) out.push('_No quotes found._');
  for (const group of groups) {
    out.push(`### ${md(group.name)}${group.role ? ` — ${md(group.role)}` : ''}`, '');
    if (group.venues.length) out.push(`Where: ${group.venues.map(md).join('; ')}`, '');
    for (const quote of group.quotes) {
      const cue = quote.cue ? ` (cue: “${md(cut(quote.cue))}”)` : '';
      out.push(`- *${quote.kind}*${cue} ${at(quote.content)}: ${quoted(md(cut(quote.content)))}`);
    }
    out.push('');
  }

  const { author, attributed } = claimsByVoice(doc);
  out.push("## Claims in the outlet's own voice", '');
  if (!author.length) out.push('_None found._');
  author.forEach((c, i) => out.push(`${i + 1}. “${md(cut(c))}” — check-worthiness ${c.checkworthiness.toFixed(2)} ${at(c)}`));
  out.push('', '## Attributed claims', '');
  if (!attributed.length) out.push('_None found._');
  attributed.forEach((c, i) =>
    out.push(`${i + 1}. **${md(claimSpeakerName(doc, c) ?? 'unknown')}:** “${md(cut(c))}” — check-worthiness ${c.checkworthiness.toFixed(2)} ${at(c)}`),
  );

  techniques(doc, out, cut, at);
  framing(doc, out, cut);
  narratives(doc, out, cut, at);
  out.push('', '## Entities', '', '| Entity | Type | Names in this text | Mentions |', '|---|---|---|---|');
  for (const e of doc.layers.entities ?? []) {
    const name = e.gazetteerId ? `${md(e.canonical)} (\`${e.gazetteerId}\`)` : md(e.canonical);
    out.push(`| ${name} | ${e.type} | ${e.aliases.map(md).join(', ')} | ${e.mentions.length} |`);
  }
  if (doc.messages.length) {
    out.push('', '## Messages', '');
    for (const m of doc.messages) out.push(`- ${m.severity} \`${m.source}/${m.ruleId}\`${m.place ? ` ${at(m.place)}` : ''}: ${md(m.reason)}`);
  }
  return out.join('\n') + '\n';
}

function techniques(doc: Doc, out: string[], cut: (s: Span) => string, at: (s: Span) => string): void {
  const { shown, hidden, summary } = techniquesView(doc);
  out.push('', '## Persuasion techniques', '');
  const note = hidden ? ` ${hidden} span${hidden === 1 ? '' : 's'} scored below ${DISPLAY_MIN_SCORE} and ${hidden === 1 ? 'is' : 'are'} not shown (they are in the JSON).` : '';
  if (!shown.length) {
    out.push(`_None found with a score of ${DISPLAY_MIN_SCORE} or more._${note}`);
    return;
  }
  out.push('| Technique | Spans | Best score |', '|---|---|---|');
  for (const s of summary) out.push(`| ${md(s.technique)} | ${s.count} | ${s.best.toFixed(2)} |`);
  if (note) out.push('', `_${note.trim()}_`);
  out.push('');
  for (const t of shown) out.push(`- **${md(t.technique)}** ${t.score.toFixed(2)} ${at(t)}: “${md(cut(t))}” — ${md(t.explanation)}`);
}

// The table shows the first evidence spans; the JSON has them all.
const EVIDENCE_IN_TABLE = 6;

function framing(doc: Doc, out: string[], cut: (s: Span) => string): void {
  const framed = framingView(doc);
  out.push('', '## How the actors are cast', '');
  if (!framed.length) {
    out.push('_No main actor is cast in a role._');
    return;
  }
  out.push('| Actor | Role | Fine role | Score | Evidence |', '|---|---|---|---|---|');
  for (const f of framed) {
    const more = f.evidence.length > EVIDENCE_IN_TABLE ? `; … ${f.evidence.length - EVIDENCE_IN_TABLE} more` : '';
    const evidence = f.evidence.slice(0, EVIDENCE_IN_TABLE).map((s) => `“${md(cut(s))}”`).join('; ') + more;
    out.push(`| ${md(f.name)} | ${f.role} | ${md(f.fineRole)} | ${f.score.toFixed(2)} | ${evidence} |`);
  }
  out.push('');
  for (const f of framed) out.push(`- **${md(f.name)}:** ${md(f.explanation)}`);
}

// Evidence spans listed per narrative in the report; the JSON has them all.
const EVIDENCE_LISTED = 4;

function narratives(doc: Doc, out: string[], cut: (s: Span) => string, at: (s: Span) => string): void {
  const { narratives: found, cases } = narrativesView(doc);
  out.push('', '## Narratives', '');
  if (!found.length) out.push('_No catalogued narrative found._');
  for (const n of found) {
    out.push(`- **${md(n.title)}** (\`${md(n.id)}\`, score ${n.score.toFixed(2)}): ${STANCE_LABELS[n.stance]}`);
    for (const s of n.evidence.slice(0, EVIDENCE_LISTED)) out.push(`  - ${at(s)} “${md(cut(s))}”`);
    if (n.evidence.length > EVIDENCE_LISTED) out.push(`  - … ${n.evidence.length - EVIDENCE_LISTED} more in the JSON`);
    if (n.matchedExamples.length) out.push(`  - closest catalogued example: “${md(n.matchedExamples[0])}”`);
  }
  if (cases.length) {
    out.push('', '### Closest catalogued cases', '', '| Case | Date | Score |', '|---|---|---|');
    for (const c of cases) out.push(`| ${c.url ? `[${md(c.title)}](${c.url.replace(/[()\s]/g, encodeURIComponent)})` : md(c.title)} | ${c.date ?? ''} | ${c.score.toFixed(2)} |`);
  }
}

/** Escapes Markdown control characters and HTML so page text cannot inject markup into a rendered report. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|#]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}
