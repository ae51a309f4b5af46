/// <reference lib="dom" />
// Pieces the pages share: an error box, a loading line, count lists, a link to a document.
import { ApiProblem, apiUrl } from '../api.js';
import { fmtDate, h, route } from '../dom.js';

export function failure(error: unknown): HTMLElement {
  const p = error instanceof ApiProblem ? error : null;
  return h('div', { class: 'error', role: 'alert' }, h('strong', {}, p ? `Error ${p.status} (${p.code})` : 'Error'), h('p', {}, (error as Error).message));
}

export function loading(): HTMLElement {
  return h('p', { class: 'status', role: 'status' }, 'Loading…');
}

export function counts(items: { key: string | null; count: number }[], link?: (key: string) => string): HTMLElement {
  return h('ul', { class: 'counts' }, items.map((c) => h('li', {}, c.key && link ? h('a', { href: link(c.key) }, c.key) : c.key ?? 'unknown', h('span', { class: 'n' }, ` ${c.count}`))));
}

export interface DocRef {
  doc: number;
  title: string | null;
  outlet: string | null;
  language: string | null;
  published: string | null;
  url: string | null;
}

export function docLink(d: DocRef): HTMLElement {
  return h('span', { class: 'docref' }, h('a', { href: route('documents', d.doc) }, d.title ?? `document ${d.doc}`), h('span', { class: 'meta' }, ` · ${d.outlet ?? 'unknown outlet'} · ${d.language ?? '?'} · ${fmtDate(d.published)}`));
}

/** Runs a page's loader, showing "Loading…" and then the page or the error. */
export async function render(root: HTMLElement, build: () => Promise<Node[]>): Promise<void> {
  root.replaceChildren(loading());
  try {
    root.replaceChildren(...(await build()));
  } catch (error) {
    root.replaceChildren(failure(error));
  }
}

const DOWNLOADS = [['json', 'JSON'], ['jsonl', 'JSONL'], ['csv', 'CSV'], ['md', 'Markdown'], ['stix', 'STIX'], ['misp', 'MISP'], ['claimreview', 'ClaimReview']] as const;

/** Download links for the exports of one document (`/documents/{id}/export`) or of a query result (`/export?…`). */
export function downloadLinks(path: string, query: Record<string, string> = {}): HTMLElement {
  const p = h('p', { class: 'downloads' }, 'Download: ', DOWNLOADS.map(([format, label]) => h('a', { href: '#', 'data-href': apiUrl(path, { ...query, format }), download: '' }, label)));
  // Export links are same-origin API paths, set after safeHref (which only lets "#/" and http(s) URLs through).
  for (const a of p.querySelectorAll<HTMLAnchorElement>('a[data-href]')) a.setAttribute('href', a.dataset.href ?? '#');
  return p;
}
