// A light element tree built straight from htmlparser2's callbacks: only what extraction needs, with source offsets.
import { Parser } from 'htmlparser2';

export interface TextNode {
  type: 'text';
  /** Decoded text (entities resolved). */
  text: string;
  /** Extent in the decoded HTML string, end exclusive. A chunk is either verbatim or a single entity. */
  start: number;
  end: number;
}

export interface ElementNode {
  type: 'element';
  tag: string;
  attrs: Record<string, string>;
  children: TreeNode[];
  parent: ElementNode | null;
  start: number;
  /** Filled in by `measure`: characters of text (whitespace collapsed roughly) and of text inside links. */
  textLength: number;
  linkLength: number;
}

export type TreeNode = TextNode | ElementNode;

/** What the head and raw-text elements held: read by the metadata extraction. */
export interface PageHead {
  title: string | null;
  lang: string | null;
  metas: Record<string, string>[];
  links: Record<string, string>[];
  jsonLd: string[];
}

/** Elements whose content is never article text: skipped while parsing. */
const SKIP = new Set([
  'script', 'style', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video',
  'select', 'textarea', 'button', 'head', 'map', 'dialog',
]);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'source', 'area', 'base', 'col', 'param', 'track']);

/**
 * Deepest element nesting kept (browsers stop at 512 too). Deeper start tags are dropped and their text joins the
 * deepest kept element: htmlparser2 keeps its open elements in an array it unshifts (quadratic in depth), and every
 * walk over the tree stays shallow.
 */
export const MAX_DEPTH = 512;

/**
 * Tree nodes kept per page (elements, text runs, and the head's meta and link tags). Each costs a few hundred bytes
 * of heap: a 5 MB page of tiny elements (`<b>x</b>` over and over) built 870,000 of them, 400 MB live, past the
 * 256 MB heap of an analysis thread. The largest of the 169 real pages of the extraction evaluation has 15,509
 * (dailymail.co.uk), so 100,000 (about 50 MB) leaves six times that; past it the rest of the page is not read, with
 * a warning (`page-too-many-nodes`).
 */
export const MAX_NODES = 100_000;

/** Characters kept of the title and of one JSON-LD block (an unclosed <title> would otherwise gather the whole page). */
export const MAX_RAW_TEXT = 1_000_000;

/** The parser's internals the depth cap needs (htmlparser2 12: `stack`, `tagname`, `emitOpenTag`). */
interface ParserInternals {
  stack: string[];
  tagname: string;
  emitOpenTag(name: string): void;
}

export interface ParsedPage {
  root: ElementNode;
  head: PageHead;
  /** Start tags dropped because they nested deeper than MAX_DEPTH. */
  dropped: number;
  /** Set when the page had more than MAX_NODES nodes: where reading stopped, and what was left unread after it. */
  cut: { at: number; tags: number; textChars: number } | null;
  /** Closed elements with nothing in them dropped to stay within MAX_NODES (only on pages that reach it). */
  pruned: number;
}

export function parseTree(html: string): ParsedPage {
  const root = element('#root', {}, null, 0);
  const head: PageHead = { title: null, lang: null, metas: [], links: [], jsonLd: [] };
  let current = root;
  let skipDepth = 0;
  let raw: { tag: string; jsonLd: boolean; text: string } | null = null;
  let nodes = 0;
  let cut: ParsedPage['cut'] = null;
  let pruned = 0;
  /**
   * Counts a node to be kept; false once the budget is spent (the first refusal marks where reading stopped). A
   * budget spent on closed empty elements (100,000 unclosed <li>, each closing the one before) is won back by
   * dropping them, so the article after them is still read; when that wins back less than half, reading stops.
   */
  const room = (): boolean => {
    if (nodes >= MAX_NODES && !cut) {
      const freed = pruneEmpty(root, current);
      pruned += freed;
      nodes -= freed;
      if (nodes > MAX_NODES / 2) cut = { at: parser.startIndex, tags: 0, textChars: 0 };
    }
    if (cut) return false;
    nodes++;
    return true;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (cut || ((name === 'meta' || name === 'link' || (skipDepth === 0 && !SKIP.has(name))) && !room())) {
          // Past the budget nothing more is kept; the raw-text and skip bookkeeping stops with it.
          cut!.tags++;
          return;
        }
        if (name === 'meta') head.metas.push(attrs);
        else if (name === 'link') head.links.push(attrs);
        else if (name === 'html' && attrs.lang && !head.lang) head.lang = attrs.lang;
        if (name === 'title' && head.title === null) raw = { tag: name, jsonLd: false, text: '' };
        if (skipDepth > 0 || SKIP.has(name)) {
          if (!VOID.has(name)) skipDepth++;
          if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) raw = { tag: name, jsonLd: true, text: '' };
          return;
        }
        const el = element(name, attrs, current, parser.startIndex);
        current.children.push(el);
        if (!VOID.has(name)) current = el;
      },
      ontext(text) {
        if (raw && raw.text.length < MAX_RAW_TEXT) raw.text += text.slice(0, MAX_RAW_TEXT - raw.text.length);
        if (skipDepth > 0) return;
        if (cut || !room()) {
          cut!.textChars += text.length;
          return;
        }
        current.children.push({ type: 'text', text, start: parser.startIndex, end: parser.endIndex + 1 });
      },
      onclosetag(name) {
        if (raw && raw.tag === name) {
          if (raw.jsonLd) head.jsonLd.push(raw.text);
          else if (head.title === null) head.title = raw.text;
          raw = null;
        }
        if (VOID.has(name) || cut) return;
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        // htmlparser2 closes implied elements itself; walk up to the matching open element.
        let el: ElementNode | null = current;
        while (el && el.tag !== name) el = el.parent;
        if (el && el.parent) current = el.parent;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  let dropped = 0;
  const inner = parser as unknown as ParserInternals;
  const open = inner.emitOpenTag;
  // An empty tag name is how htmlparser2 itself ignores a start tag (a nested <form>): no events, no stack entry.
  inner.emitOpenTag = function (this: ParserInternals, name: string) {
    if (this.stack.length >= MAX_DEPTH && !VOID.has(name)) {
      dropped++;
      this.tagname = '';
      return;
    }
    open.call(this, name);
  };
  parser.write(html);
  parser.end();
  return { root, head, dropped, cut, pruned };
}

/**
 * Drops closed, empty, non-void elements (bottom-up, so a parent emptied by it goes too), keeping the open ones
 * (`open` and its ancestors). The head's meta and link tags are not in the tree and stay counted. Returns how many went.
 */
function pruneEmpty(root: ElementNode, open: ElementNode): number {
  const keep = new Set<ElementNode>();
  for (let el: ElementNode | null = open; el; el = el.parent) keep.add(el);
  const order = [root, ...elements(root)];
  let freed = 0;
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i];
    const before = el.children.length;
    el.children = el.children.filter((c) => c.type === 'text' || c.children.length > 0 || VOID.has(c.tag) || keep.has(c));
    freed += before - el.children.length;
  }
  return freed;
}

function element(tag: string, attrs: Record<string, string>, parent: ElementNode | null, start: number): ElementNode {
  return { type: 'element', tag, attrs, children: [], parent, start, textLength: 0, linkLength: 0 };
}

/** Fills textLength / linkLength bottom-up (non-whitespace characters, a cheap proxy for text size). */
export function measure(el: ElementNode): void {
  // Post-order without recursion: children are measured before the parent that sums them.
  const order = [el, ...elements(el)];
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i];
    let text = 0;
    let link = 0;
    for (const child of node.children) {
      if (child.type === 'text') text += countNonSpace(child.text);
      else {
        text += child.textLength;
        link += child.tag === 'a' ? child.textLength : child.linkLength;
      }
    }
    node.textLength = text;
    node.linkLength = link;
  }
}

function countNonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

/** Whether the element's itemprop (a space-separated list) names `prop`. */
export function hasItemprop(el: ElementNode, prop: string): boolean {
  const value = el.attrs.itemprop;
  return !!value && (value === prop || value.split(/\s+/).includes(prop));
}

export function linkDensity(el: ElementNode): number {
  return el.textLength ? el.linkLength / el.textLength : 0;
}

/** The element's text, whitespace collapsed. */
export function textOf(node: TreeNode): string {
  const parts: string[] = [];
  collect(node, parts);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Document order without recursion; a block's closing space is pushed as a plain string to emit after its children. */
function collect(node: TreeNode, parts: string[]): void {
  const stack: (TreeNode | string)[] = [node];
  while (stack.length) {
    const next = stack.pop()!;
    if (typeof next === 'string') parts.push(next);
    else if (next.type === 'text') parts.push(next.text);
    else {
      if (next.tag === 'br' || BLOCK_TAGS.has(next.tag)) parts.push(' ');
      if (BLOCK_TAGS.has(next.tag)) stack.push(' ');
      for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]);
    }
  }
}

export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'pre', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'figure',
  'figcaption', 'form', 'fieldset', 'address', 'hr', 'body', 'html', 'center', 'details', 'summary', 'caption',
]);

/** The elements below `el` in document order (pre-order), without recursion. */
export function* elements(el: ElementNode): Generator<ElementNode> {
  const stack: ElementNode[] = [];
  for (let i = el.children.length - 1; i >= 0; i--) {
    const c = el.children[i];
    if (c.type === 'element') stack.push(c);
  }
  while (stack.length) {
    const next = stack.pop()!;
    yield next;
    for (let i = next.children.length - 1; i >= 0; i--) {
      const c = next.children[i];
      if (c.type === 'element') stack.push(c);
    }
  }
}

export function remove(el: ElementNode): void {
  const parent = el.parent;
  if (!parent) return;
  const i = parent.children.indexOf(el);
  if (i >= 0) parent.children.splice(i, 1);
  el.parent = null;
}
