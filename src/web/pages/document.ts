/// <reference lib="dom" />
// One stored document: the article view, with downloads of its exports.
import type { Doc } from '../../core/types.js';
import { apiUrl, getJson } from '../api.js';
import { articleView } from '../article.js';
import { h, route } from '../dom.js';
import { render } from './common.js';

const DOWNLOADS = [['json', 'JSON'], ['jsonl', 'JSONL'], ['csv', 'CSV'], ['md', 'Markdown'], ['stix', 'STIX'], ['misp', 'MISP'], ['claimreview', 'ClaimReview']] as const;

export function documentPage(root: HTMLElement, id: string): Promise<void> {
  return render(root, async () => {
    const stored = await getJson<{ id: number; duplicateOf: number | null; document: Doc }>(`/documents/${encodeURIComponent(id)}`);
    const downloads = h('p', { class: 'downloads' }, 'Download: ', DOWNLOADS.map(([f, label]) => h('a', { href: '#', 'data-href': apiUrl(`/documents/${stored.id}/export`, { format: f }), download: '' }, label)));
    // Export links are same-origin API paths, set after safeHref (which only lets "#/" and http(s) URLs through).
    for (const a of downloads.querySelectorAll<HTMLAnchorElement>('a[data-href]')) a.setAttribute('href', a.dataset.href ?? '#');
    const dup = stored.duplicateOf ? h('p', { class: 'note' }, 'A republication of ', h('a', { href: route('documents', stored.duplicateOf) }, `document ${stored.duplicateOf}`), '.') : null;
    return [articleView(stored.document, [downloads, ...(dup ? [dup] : [])])];
  });
}
