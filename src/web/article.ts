/// <reference lib="dom" />
// The article view: the text with one layer highlighted at a time (quotes first), a legend with counts, a side panel
// listing what was found, and a details box for the one mark chosen — by click (the innermost mark under it), by the
// panel, or by keyboard (n/j, p/k, Escape in the focused text). Text goes into the page only as text nodes.
import type { Doc } from '../core/types.js';
import { h } from './dom.js';
import { KEYS_HINT, layerRadios, legendList, techniqueChooser } from './highlight-controls.js';
import { onlyKind, step } from './highlight-nav.js';
import { highlightedText } from './highlight-text.js';
import { LAYERS, layerMarks, type HlMark, type LayerKey } from './marks.js';
import { sidePanel } from './panel.js';

const NOTHING = 'Nothing selected. Click a highlight or a line of the list below.';

/** The side panel's section for each layer, scrolled into the list's view when that layer is chosen. */
const SECTION: Record<LayerKey, string> = { quotes: '.who', claims: '.claims-author', entities: '.entities', techniques: '.techniques', framing: '.framing', narratives: '.narratives' };

export function articleView(doc: Doc, extra: Node[] = []): HTMLElement {
  const marks = layerMarks(doc);
  const byId = new Map(Object.values(marks).flatMap((list) => list.map((m) => [m.id, m] as const)));
  let layer: LayerKey = 'quotes';
  let technique = 'all';
  let selected: HlMark | null = null;
  const shown = () => (layer === 'techniques' ? onlyKind(marks.techniques, technique) : marks[layer]);

  const details = h('div', { class: 'details', role: 'status', 'aria-live': 'polite' }, NOTHING);
  const hint = h('p', { class: 'hl-hint', id: 'hl-hint' }, KEYS_HINT);
  const textBox = h('div', { class: 'text', lang: doc.meta.language ?? '', tabindex: 0, role: 'region', 'aria-label': 'Article text', 'aria-describedby': 'hl-hint' });
  // The name of the mark under the pointer, or of the selected one, floated over the text (not only a tooltip).
  const chip = h('span', { class: 'hl-chip', 'aria-hidden': 'true', hidden: true });
  const stage = h('div', { class: 'hl-stage' }, textBox, chip);
  const legendBox = h('div', { class: 'hl-legend-box' });
  const chooser = techniqueChooser(marks.techniques, (kind) => {
    technique = kind;
    draw();
  });

  const showChip = (m: HlMark | null) => {
    const first = m && textBox.querySelector<HTMLElement>(`[data-mark="${m.id}"]`);
    const rect = first?.getClientRects()[0];
    if (!m || !rect) {
      chip.hidden = true;
      return;
    }
    const box = stage.getBoundingClientRect();
    chip.textContent = m.label;
    chip.hidden = false;
    chip.style.left = `${Math.max(0, rect.left - box.left)}px`;
    chip.style.top = `${rect.top - box.top}px`;
  };

  // Scrolls the panel's list (its own scroll box on wide screens) so `el` is in it; the window does not move.
  const reveal = (el: Element | null) => {
    if (!el) return;
    const [box, at] = [panel.getBoundingClientRect(), el.getBoundingClientRect()];
    if (at.top < box.top || at.bottom > box.bottom) panel.scrollTop += at.top - box.top - 8;
  };

  const select = (m: HlMark | null, scroll: ScrollLogicalPosition | null = null) => {
    selected = m;
    for (const el of textBox.querySelectorAll('.selected')) el.classList.remove('selected');
    for (const el of panel.querySelectorAll('[aria-current]')) el.removeAttribute('aria-current');
    if (!m) {
      details.replaceChildren(NOTHING);
      showChip(null);
      return;
    }
    const els = textBox.querySelectorAll<HTMLElement>(`[data-mark="${m.id}"]`);
    for (const el of els) el.classList.add('selected');
    const entry = panel.querySelector(`button.entry[data-mark="${m.id}"]`);
    entry?.setAttribute('aria-current', 'true');
    reveal(entry);
    const list = shown();
    const layerLabel = LAYERS.find((l) => l.key === m.layer)?.label ?? m.layer;
    details.replaceChildren(
      h('strong', { class: 'hl-what' }, m.label),
      h('span', { class: 'hl-pos' }, ` — ${list.indexOf(m) + 1} of ${list.length} in ${layerLabel.toLowerCase()}`),
      h('ul', {}, m.lines.map((l) => h('li', {}, l))),
    );
    if (scroll) els[0]?.scrollIntoView({ block: scroll });
    showChip(m);
  };

  const draw = () => {
    const list = shown();
    textBox.replaceChildren(...highlightedText(doc.text, list));
    legendBox.replaceChildren(legendList(list));
    chooser.box.hidden = layer !== 'techniques';
    chooser.select.value = technique;
    select(selected && list.includes(selected) ? selected : null);
  };

  const choose = (m: HlMark) => {
    if (m.layer !== layer || (layer === 'techniques' && !shown().includes(m))) {
      layer = m.layer;
      technique = 'all';
      const radio = radios.querySelector<HTMLInputElement>(`input[value="${m.layer}"]`);
      if (radio) radio.checked = true;
      draw();
    }
    select(m, 'center');
  };

  textBox.addEventListener('click', (e) => {
    const el = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-mark]') : null;
    const m = el ? byId.get(el.dataset.mark ?? '') : undefined;
    if (m) select(m);
  });
  textBox.addEventListener('mouseover', (e) => {
    const el = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-mark]') : null;
    showChip((el && byId.get(el.dataset.mark ?? '')) ?? selected);
  });
  textBox.addEventListener('mouseleave', () => showChip(selected));
  textBox.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === 'n' || key === 'j' || key === 'p' || key === 'k') select(step(shown(), selected?.id ?? null, key === 'n' || key === 'j' ? 1 : -1), 'nearest');
    else if (key === 'escape') select(null);
    else return;
    e.preventDefault();
  });

  const radios = layerRadios(marks, layer, (key) => {
    layer = key;
    draw();
    reveal(panel.querySelector(SECTION[key]));
  });
  const panel = sidePanel(doc, marks, choose);
  const meta = [doc.meta.siteName, doc.meta.byline, doc.meta.published?.slice(0, 10), doc.meta.language].filter((v): v is string => !!v);
  const url = doc.meta.url ? h('a', { href: doc.meta.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, doc.meta.url) : null;
  const article = h('article', { class: 'article' });
  article.append(h('h2', { class: 'title' }, doc.meta.title ?? doc.source.name), h('p', { class: 'meta' }, meta.join(' · '), url ? ' · ' : '', url), ...extra, radios, chooser.box, legendBox, hint, stage);
  draw();
  return h('div', { class: 'article-layout' }, article, h('aside', { class: 'panel', 'aria-label': 'What was found' }, details, panel));
}
