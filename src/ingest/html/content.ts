// Picks the element(s) holding the article, readability-style: paragraphs score their ancestors, link-heavy
// candidates lose, and names that say "article body" win; siblings that look like more of the article join.
import { hasPositiveName, nameTokens } from './boilerplate.js';
import { BLOCK_TAGS, elements, hasItemprop, linkDensity, textOf, type ElementNode } from './tree.js';

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
const BODY_NAMES = new Set([
  'articlebody', 'entry-content', 'post-content', 'article-body', 'article-content', 'story-body', 'post-body', 'td-post-content',
  'content-body', 'article__body', 'article-text', 'story-content', 'blog-post', 'post-entry', 'entry-body', 'single-content',
  'article__content', 'post__content', 'body-text', 'story-text', 'article-main', 'main-content', 'postcontent', 'entrytext',
]);

interface Scored {
  el: ElementNode;
  score: number;
}

export function pickContent(root: ElementNode): ElementNode[] {
  const scores = new Map<ElementNode, number>();
  for (const el of elements(root)) {
    if (!isParagraph(el) || el.textLength < 25) continue;
    const text = textOf(el);
    const score = 1 + countCommas(text) + Math.min(Math.floor(text.length / 100), 3);
    let ancestor = el.parent;
    for (let level = 0; ancestor && ancestor.tag !== '#root' && level < 5; level++, ancestor = ancestor.parent) {
      if (!scores.has(ancestor)) scores.set(ancestor, initialScore(ancestor));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, scores.get(ancestor)! + score / divider);
    }
  }
  const ranked: Scored[] = [...scores].map(([el, score]) => ({ el, score: score * (1 - linkDensity(el)) })).sort((a, b) => b.score - a.score);
  if (!ranked.length) return root.children.length ? [root] : [];
  const top = widen(promote(ranked, scores));
  return withSiblings(top, ranked);
}

function isParagraph(el: ElementNode): boolean {
  if (PARAGRAPH_TAGS.has(el.tag)) return true;
  if (el.tag !== 'div' && el.tag !== 'section' && el.tag !== 'article') return false;
  // A div used as a paragraph: text of its own and no block children.
  let ownText = false;
  for (const child of el.children) {
    if (child.type === 'element' && BLOCK_TAGS.has(child.tag)) return false;
    if (child.type === 'text' && child.text.trim()) ownText = true;
  }
  return ownText;
}

function initialScore(el: ElementNode): number {
  let score = 0;
  switch (el.tag) {
    case 'div': case 'section': score = 5; break;
    case 'article': score = 10; break;
    case 'pre': case 'td': case 'blockquote': score = 3; break;
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form': score = -3; break;
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th': score = -5; break;
  }
  if (hasPositiveName(el)) score += 25;
  if (isBodyByName(el)) score += 30;
  return score;
}

export function isBodyByName(el: ElementNode): boolean {
  if (hasItemprop(el, 'articleBody')) return true;
  const names = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`.toLowerCase().split(/\s+/);
  return names.some((n) => BODY_NAMES.has(n)) || nameTokens(el).includes('articlebody');
}

function countCommas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) n++;
  }
  return n;
}

/** Moves up from the best candidate when an ancestor holds several near-best candidates (split articles). */
function promote(ranked: Scored[], raw: Map<ElementNode, number>): ElementNode {
  let top = ranked[0].el;
  const rivals = ranked.slice(1, 6).filter((s) => s.score >= ranked[0].score * 0.75).map((s) => s.el);
  if (rivals.length >= 2) {
    for (let ancestor = top.parent; ancestor && ancestor.tag !== '#root' && ancestor.tag !== 'body'; ancestor = ancestor.parent) {
      if (rivals.filter((r) => contains(ancestor!, r)).length >= 2) {
        top = ancestor;
        break;
      }
    }
  }
  // An only child says little: its parent is the article.
  while (top.parent && top.parent.tag !== '#root' && top.parent.tag !== 'body' && top.parent.children.filter((c) => c.type === 'element').length === 1) {
    top = top.parent;
  }
  void raw;
  return top;
}

/**
 * Climbs to the parent while the article is most of the parent's prose and the parent is not link-heavy: recipes
 * and structured pages spread the article over sibling blocks (ingredients beside steps) that score little.
 */
function widen(top: ElementNode): ElementNode {
  let current = top;
  for (let i = 0; i < 2; i++) {
    const parent = current.parent;
    if (!parent || parent.tag === '#root' || parent.tag === 'body' || parent.tag === 'html') break;
    const own = current.textLength - current.linkLength;
    const all = parent.textLength - parent.linkLength;
    if (all <= own || own < all * 0.85 || linkDensity(parent) > 0.2) break;
    current = parent;
  }
  return current;
}

function contains(ancestor: ElementNode, el: ElementNode): boolean {
  for (let node: ElementNode | null = el; node; node = node.parent) if (node === ancestor) return true;
  return false;
}

function withSiblings(top: ElementNode, ranked: Scored[]): ElementNode[] {
  const parent = top.parent;
  if (!parent || parent.tag === '#root') return [top];
  const scoreOf = new Map(ranked.map((s) => [s.el, s.score]));
  const topScore = scoreOf.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const out: ElementNode[] = [];
  for (const sibling of parent.children) {
    if (sibling.type !== 'element') continue;
    if (sibling === top) {
      out.push(sibling);
      continue;
    }
    const bonus = sibling.attrs.class && sibling.attrs.class === top.attrs.class ? topScore * 0.2 : 0;
    const score = scoreOf.get(sibling);
    if (score !== undefined && score + bonus >= threshold) out.push(sibling);
    else if (sibling.tag === 'p' && looksLikeParagraph(sibling)) out.push(sibling);
  }
  return out;
}

function looksLikeParagraph(el: ElementNode): boolean {
  const density = linkDensity(el);
  if (el.textLength > 80) return density < 0.25;
  return density === 0 && /\.( |$)/.test(textOf(el));
}
