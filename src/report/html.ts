import type { Doc } from '../core/types.js';
import { esc } from './escape.js';
import { flatten, spineMarks, techniqueMarks } from './highlight.js';
import { framingSection, narrativesSection, techniqueLegend, techniquesSection, toggles, TOGGLE_STYLE } from './html-panels.js';
import { claimSpeakerName } from './claim-speaker.js';
import { claimsByVoice, oneLine, quoted, speakers } from './views.js';

const STYLE = `
body{font:16px/1.6 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(16rem,2fr);gap:2rem;max-width:80rem;margin:auto;padding:1.5rem}
@media(max-width:50rem){main{grid-template-columns:1fr}}
h1{font-size:1.5rem;line-height:1.3}.meta{color:#444;font-size:.9rem}
.text{white-space:pre-wrap}
.entity{border-bottom:2px solid #7a7a7a}.entity-person{border-color:#1f6f3f}.entity-place{border-color:#8a5a00}.entity-organization,.entity-group{border-color:#5b3f99}.entity-media{border-color:#0a5d8a}
.quote{background:#fff3b0}.speaker{background:#bfe8c8;font-weight:600}.cue{font-style:italic;text-decoration:underline dotted}.venue{background:#d5e8f7}
.claim-author{text-decoration:underline 3px #c0392b;text-underline-offset:4px}.claim-attributed{text-decoration:underline 3px #2e6fb7;text-underline-offset:4px}
.tech{text-decoration-line:overline;text-decoration-thickness:2px;text-decoration-skip-ink:none}
.tech-wording{text-decoration-color:#d35400}.tech-reasoning{text-decoration-color:#8e44ad;text-decoration-style:dashed}.tech-appeal{text-decoration-color:#138d75;text-decoration-style:dotted}
.role{font-size:.85rem;padding:0 .3rem;border-radius:3px}.role-antagonist{background:#f6d5d1}.role-protagonist{background:#d4efdc}.role-innocent{background:#d6e6f7}
table{border-collapse:collapse;font-size:.9rem}td,th{padding:.1rem .5rem;text-align:left;border-bottom:1px solid #ddd}
.legend span{display:inline-block;margin:0 .6rem .3rem 0;padding:0 .3rem}
aside section{margin-bottom:1.5rem}aside li{margin-bottom:.4rem}code{font-size:.8rem;color:#555}
`;

/**
 * One self-contained HTML file: the article with its quotes, speakers, entities, claims and persuasion techniques
 * highlighted, and how its actors are cast. Everything from the page is escaped; the page runs no script (its CSP
 * forbids it): the layer toggles are checkboxes read by CSS. Quotes and speakers keep the background, entities a
 * bottom border, claims an underline, techniques an overline coloured (and dashed or dotted) by family, so
 * overlapping spans stay readable.
 */
export function toHtml(doc: Doc): string {
  const title = doc.meta.title ?? doc.source.name;
  const pieces = flatten(doc.text, [...spineMarks(doc), ...techniqueMarks(doc)]);
  const body = pieces
    .map((p) => (p.marks.length ? wrap(p.text, p.marks) : esc(p.text)))
    .join('');
  const meta = [doc.meta.siteName, doc.meta.byline, doc.meta.published, doc.meta.language, doc.meta.url].filter((v): v is string => !!v);
  const cut = (s: { start: number; end: number }) => esc(oneLine(doc.text.slice(s.start, s.end)));
  const who = speakers(doc)
    .map((g) => `<li><strong>${esc(g.name)}</strong>${g.role ? ` — ${esc(g.role)}` : ''}${g.venues.length ? `<br><small>${g.venues.map(esc).join('; ')}</small>` : ''}<ol>${g.quotes
      .map((q) => `<li><code>${q.kind}</code> ${esc(quoted(oneLine(doc.text.slice(q.content.start, q.content.end))))}</li>`)
      .join('')}</ol></li>`)
    .join('');
  const { author, attributed } = claimsByVoice(doc);
  const claimList = (list: typeof author, speaker: boolean) =>
    list.map((c) => `<li>${speaker ? `<strong>${esc(claimSpeakerName(doc, c) ?? 'unknown')}:</strong> ` : ''}“${cut(c)}” <code>${c.checkworthiness.toFixed(2)}</code></li>`).join('');
  const entityList = (doc.layers.entities ?? []).map((e) => `<li><strong>${esc(e.canonical)}</strong> <code>${e.type}</code> — ${e.aliases.map(esc).join(', ')}</li>`).join('');
  return `<!doctype html>
<html lang="${esc(doc.meta.language ?? 'und')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)} — claimtrail</title>
<style>${STYLE}${TOGGLE_STYLE}</style>
</head>
<body>
<main>
<article>
<h1>${esc(title)}</h1>
<p class="meta">${meta.map(esc).join(' · ')}</p>
<p class="legend"><span class="speaker">speaker</span><span class="quote">quote</span><span class="cue">cue</span><span class="venue">venue</span><span class="entity">entity</span><span class="claim-author">claim, outlet's voice</span><span class="claim-attributed">claim, attributed</span></p>
${techniqueLegend(doc)}
<span class="toggles">Show:</span> ${toggles()}
<div class="text">${body}</div>
</article>
<aside>
<section><h2>Who said what</h2><ul>${who || '<li>No quotes found.</li>'}</ul></section>
<section><h2>Claims in the outlet's own voice</h2><ol>${claimList(author, false) || '<li>None found.</li>'}</ol></section>
<section><h2>Attributed claims</h2><ol>${claimList(attributed, true) || '<li>None found.</li>'}</ol></section>
${techniquesSection(doc)}
${framingSection(doc)}
${narrativesSection(doc)}
<section><h2>Entities</h2><ul>${entityList || '<li>None found.</li>'}</ul></section>
</aside>
</main>
</body>
</html>
`;
}

function wrap(text: string, marks: { classes: string[]; title: string }[]): string {
  // Nest one <span> per mark so each keeps its own tooltip and class.
  return marks.reduceRight((inner, m) => `<span class="${m.classes.map(esc).join(' ')}" title="${esc(m.title)}">${inner}</span>`, esc(text));
}

export { esc };
