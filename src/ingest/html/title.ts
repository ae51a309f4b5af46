// The headline: the page title without its " | Site" / " - Site" part.

const SEPARATORS = /\s+(?:[|–—•·»]{1,2}|-|::|:)\s+/;
const DOMAIN = /^(www\.)?[\w-]+(\.[\w-]+)*\.[a-z]{2,}$/i;

export function cleanTitle(title: string, hints: { siteName: string | null; h1: string | null }): string {
  const t = collapse(title);
  if (hints.h1) {
    const h = collapse(hints.h1);
    const nt = norm(t);
    const nh = norm(h);
    if (nh.length >= 10 && (nt === nh || nt.startsWith(nh) || nt.endsWith(nh))) return h;
  }
  const parts = t.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return t;
  const site = hints.siteName ? norm(hints.siteName) : null;
  const kept = parts.filter((p) => !(site && (norm(p) === site || site.includes(norm(p)))) && !DOMAIN.test(p));
  if (!kept.length) return t;
  // "Section | Headline | Site": the longest part is the headline.
  return kept.reduce((a, b) => (b.length > a.length ? b : a));
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function norm(s: string): string {
  return collapse(s).toLowerCase();
}
