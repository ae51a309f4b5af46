/// <reference lib="dom" />
// The side panel of the article view: who said what, claims by voice, techniques, framing, narratives, entities.
// Each entry is a button for exactly one highlight (found by what it was made from, its `ref`): choosing it shows
// that mark's layer and selects that mark alone (keyboard reachable).
import type { Doc, Span } from '../core/types.js';
import { framingView, techniquesView } from '../report/persuasion.js';
import { claimsByVoice, oneLine, quoteSpeakerName, speakers } from '../report/views.js';
import { h } from './dom.js';
import { stanceBadge } from './stance-badge.js';
import { techniqueLabel, type HlMark, type LayerKey, type LayerMarks } from './marks.js';

export type Choose = (mark: HlMark) => void;

const cut = (doc: Doc, s: Span, max = 140) => {
  const t = oneLine(doc.text.slice(s.start, s.end));
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

function entry(label: string, mark: HlMark | undefined, choose: Choose, badge?: HTMLElement): HTMLElement {
  // An entry whose span is not in the text (no evidence) is listed as plain text: there is nothing to select.
  if (!mark) return h('li', {}, badge, label);
  const button = h('button', { type: 'button', class: 'entry', 'data-mark': mark.id, onclick: () => choose(mark) }, h('span', { class: `swatch hl-swatch hc-${mark.colour}`, 'aria-hidden': 'true' }), badge, label);
  return h('li', {}, button);
}

function section(title: string, items: HTMLElement[], empty: string, cls: string): HTMLElement {
  return h('section', { class: cls }, h('h3', {}, `${title} (${items.length})`), items.length ? h('ul', {}, items) : h('p', { class: 'empty' }, empty));
}

export function sidePanel(doc: Doc, marks: LayerMarks, choose: Choose): HTMLElement {
  const byRef = new Map<string, HlMark>();
  for (const list of Object.values(marks)) for (const m of list) byRef.set(`${m.layer}:${m.ref}`, m);
  const mark = (layer: LayerKey, ref: string) => byRef.get(`${layer}:${ref}`);
  const who = speakers(doc).map((g) =>
    h('li', { class: 'speaker-group' }, h('strong', {}, g.name), g.role ? ` — ${g.role}` : '', h('ul', {}, g.quotes.map((q) => entry(`${q.kind}: ${cut(doc, q.content)}`, mark('quotes', q.id), choose)))),
  );
  const { author, attributed } = claimsByVoice(doc);
  const claim = (c: (typeof author)[number]) => entry(`${c.voice === 'attributed' ? `${quoteSpeakerName(doc, c.quoteId) ?? 'unknown'}: ` : ''}${cut(doc, c)} (${c.checkworthiness.toFixed(2)})`, mark('claims', c.id), choose);
  const tv = techniquesView(doc);
  const techniques = tv.shown.map((t) => entry(`${techniqueLabel(t.technique)} (${t.score.toFixed(2)}): ${cut(doc, t, 80)}`, mark('techniques', t.id), choose));
  const framing = framingView(doc).map((f) => entry(`${f.name}: ${f.role} (${f.fineRole})`, mark('framing', `${f.entityId}#0`), choose));
  // The article's stance (a fact-check quoting the narrative refutes it) as a badge, as on the narrative pages.
  const narratives = (doc.layers.narratives ?? []).map((n) => entry(` ${n.title} (${n.score.toFixed(2)})`, mark('narratives', `${n.id}#0`), choose, stanceBadge(n.articleStance ?? n.stance)));
  const entities = (doc.layers.entities ?? []).filter((e) => e.mentions.length).map((e) => entry(`${e.canonical} (${e.type}, ${e.mentions.length}×)`, mark('entities', `${e.id}#0`), choose));
  return h(
    'div',
    { class: 'findings' },
    section('Who said what', who, 'No quotes found.', 'who'),
    section("Claims in the outlet's own voice", author.map(claim), 'None found.', 'claims-author'),
    section('Attributed claims', attributed.map(claim), 'None found.', 'claims-attributed'),
    section('Techniques', techniques, tv.hidden ? `None shown (${tv.hidden} below the display threshold).` : 'None found.', 'techniques'),
    section('Framing', framing, 'No actors cast.', 'framing'),
    section('Narratives', narratives, 'None matched.', 'narratives'),
    section('Entities', entities, 'None found.', 'entities'),
  );
}
