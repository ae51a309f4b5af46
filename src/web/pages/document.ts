/// <reference lib="dom" />
// One stored document: the article view, with downloads of its exports.
import type { Doc } from '../../core/types.js';
import { getJson } from '../api.js';
import { articleView } from '../article.js';
import { h, route } from '../dom.js';
import { downloadLinks, render } from './common.js';

export function documentPage(root: HTMLElement, id: string): Promise<void> {
  return render(root, async () => {
    const stored = await getJson<{ id: number; duplicateOf: number | null; document: Doc }>(`/documents/${encodeURIComponent(id)}`);
    const downloads = downloadLinks(`/documents/${stored.id}/export`);
    const dup = stored.duplicateOf ? h('p', { class: 'note' }, 'A republication of ', h('a', { href: route('documents', stored.duplicateOf) }, `document ${stored.duplicateOf}`), '.') : null;
    return [articleView(stored.document, [downloads, ...(dup ? [dup] : [])])];
  });
}
