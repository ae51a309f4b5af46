// Which elements are page chrome, judged by tag, role, hidden state and the words in class / id.
import { hasItemprop, type ElementNode } from './tree.js';

/** Always chrome, whatever else the element says. */
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'menu', 'input', 'label', 'option']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert', 'toolbar', 'tablist']);

/** Words in class / id that mark chrome even next to words like "article" ("article-comments", "post-share"). */
const HARD = new Set([
  'comment', 'comments', 'commentlist', 'disqus', 'respond', 'reply', 'replies', 'share', 'shares', 'sharing', 'sharedaddy', 'sharebar', 'social',
  'socialmedia', 'related', 'relatedposts', 'yarpp', 'newsletter', 'cookie', 'cookies', 'consent', 'gdpr', 'advert', 'advertisement', 'ad', 'ads', 'adsbygoogle',
  'sponsor', 'sponsored', 'promo', 'promotion', 'breadcrumb', 'breadcrumbs', 'outbrain', 'taboola', 'popup', 'modal', 'subscribe',
  'subscription', 'signup', 'login', 'paywall', 'nav', 'navbar', 'navigation', 'menu', 'sidebar', 'skip', 'masthead',
  'recommended', 'recommendations', 'trending', 'popular', 'mostread', 'pagination', 'pager', 'toolbar', 'print', 'rating', 'tags', 'tagcloud',
  'dropdown', 'offcanvas', 'banner', 'rss', 'crumbs', 'addtoany', 'a2a', 'sociable', 'comentarios', 'kommentare',
]);
/** Chrome unless the element also says it is the article ("article-header" may hold the body on some sites). */
const SOFT = new Set([
  'footer', 'header', 'byline', 'author', 'authors', 'bio', 'meta', 'metadata', 'postmeta', 'tag', 'topics', 'extra', 'supplemental',
  'more', 'next', 'prev', 'previous', 'navigation', 'caption', 'credit', 'credits', 'info', 'date', 'time', 'dateline', 'categories', 'category',
  'widget', 'widgets', 'utility', 'tools', 'actions', 'button', 'btn', 'icon', 'avatar', 'profile', 'follow', 'donate', 'donation', 'cta', 'links', 'footnote',
]);
const POSITIVE = new Set(['article', 'body', 'content', 'entry', 'post', 'story', 'main', 'text', 'blog', 'prose', 'articlebody', 'postbody', 'entrycontent']);

/** Chrome words no amount of text can redeem. */
export const COMMENT_WORDS = new Set(['comment', 'comments', 'commentlist', 'disqus', 'respond', 'replies', 'comentarios', 'kommentare']);

const tokenCache = new WeakMap<ElementNode, string[]>();

/** The words of class, id and itemprop: "post-header__meta jp-share" → post, header, meta, jp, share. */
export function nameTokens(el: ElementNode): string[] {
  let tokens = tokenCache.get(el);
  if (!tokens) {
    const names = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`;
    tokens = names ? names.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean) : [];
    tokenCache.set(el, tokens);
  }
  return tokens;
}

export function hasPositiveName(el: ElementNode): boolean {
  if (hasItemprop(el, 'articleBody') || hasItemprop(el, 'text')) return true;
  return nameTokens(el).some((t) => POSITIVE.has(t));
}

export type ChromeVerdict = 'drop' | 'chrome' | 'soft' | 'keep';

/**
 * 'drop': chrome by tag, role or hidden state, whatever it holds; 'chrome': chrome by its names, unless it holds
 * the article (layout wrappers like "has-sidebar"); 'soft': drop when it holds little text (a byline box, a post
 * header); 'keep': not chrome.
 */
export function chromeVerdict(el: ElementNode): ChromeVerdict {
  const tag = el.tag;
  if (tag === 'body' || tag === 'html' || tag === 'main' || tag === '#root') return 'keep';
  if (hasItemprop(el, 'articleBody')) return 'keep';
  if (CHROME_TAGS.has(tag)) return 'drop';
  if (isHidden(el)) return 'drop';
  const role = el.attrs.role;
  if (role && CHROME_ROLES.has(role)) return 'drop';
  const tokens = nameTokens(el);
  // <noscript> sometimes holds the whole post (Blogger), more often a "turn on JavaScript" line.
  const softTag = tag === 'header' || tag === 'form' || tag === 'noscript';
  if (!tokens.length) return softTag ? 'soft' : 'keep';
  if (tag === 'article') return tokens.some((t) => HARD.has(t)) && !tokens.some((t) => POSITIVE.has(t)) ? 'chrome' : 'keep';
  let hard = false;
  let soft = softTag;
  for (const t of tokens) {
    if (HARD.has(t)) hard = true;
    else if (SOFT.has(t)) soft = true;
  }
  if (hard) return 'chrome';
  return soft ? 'soft' : 'keep';
}

function isHidden(el: ElementNode): boolean {
  if ('hidden' in el.attrs) return true;
  if (el.attrs['aria-hidden'] === 'true') return true;
  const style = el.attrs.style;
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
