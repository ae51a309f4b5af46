/// <reference lib="dom" />
// Long lists come a page at a time: the first page, then a "Show more" button that follows the API's cursor.
import { getJson } from './api.js';
import { h } from './dom.js';

export interface PageOf<T> {
  items: T[];
  nextCursor: string | null;
}

/** A list that loads its pages from `path`; `row` renders one item. */
export function pagedList<T>(path: string, query: Record<string, string | number | undefined>, row: (item: T) => HTMLElement, options: { tag?: 'ol' | 'ul' | 'tbody'; first?: PageOf<T> } = {}): { list: HTMLElement; more: HTMLElement; ready: Promise<PageOf<T>> } {
  const list = h(options.tag ?? 'ul', { class: 'paged' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'Show more');
  const status = h('span', { class: 'pager-status', role: 'status' });
  const wrap = h('div', { class: 'pager' }, more, status);
  let cursor: string | null = null;
  const load = async (page?: PageOf<T>) => {
    more.setAttribute('disabled', '');
    const p = page ?? (await getJson<PageOf<T>>(path, { ...query, cursor: cursor ?? undefined }));
    for (const item of p.items) list.append(row(item));
    cursor = p.nextCursor;
    more.hidden = !cursor;
    more.removeAttribute('disabled');
    status.textContent = `${list.children.length} shown${cursor ? '' : ' (all)'}`;
    return p;
  };
  more.addEventListener('click', () => {
    load().catch((e: Error) => (status.textContent = e.message));
  });
  return { list, more: wrap, ready: load(options.first) };
}
