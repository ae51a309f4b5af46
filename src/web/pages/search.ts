/// <reference lib="dom" />
// Search with filters; the query lives in the address (#/search?q=…&language=…) so a search can be bookmarked.
import { h } from '../dom.js';
import { pagedList } from '../pager.js';
import { docLink, downloadLinks, failure, type DocRef } from './common.js';

const FILTERS = [
  ['outlet', 'Outlet', 'text'],
  ['language', 'Language (en, ru…)', 'text'],
  ['from', 'From', 'date'],
  ['to', 'To', 'date'],
  ['narrative', 'Narrative id', 'text'],
  ['speaker', 'Speaker (any spelling)', 'text'],
] as const;

/** The snippet marks hits as «…»: shown as <mark> elements built from text, never parsed. */
function snippet(text: string): HTMLElement {
  const p = h('p', { class: 'snippet' });
  text.split(/(«[^»]*»)/).forEach((part) => p.append(part.startsWith('«') && part.endsWith('»') ? h('mark', {}, part.slice(1, -1)) : document.createTextNode(part)));
  return p;
}

export function searchPage(root: HTMLElement, params: URLSearchParams): void {
  const q = h('input', { type: 'search', id: 'q', name: 'q', value: params.get('q') ?? '', placeholder: 'Words, "a phrase", prefix*', 'aria-label': 'Search words' });
  const inputs = FILTERS.map(([key, label, type]) => {
    const input = h('input', { type, id: `f-${key}`, name: key, value: params.get(key) ?? '' });
    return { key, field: h('label', { for: `f-${key}`, class: 'filter' }, label, input), input };
  });
  const form = h('form', { class: 'search', role: 'search' }, h('div', { class: 'searchline' }, q, h('button', { type: 'submit', class: 'primary' }, 'Search')), h('div', { class: 'filters' }, inputs.map((i) => i.field)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    if (q.value.trim()) next.set('q', q.value.trim());
    for (const i of inputs) if (i.input.value.trim()) next.set(i.key, i.input.value.trim());
    location.hash = `#/search?${next.toString()}`;
  });
  const results = h('div', { class: 'results' });
  root.replaceChildren(h('h1', {}, 'Search the corpus'), form, results);
  const query = Object.fromEntries([...params].filter(([k, v]) => v && (k === 'q' || FILTERS.some(([f]) => f === k))));
  if (!query.q) return;
  const total = h('p', { class: 'status', role: 'status' }, 'Searching…');
  const { list, more, ready } = pagedList<DocRef & { snippet: string }>('/search', { ...query, limit: 20 }, (hit) => h('li', {}, docLink(hit), snippet(hit.snippet)), { tag: 'ol' });
  results.append(total, downloadLinks('/export', query), list, more);
  ready.then(
    (page) => (total.textContent = `${(page as unknown as { total: number }).total} articles match.`),
    (error) => results.replaceChildren(failure(error)),
  );
}
