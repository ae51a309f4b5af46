// Writes the article element(s) out as text: blocks become paragraphs, and link lists, share prompts and other
// leftovers inside the article are left out.
import { BLOCK_TAGS, linkDensity, textOf, type ElementNode } from './tree.js';
import { isJunkBlock } from './junk.js';
import type { TextWriter } from './writer.js';

const LINK_BLOCKS = new Set(['ul', 'ol', 'div', 'section', 'table', 'dl', 'p', 'figure', 'center', 'header']);

export function emitContent(el: ElementNode, writer: TextWriter, pre = false): void {
  for (const child of el.children) {
    if (child.type === 'text') {
      writer.writeNode(child, pre);
      continue;
    }
    const tag = child.tag;
    if (tag === 'br') {
      writer.lineBreak();
      continue;
    }
    if (tag === 'hr') {
      writer.paragraphBreak();
      continue;
    }
    if (child.textLength === 0 || isLeftover(child)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) writer.paragraphBreak();
    emitContent(child, writer, pre || tag === 'pre');
    if (block) writer.paragraphBreak();
  }
}

function isLeftover(el: ElementNode): boolean {
  if (LINK_BLOCKS.has(el.tag) && el.textLength > 0 && linkDensity(el) > 0.65) return true;
  if (el.textLength <= 250 && BLOCK_TAGS.has(el.tag) && isJunkBlock(textOf(el))) return true;
  return false;
}
