// Parts of the HTML report for techniques and framing: the legend with CSS-only toggles, and the side-panel sections.
import type { Doc, Span } from '../core/types.js';
import { esc } from './escape.js';
import { narrativesView, STANCE_LABELS } from './narratives.js';
import { DISPLAY_MIN_SCORE, FAMILY_LABELS, framingView, techniquesView, type Family } from './persuasion.js';
import { oneLine } from './views.js';

/** The layers a reader can switch off. Checkboxes with no script: `#show-x:not(:checked) ~ .text …` rules in the style. */
const TOGGLES: [string, string][] = [
  ['quotes', 'quotes'],
  ['claims', 'claims'],
  ['entities', 'entities'],
  ['techniques', 'techniques'],
];

export const TOGGLE_STYLE = `
.toggles,article>label{font-size:.85rem;color:#444}article>label{margin-right:.8rem}.text{margin-top:.8rem}
#show-quotes:not(:checked)~.text :is(.quote,.speaker,.cue,.venue){background:none;font-weight:inherit;font-style:inherit;text-decoration:none}
#show-claims:not(:checked)~.text :is(.claim-author,.claim-attributed){text-decoration:none}
#show-entities:not(:checked)~.text .entity{border-bottom:none}
#show-techniques:not(:checked)~.text .tech{text-decoration:none}
`;

/** The checkboxes and their labels, to be placed as siblings before `.text` (so the `~` rules above reach it). */
export function toggles(): string {
  return TOGGLES.map(([id, label]) => `<input type="checkbox" id="show-${id}" checked><label for="show-${id}">${label}</label>`).join('');
}

/** The technique legend: one swatch per family in use, the display threshold and how many spans it hid. */
export function techniqueLegend(doc: Doc): string {
  const { summary, hidden } = techniquesView(doc);
  const families = [...new Set(summary.map((s) => s.family))] as Family[];
  const swatches = families.map((f) => `<span class="tech tech-${f}">${esc(FAMILY_LABELS[f])}</span>`).join('');
  const note = `score ≥ ${DISPLAY_MIN_SCORE}${hidden ? `; ${hidden} lower-scored span${hidden === 1 ? '' : 's'} hidden` : ''}`;
  return `<p class="legend">Techniques (${esc(note)}): ${swatches || 'none shown'}</p>`;
}

export function techniquesSection(doc: Doc): string {
  const { summary, hidden } = techniquesView(doc);
  const rows = summary
    .map((s) => `<tr><td><span class="tech tech-${s.family}">${esc(s.technique)}</span></td><td>${s.count}</td><td>${s.best.toFixed(2)}</td></tr>`)
    .join('');
  const table = rows ? `<table><thead><tr><th>Technique</th><th>Spans</th><th>Best</th></tr></thead><tbody>${rows}</tbody></table>` : '<p>None found.</p>';
  const note = hidden ? `<p><small>${hidden} span${hidden === 1 ? '' : 's'} scored below ${DISPLAY_MIN_SCORE} and ${hidden === 1 ? 'is' : 'are'} not shown (they are in the JSON).</small></p>` : '';
  return `<section><h2>Persuasion techniques</h2>${table}${note}</section>`;
}

export function framingSection(doc: Doc): string {
  const cut = (s: Span) => esc(oneLine(doc.text.slice(s.start, s.end)));
  const items = framingView(doc)
    .map((f) => {
      const evidence = f.evidence.map((s) => `<li>“${cut(s)}” <code>${s.start}–${s.end}</code></li>`).join('');
      return `<li><strong>${esc(f.name)}</strong> <span class="role role-${esc(f.role)}">${esc(f.role)} · ${esc(f.fineRole)}</span> <code>${f.score.toFixed(2)}</code><ul>${evidence}</ul><small>${esc(f.explanation)}</small></li>`;
    })
    .join('');
  return `<section><h2>How the actors are cast</h2><ul>${items || '<li>No main actor is cast in a role.</li>'}</ul></section>`;
}

export function narrativesSection(doc: Doc): string {
  const cut = (s: Span) => esc(oneLine(doc.text.slice(s.start, s.end)));
  const { narratives, cases } = narrativesView(doc);
  const items = narratives
    .map((n) => `<li><strong>${esc(n.title)}</strong> <code>${n.score.toFixed(2)}</code><br><small>${esc(STANCE_LABELS[n.stance])}</small><ul>${n.evidence
      .map((s) => `<li>“${cut(s)}” <code>${s.start}–${s.end}</code></li>`)
      .join('')}</ul></li>`)
    .join('');
  // Case links are shown as text, not followed: the report makes no request and carries no link from the page's data.
  const caseItems = cases.map((c) => `<li>${esc(c.title)} <small>${esc(c.date ?? '')}${c.url ? ` · ${esc(c.url)}` : ''}</small> <code>${c.score.toFixed(2)}</code></li>`).join('');
  return `<section><h2>Narratives</h2><ul>${items || '<li>No catalogued narrative found.</li>'}</ul>${caseItems ? `<h3>Closest catalogued cases</h3><ol>${caseItems}</ol>` : ''}</section>`;
}
