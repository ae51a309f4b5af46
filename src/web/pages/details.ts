/// <reference lib="dom" />
// One narrative, claim cluster, speaker or outlet: its chart, where it appeared first, and its articles.
import { getJson } from '../api.js';
import { barChart, timelineChart } from '../charts.js';
import { fmtDate, h, route } from '../dom.js';
import { pagedList } from '../pager.js';
import { counts, docLink, downloadLinks, render, type DocRef } from './common.js';

interface Count {
  key: string | null;
  count: number;
}

export function narrativePage(root: HTMLElement, id: string): Promise<void> {
  return render(root, async () => {
    const n = await getJson<{ id: string; title: string; articles: number; outlets: Count[]; languages: Count[]; firstSeen: (DocRef & { evidence: string[] }) | null; timelineByLanguage: { week: string; language: string | null; count: number }[] }>(`/narratives/${encodeURIComponent(id)}`, { documents: 1 });
    const docs = pagedList<DocRef>('/documents', { narrative: id, limit: 25 }, (d) => h('li', {}, docLink(d)), { tag: 'ol' });
    return [
      h('h1', {}, n.title),
      h('p', { class: 'lead' }, `${n.articles} articles in ${n.languages.length} languages from ${n.outlets.length} outlets. Narrative id: ${n.id}.`),
      downloadLinks('/export', { narrative: n.id }),
      h('h2', {}, 'Timeline'),
      timelineChart(n.timelineByLanguage, n.title),
      h('h2', {}, 'First appearance'),
      n.firstSeen ? h('div', { class: 'first' }, docLink(n.firstSeen), n.firstSeen.evidence[0] ? h('blockquote', {}, n.firstSeen.evidence[0]) : null) : h('p', {}, 'Unknown.'),
      h('div', { class: 'columns' }, h('section', {}, h('h2', {}, 'Outlets that carried it'), counts(n.outlets, (k) => route('outlets', k))), h('section', {}, h('h2', {}, 'Languages'), counts(n.languages))),
      h('h2', {}, 'Articles'),
      docs.list,
      docs.more,
    ];
  });
}

export function claimPage(root: HTMLElement, id: string): Promise<void> {
  interface Appearance { doc: number; claim: string; title: string | null; outlet: string | null; language: string | null; published: string | null; speaker: string | null; voice: string }
  return render(root, async () => {
    const c = await getJson<{ label: string; frame: string | null; articles: number; outlets: Count[]; languages: Count[]; timeline: { week: string; count: number }[]; appearances: Appearance[]; nextCursor: string | null }>(`/claims/${encodeURIComponent(id)}`, { limit: 50 });
    const row = (a: Appearance) => h('li', {}, docLink({ ...a, url: null }), h('p', { class: 'claimtext' }, `${a.speaker ? `${a.speaker}: ` : ''}${a.claim}`));
    const list = pagedList<Appearance>(`/claims/${encodeURIComponent(id)}`, { limit: 50 }, row, { tag: 'ol', first: { items: c.appearances, nextCursor: c.nextCursor } });
    return [
      h('h1', {}, c.label),
      h('p', { class: 'lead' }, `${c.articles} articles, ${c.outlets.length} outlets, ${c.languages.length} languages${c.frame ? ` · frame ${c.frame}` : ''}.`),
      h('h2', {}, 'Spread across outlets'),
      barChart(c.outlets.map((o) => ({ label: o.key ?? 'unknown', value: o.count })), `Articles per outlet carrying: ${c.label}`),
      h('h2', {}, 'Timeline'),
      timelineChart(c.timeline.map((w) => ({ ...w, language: 'all' })), c.label),
      h('h2', {}, 'Appearances, earliest first'),
      list.list,
      list.more,
    ];
  });
}

export function speakerPage(root: HTMLElement, name: string): Promise<void> {
  interface SpeakerQuote extends DocRef { kind: string; content: string; as: string | null }
  return render(root, async () => {
    const v = await getJson<{ entities: { canonical: string }[]; aliases: { alias: string; language: string | null }[]; total: number; articles: number; outlets: Count[]; languages: Count[]; quotes: SpeakerQuote[]; nextCursor: string | null }>(`/speakers/${encodeURIComponent(name)}`, { limit: 25 });
    const row = (q: SpeakerQuote) => h('li', {}, docLink(q), h('blockquote', { lang: q.language ?? '' }, q.content), h('span', { class: 'meta' }, `${q.kind}${q.as ? ` · named “${q.as}”` : ''}`));
    const list = pagedList<SpeakerQuote>(`/speakers/${encodeURIComponent(name)}`, { limit: 25 }, row, { tag: 'ol', first: { items: v.quotes, nextCursor: v.nextCursor } });
    return [
      h('h1', {}, v.entities[0]?.canonical ?? name),
      h('p', { class: 'lead' }, `${v.total} quotes in ${v.articles} articles. Spellings: ${v.aliases.map((a) => a.alias).join(', ') || '—'}.`),
      h('div', { class: 'columns' }, h('section', {}, h('h2', {}, 'Outlets'), counts(v.outlets, (k) => route('outlets', k))), h('section', {}, h('h2', {}, 'Languages'), counts(v.languages))),
      h('h2', {}, 'What they said, earliest first'),
      list.list,
      list.more,
    ];
  });
}

export function outletPage(root: HTMLElement, name: string): Promise<void> {
  return render(root, async () => {
    const o = await getJson<{ outlet: string; articles: number; firstPublished: string | null; lastPublished: string | null; languages: Count[]; narratives: Count[]; techniques: (Count & { perThousandWords: number; per100: number })[]; republished: number; originalsCopied: number }>(`/outlets/${encodeURIComponent(name)}`);
    const docs = pagedList<DocRef>('/documents', { outlet: name, limit: 25 }, (d) => h('li', {}, docLink(d)), { tag: 'ol' });
    return [
      h('h1', {}, o.outlet),
      h('p', { class: 'lead' }, `${o.articles} articles from ${fmtDate(o.firstPublished)} to ${fmtDate(o.lastPublished)} · ${o.republished} republished from elsewhere · ${o.originalsCopied} copied by others.`),
      h('h2', {}, 'Technique profile (spans scored 0.3 or more, per 1,000 words)'),
      o.techniques.length ? barChart(o.techniques.map((t) => ({ label: (t.key ?? '?').replace(/_/g, ' '), value: t.perThousandWords, note: `${t.count} spans` })), `Technique profile of ${o.outlet}, spans per 1,000 words`) : h('p', {}, 'No techniques found.'),
      h('div', { class: 'columns' }, h('section', {}, h('h2', {}, 'Narratives carried'), counts(o.narratives, (k) => route('narratives', k))), h('section', {}, h('h2', {}, 'Languages'), counts(o.languages))),
      h('h2', {}, 'Articles'),
      docs.list,
      docs.more,
    ];
  });
}
