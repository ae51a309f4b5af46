/// <reference lib="dom" />
// The controls above the highlighted text: one radio per layer (one layer shown at a time), a technique chooser
// (all techniques or one), the legend of the shown marks with their counts, and the line that documents the keys.
import { h } from './dom.js';
import { legend } from './highlight-nav.js';
import { LAYERS, type HlMark, type LayerKey, type LayerMarks } from './marks.js';

export function layerRadios(marks: LayerMarks, current: LayerKey, onChange: (layer: LayerKey) => void): HTMLFieldSetElement {
  return h(
    'fieldset',
    { class: 'toggles hl-layers' },
    h('legend', {}, 'Show one layer'),
    LAYERS.map((l) => {
      const radio = h('input', { type: 'radio', name: 'hl-layer', value: l.key, checked: l.key === current, id: `layer-${l.key}`, 'data-layer': l.key });
      radio.addEventListener('change', () => radio.checked && onChange(l.key));
      return h('label', { for: `layer-${l.key}`, class: `toggle toggle-${l.key}` }, radio, ` ${l.label} `, h('span', { class: 'n' }, `(${marks[l.key].length})`));
    }),
  );
}

/** A select of "all techniques" and each technique found, with counts; `onChange` gets "all" or a kind. */
export function techniqueChooser(techniques: readonly HlMark[], onChange: (kind: string) => void): { box: HTMLElement; select: HTMLSelectElement } {
  const select = h(
    'select',
    { id: 'technique-filter' },
    h('option', { value: 'all' }, `All techniques (${techniques.length})`),
    legend(techniques).map((e) => h('option', { value: e.kind }, `${e.label} (${e.count})`)),
  );
  select.addEventListener('change', () => onChange(select.value));
  const box = h('p', { class: 'hl-technique' }, h('label', { for: 'technique-filter' }, 'Technique: '), select);
  return { box, select };
}

/** The legend of what is shown: a swatch, the class and how many marks of it, per kind. */
export function legendList(marks: readonly HlMark[]): HTMLElement {
  const entries = legend(marks);
  if (!entries.length) return h('p', { class: 'hl-legend empty' }, 'Nothing found in this layer.');
  return h(
    'ul',
    { class: 'hl-legend', 'aria-label': 'Legend' },
    entries.map((e) => h('li', { 'data-kind': e.kind, 'data-count': e.count }, h('span', { class: `swatch hl-swatch hc-${e.colour}`, 'aria-hidden': 'true' }), h('span', { class: 'label' }, e.label), ' ', h('span', { class: 'n' }, String(e.count)))),
  );
}

export const KEYS_HINT = 'Click a highlight, or Tab to the text and press n or j for the next highlight, p or k for the previous, Escape to clear.';
