/// <reference lib="dom" />
// The side panel of the article view: who said what, claims by voice, techniques, framing, narratives, entities.
// Each entry is a button: it highlights its span in the text and shows its details (keyboard reachable).
import type { Doc, Span } from '../core/types.js';
import { techniquesView, framingView } from '../report/persuasion.js';
import { claimsByVoice, oneLine, quoteSpeakerName, speakers } from '../report/views.js';
import { h } from './dom.js';

type Select = (span: Span, lines: string[]) => void;

const cut = (doc: Doc, s: Span, max = 140) => {
  const t = oneLine(doc.text.slice(s.start, s.end));
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

function entry(label: string, span: Span, lines: string[], select: Select, cls = ''): HTMLElement {
  return h('li', {}, h('button', { type: 'button', class: `entry ${cls}`, onclick: () => select(span, lines) }, label));
}

function section(title: string, items: HTMLElement[], empty: string, cls: string): HTMLElement {
  return h('section', { class: cls }, h('h3', {}, `${title} (${items.length})`), items.length ? h('ul', {}, items) : h('p', { class: 'empty' }, empty));
}

export function sidePanel(doc: Doc, select: Select): HTMLElement {
  const who = speakers(doc).map((g) =>
    h(
      'li',
      { class: 'speaker-group' },
      h('strong', {}, g.name),
      g.role ? ` — ${g.role}` : '',
      h('ul', {}, g.quotes.map((q) => entry(`${q.kind}: ${cut(doc, q.content)}`, q.content, [`${q.kind} quote of ${g.name}`, cut(doc, q.content, 1000), ...(q.venue ? [`where: ${q.venue.text}`] : [])], select, 'quote-entry'))),
    ),
  );
  const { author, attributed } = claimsByVoice(doc);
  const claim = (c: (typeof author)[number]) =>
    entry(`${c.voice === 'attributed' ? `${quoteSpeakerName(doc, c.quoteId) ?? 'unknown'}: ` : ''}${cut(doc, c)} (${c.checkworthiness.toFixed(2)})`, c, [`claim, ${c.voice === 'author' ? "outlet's own voice" : 'attributed'}`, `check-worthiness ${c.checkworthiness.toFixed(2)}`, cut(doc, c, 1000)], select);
  const tv = techniquesView(doc);
  const techniques = tv.shown.map((t) => entry(`${t.technique.replace(/_/g, ' ')} (${t.score.toFixed(2)}): ${cut(doc, t, 80)}`, t, [`${t.technique} ${t.score.toFixed(2)}`, t.explanation, cut(doc, t, 1000)], select));
  const framing = framingView(doc)
    .filter((f) => f.evidence.length)
    .map((f) => entry(`${f.name}: ${f.role} (${f.fineRole})`, f.evidence[0], [`${f.name} cast as ${f.role} (${f.fineRole}, ${f.score.toFixed(2)})`, f.explanation], select));
  const narratives = (doc.layers.narratives ?? []).map((n) =>
    entry(`${n.title} — ${n.stance} (${n.score.toFixed(2)})`, n.evidence[0] ?? { start: 0, end: 0 }, [`narrative ${n.id}: ${n.title}`, `stance: ${n.stance}`, ...n.evidence.map((e) => cut(doc, e, 300))], select),
  );
  const entities = (doc.layers.entities ?? []).filter((e) => e.mentions.length).map((e) => entry(`${e.canonical} (${e.type}, ${e.mentions.length}×)`, e.mentions[0], [`${e.canonical} (${e.type})`, `aliases: ${e.aliases.join(', ')}`, ...(e.role ? [`role: ${e.role.text}`] : [])], select));
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
