// Finds social-media posts embedded in an article's text by the attribution lines their embed code prints:
//   X / Twitter:  "<p>text pic.twitter.com/…</p>— Jane Roe (@janeroe) November 3, 2026"   (blockquote.twitter-tweet)
//   Instagram:    "View this post on Instagram … A post shared by Jane Roe (@janeroe)"     (blockquote.instagram-media)
//   Facebook:     "<p>text</p> Posted by Jane Roe on Monday, November 3, 2026"            (div.fb-post, blockquote)
//   Telegram:     "— Channel (@channel) … t.me/channel/123"                                (the widget's fallback link)
//   A tweet printed without its attribution line but with its "pic.twitter.com/…" link: author unknown (or the
//   handle of a printed twitter.com/<handle>/status/ link).
// The ingest keeps these texts in the article (they are part of what the page shows); the text alone is enough to
// find them, so plain-text input with pasted tweets is handled the same way.
import type { Post, PostPlatform, Span } from '../../core/types.js';

export type FoundPost = Omit<Post, 'id'>;

const DATE = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}`;
/** "— Jane Roe (@janeroe) November 3, 2026" at the end of a paragraph (alone, or after the post's text). */
const DASH_SIGNATURE = new RegExp(String.raw`(?:^|\s)[—–―]{1,2}\s*([^\n()—–]{1,80}?)\s*\(@([A-Za-z0-9_]{1,32})\)\s*(${DATE})?\s*$`, 'u');
const INSTAGRAM = /^A post shared by\s+(.{0,80}?)\s*\(@([A-Za-z0-9_.]{1,30})\)/u;
const FACEBOOK = new RegExp(String.raw`^Posted by\s+(.{1,80}?)\s+on\s+(${DATE})`, 'u');
const EMBED_CHROME = /^(View this post on Instagram|View (?:this )?post on (?:X|Twitter|Facebook)|Open in Telegram)\b/iu;

/** The posts in `text`, given its paragraphs in order. */
export function findPosts(text: string, paragraphs: readonly Span[]): FoundPost[] {
  const out: FoundPost[] = [];
  const trimmed = paragraphs.map((p) => trim(text, p));
  trimmed.forEach((p, i) => {
    const body = text.slice(p.start, p.end);
    // A paragraph that holds only embed chrome is the outer part of a post found at its signature.
    const previous = (): Span | null => {
      for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
        const candidate = trimmed[k];
        if (candidate.end > candidate.start && !EMBED_CHROME.test(text.slice(candidate.start, candidate.end))) return candidate;
      }
      return null;
    };
    let m = DASH_SIGNATURE.exec(body);
    if (m) {
      const sigStart = p.start + m.index + (m[0].length - m[0].trimStart().length);
      const inline = trim(text, { start: p.start, end: sigStart });
      const text0 = inline.end > inline.start ? inline : previous();
      if (!text0) return;
      const content = withoutMediaLinks(text, text0);
      const all = text.slice(content.start, p.end);
      out.push({ platform: platformOf(all, 'x'), content, signature: { start: sigStart, end: p.end }, author: { name: m[1].trim(), handle: m[2] }, date: m[3] ?? null });
      return;
    }
    if ((m = INSTAGRAM.exec(body))) {
      const content = previous();
      if (content) out.push({ platform: 'instagram', content, signature: p, author: { name: m[1].trim() || m[2], handle: m[2] }, date: null });
      return;
    }
    if ((m = FACEBOOK.exec(body))) {
      const content = previous();
      if (content) out.push({ platform: 'facebook', content, signature: p, author: { name: m[1].trim(), handle: null }, date: m[2] });
    }
  });
  // A tweet whose attribution line the page dropped still ends with the picture link its embed prints: kept apart
  // from the outlet's voice too, by the author its status link names, or by an unknown author.
  for (const p of trimmed) {
    if (out.some((post) => post.content.start < p.end && p.start < post.signature.end)) continue;
    const link = MEDIA_LINK.exec(text.slice(p.start, p.end));
    if (!link || link.index === 0) continue;
    const content = withoutMediaLinks(text, p);
    const status = /\b(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})\/status\//u.exec(text.slice(p.start, p.end));
    const handle = status ? status[1] : null;
    out.push({ platform: 'x', content, signature: trim(text, { start: content.end, end: p.end }), author: { name: handle ? '@' + handle : 'unknown', handle }, date: null });
  }
  return out.sort((a, b) => a.content.start - b.content.start);
}

const MEDIA_LINK = /\s*(?:pic\.twitter\.com|https?:\/\/t\.co)\/\S*$/u;

/** The post's text without the trailing picture link the embed prints ("… pic.twitter.com/xyz"). */
function withoutMediaLinks(text: string, span: Span): Span {
  let end = span.end;
  for (let m = MEDIA_LINK.exec(text.slice(span.start, end)); m && m.index > 0; m = MEDIA_LINK.exec(text.slice(span.start, end))) end = span.start + m.index;
  return { start: span.start, end };
}

function platformOf(text: string, fallback: PostPlatform): PostPlatform {
  if (/\bt\.me\//iu.test(text)) return 'telegram';
  if (/\binstagram\.com\//iu.test(text)) return 'instagram';
  if (/\bfacebook\.com\//iu.test(text)) return 'facebook';
  return fallback;
}

function trim(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  return { start, end };
}
