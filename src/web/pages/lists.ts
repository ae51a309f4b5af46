/// <reference lib="dom" />
// The corpus lists: narratives, claim clusters, speakers, outlets, documents; each a page at a time.
import { fmtDate, h, route } from '../dom.js';
import { pagedList } from '../pager.js';
import { docLink, failure, type DocRef } from './common.js';
import { stanceBadges } from '../stance-badge.js';

interface Count {
  key: string | null;
  count: number;
}

function listPage<T>(root: HTMLElement, title: string, lead: string, path: string, row: (item: T) => HTMLElement, query: Record<string, string | number> = {}): void {
  const { list, more, ready } = pagedList<T>(path, { limit: 25, ...query }, row);
  root.replaceChildren(h('h1', {}, title), h('p', { class: 'lead' }, lead), list, more);
  ready.catch((error) => root.replaceChildren(h('h1', {}, title), failure(error)));
}

const langs = (l: Count[]) => l.map((c) => `${c.key ?? '?'} ${c.count}`).join(', ');

export function narrativesPage(root: HTMLElement): void {
  listPage<{ id: string; title: string; articles: number; languages: Count[]; outlets: Count[]; stances: Count[] }>(root, 'Narratives', 'Catalogued narratives carried by articles of the corpus, most carried first, with how the articles carry them (a refutation is a debunk, not a spreader).', '/narratives', (n) =>
    h('li', {}, h('a', { href: route('narratives', n.id) }, n.title), h('span', { class: 'meta' }, ` · ${n.articles} articles · ${n.outlets.length} outlets · ${langs(n.languages)} `), stanceBadges(n.stances)),
  );
}

export function claimsPage(root: HTMLElement): void {
  listPage<{ id: number; label: string; frame: string | null; articles: number; languages: Count[]; first: { published: string | null; outlet: string | null } | null }>(
    root,
    'Claims that spread',
    'Clusters of claims that say the same thing in several articles, in any language.',
    '/claims',
    (c) => h('li', {}, h('a', { href: route('claims', c.id) }, c.label), h('span', { class: 'meta' }, ` · ${c.articles} articles · ${langs(c.languages)} · first ${fmtDate(c.first?.published)} ${c.first?.outlet ?? ''}`)),
  );
}

export function speakersPage(root: HTMLElement): void {
  listPage<{ canonical: string; quotes: number; articles: number; outlets: number; languages: Count[] }>(root, 'Speakers', 'Who is quoted, most quoted first; one person under every spelling.', '/speakers', (s) =>
    h('li', {}, h('a', { href: route('speakers', s.canonical) }, s.canonical), h('span', { class: 'meta' }, ` · ${s.quotes} quotes in ${s.articles} articles, ${s.outlets} outlets · ${langs(s.languages)}`)),
  );
}

export function outletsPage(root: HTMLElement): void {
  listPage<{ outlet: string; articles: number; languages: Count[]; republished: number }>(root, 'Outlets', 'Each outlet with its volume, languages and republications.', '/outlets', (o) =>
    h('li', {}, h('a', { href: route('outlets', o.outlet) }, o.outlet), h('span', { class: 'meta' }, ` · ${o.articles} articles · ${langs(o.languages)} · ${o.republished} republished`)),
  );
}

export function documentsPage(root: HTMLElement, params: URLSearchParams): void {
  const query = Object.fromEntries([...params].filter(([k]) => ['outlet', 'language', 'narrative', 'from', 'to'].includes(k)));
  const size = Number(params.get('limit')) || 25;
  const lead = Object.keys(query).length ? `Filtered: ${Object.entries(query).map(([k, v]) => `${k} = ${v}`).join(', ')}` : 'Every stored article, in the order it was stored.';
  listPage<DocRef>(root, 'Documents', lead, '/documents', (d) => h('li', {}, docLink(d)), { ...query, limit: size });
}
