// Page metadata from <meta>, <link>, JSON-LD and visible markup, each field from its most reliable source first.
import type { DocMeta, Message } from '../../core/types.js';
import { nameTokens } from './boilerplate.js';
import { cleanByline, findByline, splitAuthors } from './byline.js';
import { normaliseDate } from './dates.js';
import { readJsonLd } from './jsonld.js';
import { cleanTitle, collapse } from './title.js';
import { elements, hasItemprop, textOf, type ElementNode, type PageHead } from './tree.js';
import { webUrl } from '../../core/web-url.js';

const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'article.published', 'datepublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'dc.date', 'dc.date.issued', 'dc.date.created', 'dcterms.date', 'dcterms.issued', 'dcterms.created',
  'sailthru.date', 'parsely-pub-date', 'citation_publication_date', 'citation_date', 'article_date_original', 'original-publish-date',
  'og:published_time', 'created', 'date.created', 'published_time', 'pub_date', 'article:modified_time', 'og:updated_time', 'last-modified',
];
const AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'citation_author', 'byl', 'twitter:creator:name'];

/** Reads the metadata; call before chrome is removed (bylines and times often sit in it). */
export function extractMeta(root: ElementNode, head: PageHead, url: string | null, messages: Message[]): DocMeta {
  const metas = metaMap(head);
  const ld = readJsonLd(head.jsonLd, messages);
  const h1s = allText(root, (el) => el.tag === 'h1');
  const h1 = h1s[0] ?? null;
  const siteName = metas.get('og:site_name') ?? ld.publisher ?? metas.get('application-name') ?? metas.get('twitter:site')?.replace(/^@/, '') ?? null;

  // A single <h1> is the headline as printed (og:title is often a shorter social title); else the metadata.
  const printed = h1s.length === 1 && h1.length >= 15 && h1.length <= 300 ? h1 : null;
  const rawTitle = printed ?? metas.get('og:title') ?? ld.headline ?? metas.get('twitter:title') ?? head.title ?? h1;
  const title = rawTitle ? cleanTitle(rawTitle, { siteName, h1 }) || null : null;

  let authors = ld.authors.flatMap((a) => splitAuthors(a));
  let byline: string | null = null;
  if (!authors.length) {
    for (const key of AUTHOR_KEYS) {
      const value = metas.get(key);
      const cleaned = value && !/^https?:\/\//.test(value) && !value.startsWith('@') ? cleanByline(value) : null;
      if (cleaned) {
        authors = splitAuthors(cleaned);
        break;
      }
    }
  }
  const visible = findByline(root);
  if (visible) {
    byline = visible;
    if (!authors.length) authors = splitAuthors(visible);
  } else if (authors.length) byline = authors.join(', ');

  return {
    title,
    byline,
    authors: [...new Set(authors)],
    published: findPublished(root, metas, ld.datePublished) ?? dateInUrl(canonical(head, metas, url)),
    siteName: siteName ? collapse(siteName) : null,
    language: toLanguage(head.lang ?? metas.get('content-language') ?? metas.get('og:locale') ?? metas.get('dc.language') ?? ld.inLanguage),
    url: canonical(head, metas, url),
    description: metas.get('og:description') ?? metas.get('description') ?? ld.description ?? null,
  };
}

/** name / property / http-equiv / itemprop → content, lower-case keys, first value wins. */
function metaMap(head: PageHead): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of head.metas) {
    const key = (m.property ?? m.name ?? m['http-equiv'] ?? m.itemprop)?.toLowerCase().trim();
    const content = m.content?.trim();
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

function findPublished(root: ElementNode, metas: Map<string, string>, fromLd: string | null): string | null {
  const candidates = [fromLd, ...DATE_KEYS.map((k) => metas.get(k))];
  for (const c of candidates) {
    const date = normaliseDate(c);
    if (date) return date;
  }
  let printed: string | null = null;
  for (const el of elements(root)) {
    if (hasItemprop(el, 'datePublished') || el.tag === 'time') {
      const date = normaliseDate(el.attrs.datetime ?? el.attrs.content ?? textOf(el));
      if (date) return date;
    }
    // A date printed in an element named for it ("entry-date", "published", "post-meta").
    if (printed === null && el.textLength > 5 && el.textLength < 60 && nameTokens(el).some((t) => DATE_WORDS.has(t))) {
      printed = normaliseDate(textOf(el).replace(/^(published|posted|updated|on)\b:?\s*/i, ''));
    }
  }
  return printed;
}

const DATE_WORDS = new Set(['date', 'time', 'published', 'posted', 'pubdate', 'timestamp', 'dateline', 'meta', 'postmeta', 'entry-date']);

/** /2019/12/29/ in the page's address. */
function dateInUrl(url: string | null): string | null {
  const m = url ? /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})\//.exec(url) : null;
  return m ? normaliseDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

function toLanguage(raw: string | null | undefined): string | null {
  const m = raw ? /^\s*([a-z]{2})(?:[-_]|$|,|\s)/i.exec(raw) : null;
  return m ? m[1].toLowerCase() : null;
}

function canonical(head: PageHead, metas: Map<string, string>, url: string | null): string | null {
  const link = head.links.find((l) => /\bcanonical\b/i.test(l.rel ?? '') && l.href)?.href ?? metas.get('og:url') ?? null;
  return webUrl(link, url) ?? webUrl(url);
}

function allText(root: ElementNode, test: (el: ElementNode) => boolean): string[] {
  const out: string[] = [];
  for (const el of elements(root)) if (test(el)) {
    const text = textOf(el);
    if (text) out.push(text);
  }
  return out;
}
