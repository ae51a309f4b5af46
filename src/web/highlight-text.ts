/// <reference lib="dom" />
// The article text with one layer's marks: one element per mark and segment, nested outermost to innermost, so a
// click lands on the innermost mark and every element of a mark carries its id (data-mark). Text goes in only as
// text nodes.
import { h } from './dom.js';
import { segments } from './highlight-nav.js';
import type { HlMark } from './marks.js';

export function markClass(m: HlMark): string {
  return `hl ${m.base} ${m.kind} hc-${m.colour}`;
}

export function highlightedText(text: string, marks: readonly HlMark[]): Node[] {
  return segments(text.length, marks).map((seg) => {
    let node: Node = document.createTextNode(text.slice(seg.start, seg.end));
    for (let i = seg.marks.length - 1; i >= 0; i--) {
      const m = seg.marks[i];
      node = h('span', { class: markClass(m), 'data-mark': m.id, title: m.label }, node);
    }
    return node;
  });
}
