/// <reference lib="dom" />
// The article view: the text with its layers highlighted (pieces cut by the report's flatten), a toggle per layer,
// a side panel listing what was found, and a details box for the highlight or list entry chosen. Text goes into the
// page only as text nodes.
import type { Doc, Span } from '../core/types.js';
import { flatten } from '../report/highlight.js';
import { h } from './dom.js';
import { allMarks, LAYERS, layerOf } from './marks.js';
import { sidePanel } from './panel.js';

export function articleView(doc: Doc, extra: Node[] = []): HTMLElement {
  const marks = allMarks(doc);
  const pieces = flatten(doc.text, marks);
  const details = h('div', { class: 'details', role: 'status', 'aria-live': 'polite' }, 'Click a highlight, or a line of the side panel, to see what it is.');
  const spans: { el: HTMLElement; start: number; end: number }[] = [];
  const textBox = h('div', { class: 'text', lang: doc.meta.language ?? '' });
  let at = 0;
  for (const p of pieces) {
    const start = at;
    at += p.text.length;
    if (!p.marks.length) {
      textBox.append(document.createTextNode(p.text));
      continue;
    }
    const layers = new Set(p.marks.map(layerOf));
    const el = h('span', { class: ['hl', ...new Set(p.marks.flatMap((m) => m.classes)), ...[...layers].map((l) => `in-${l}`)].join(' '), title: p.marks.map((m) => m.title).join('\n') }, p.text);
    el.addEventListener('click', () => show(p.marks.map((m) => m.title), { start, end: at }));
    textBox.append(el);
    spans.push({ el, start, end: at });
  }

  const show = (lines: string[], span: Span | null) => {
    details.replaceChildren(h('strong', {}, 'Details'), h('ul', {}, lines.map((l) => h('li', {}, l))));
    for (const s of spans) s.el.classList.toggle('selected', !!span && s.start < span.end && s.end > span.start);
  };
  const select = (span: Span, lines: string[]) => {
    show(lines, span);
    spans.find((s) => s.start < span.end && s.end > span.start)?.el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  const article = h('article', { class: `article ${LAYERS.map((l) => `show-${l.key}`).join(' ')}` });
  const toggles = h(
    'fieldset',
    { class: 'toggles' },
    h('legend', {}, 'Show'),
    LAYERS.map((l) => {
      const box = h('input', { type: 'checkbox', checked: true, id: `layer-${l.key}`, 'data-layer': l.key });
      box.addEventListener('change', () => article.classList.toggle(`show-${l.key}`, box.checked));
      return h('label', { for: `layer-${l.key}`, class: `toggle toggle-${l.key}` }, box, ` ${l.label}`);
    }),
  );
  const meta = [doc.meta.siteName, doc.meta.byline, doc.meta.published?.slice(0, 10), doc.meta.language].filter((v): v is string => !!v);
  const url = doc.meta.url ? h('a', { href: doc.meta.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, doc.meta.url) : null;
  article.append(h('h2', { class: 'title' }, doc.meta.title ?? doc.source.name), h('p', { class: 'meta' }, meta.join(' · '), url ? ' · ' : '', url), ...extra, toggles, textBox);
  return h('div', { class: 'article-layout' }, article, h('aside', { class: 'panel', 'aria-label': 'What was found' }, details, sidePanel(doc, select)));
}
