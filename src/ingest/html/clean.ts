// Removes page chrome from the tree in place, using the verdicts of boilerplate.ts and the amount of text held.
import { COMMENT_WORDS, chromeVerdict, hasPositiveName, nameTokens } from './boilerplate.js';
import { linkDensity, measure, remove, type ElementNode } from './tree.js';

/** Removes chrome below `root`, then measures the tree again. */
export function removeChrome(root: ElementNode): void {
  measure(root);
  prune(root);
  measure(root);
}

function prune(el: ElementNode): void {
  // Copy: children are removed while iterating.
  for (const child of el.children.slice()) {
    if (child.type !== 'element') continue;
    if (isChrome(child)) remove(child);
    else prune(child);
  }
}

function isChrome(el: ElementNode): boolean {
  const verdict = chromeVerdict(el);
  if (verdict === 'keep') return false;
  const density = linkDensity(el);
  if (verdict === 'chrome') {
    // A wrapper with a chrome word in its names ("post has-share-buttons") that holds the article itself.
    const redeemable = hasPositiveName(el) && !nameTokens(el).some((t) => COMMENT_WORDS.has(t));
    return !(redeemable && el.textLength > 1500 && density < 0.25 && holdsParagraphs(el, 3));
  }
  // Soft: a byline box or post header is short; an "article-header" that wraps the body is not.
  return el.textLength < 600 || density > 0.5 || !holdsParagraphs(el, 2);
}

function holdsParagraphs(el: ElementNode, min: number): boolean {
  let count = 0;
  const stack: ElementNode[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tag === 'p' && child.textLength > 40 && ++count >= min) return true;
      stack.push(child);
    }
  }
  return false;
}
