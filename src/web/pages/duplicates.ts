/// <reference lib="dom" />
// Near-duplicate groups: the earliest publication (the original) and its republications, each with outlet, date and
// a link to the stored document; groups with the most copies first, a page at a time.
import { h, route } from '../dom.js';
import { pagedList } from '../pager.js';
import { docLink, failure, type DocRef } from './common.js';

interface DuplicateGroup {
  group: number;
  origin: DocRef;
  republications: (DocRef & { similarity: number | null })[];
}

function groupRow(g: DuplicateGroup): HTMLElement {
  const copies = g.republications.length;
  const outlets = new Set(g.republications.map((r) => r.outlet ?? 'unknown outlet'));
  return h(
    'li',
    { class: 'dup-group', 'data-group': g.group },
    h('h2', {}, g.origin.title ?? `document ${g.origin.doc}`),
    h('p', { class: 'meta' }, `${copies} ${copies === 1 ? 'republication' : 'republications'} in ${outlets.size} ${outlets.size === 1 ? 'outlet' : 'outlets'}`),
    h('p', { class: 'origin' }, h('strong', {}, 'Original (earliest): '), docLink(g.origin), g.origin.outlet ? h('span', { class: 'meta' }, ' · ', h('a', { href: route('outlets', g.origin.outlet) }, 'outlet page')) : null),
    h(
      'ol',
      { class: 'republications' },
      g.republications.map((r) => h('li', {}, docLink(r), r.similarity === null ? null : h('span', { class: 'sim' }, ` · ${Math.round(r.similarity * 100)}% the same wording`))),
    ),
  );
}

export function duplicatesPage(root: HTMLElement): void {
  const { list, more, ready } = pagedList<DuplicateGroup>('/duplicates', { limit: 20 }, groupRow, { tag: 'ol' });
  list.classList.add('dup-groups');
  const lead = h('p', { class: 'lead' }, 'Articles published again elsewhere, whole or lightly edited: the earliest copy is the original, the others republish it. The groups with the most copies come first.');
  root.replaceChildren(h('h1', {}, 'Duplicates'), lead, list, more);
  ready.then(
    (page) => {
      if (!page.items.length) list.replaceWith(h('p', { class: 'empty' }, 'No republished articles in this corpus.'));
    },
    (error) => root.replaceChildren(h('h1', {}, 'Duplicates'), failure(error)),
  );
}
