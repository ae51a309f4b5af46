// Removes page chrome from the tree in place, using the verdicts of boilerplate.ts and the amount of text held.
import { COMMENT_WORDS, chromeVerdict, nameTokens } from './boilerplate.js';
import { linkDensity, measure, remove, type ElementNode } from './tree.js';

/** Removes chrome below `root` (measured already), then measures the tree again. */
export function removeChrome(root: ElementNode): void {
  prune(root, nonLink(root));
  measure(root);
}

function prune(el: ElementNode, pageText: number): void {
  // Copy: children are removed while iterating.
  for (const child of el.children.slice()) {
    if (child.type !== 'element') continue;
    if (isChrome(child, pageText)) remove(child);
    else prune(child, pageText);
  }
}

function isChrome(el: ElementNode, pageText: number): boolean {
  const verdict = chromeVerdict(el);
  if (verdict === 'keep') return false;
  if (verdict === 'drop') return true;
  if (verdict === 'chrome') {
    // A layout wrapper with a chrome word in its names ("has-sidebar", "widget Blog", "offcanvas") that holds
    // most of the page's prose is where the article is. Comment sections never are.
    if (nameTokens(el).some((t) => COMMENT_WORDS.has(t))) return true;
    return !holdsMostProse(el, pageText);
  }
  // Soft: a byline box or post header is short; an "article-header" or a page-wide <form> that wraps the body is not.
  if (holdsMostProse(el, pageText)) return false;
  return el.textLength < 600 || linkDensity(el) > 0.5 || !holdsProse(el, 2);
}

function holdsMostProse(el: ElementNode, pageText: number): boolean {
  const own = nonLink(el);
  return own > 400 && own >= pageText * 0.5 && holdsProse(el, 2);
}

/** Text not inside links. */
function nonLink(el: ElementNode): number {
  return el.textLength - el.linkLength;
}

/** At least `min` blocks with 80+ characters of their own prose (paragraphs, or text set straight into a div). */
function holdsProse(el: ElementNode, min: number): boolean {
  let count = 0;
  const stack: ElementNode[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    for (const child of node.children) {
      if (child.type === 'text') {
        if (child.text.length > 80 && child.text.trim().length > 80 && ++count >= min) return true;
      } else if (child.tag === 'p' || child.tag === 'pre' || child.tag === 'blockquote') {
        if (nonLink(child) > 80 && ++count >= min) return true;
      } else stack.push(child);
    }
  }
  return false;
}
