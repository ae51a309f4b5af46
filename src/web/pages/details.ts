/// <reference lib="dom" />
// One narrative, claim cluster, speaker or outlet: its chart, where it appeared first, and its articles. A narrative's
// articles are shown with their stance (asserts, endorses, reports, refutes), by date, grouped by stance.
import { getJson } from '../api.js';
import { barChart, timelineChart } from '../charts.js';
import { fmtDate, h, route } from '../dom.js';
import { pagedList } from '../pager.js';
import { STANCES, isStance, stanceBadge, stanceBadges } from '../stance-badge.js';
import { byDate, firstCarrier, stanceTimeline } from '../stance-timeline.js';
import { counts, docLink, downloadLinks, render, type DocRef } from './common.js';

interface Count {
  key: string | null;
  count: number;
}

interface NarrativeArticle extends DocRef {
  stance: string;
  evidence: string[];
}

/** Most articles a narrative page lists (the API's maximum); the rest through Documents. */
const NARRATIVE_ARTICLES = 500;

export function narrativePage(root: HTMLElement, id: string): Promise<void> {
  return render(root, async () => {
    const n = await getJson<{ id: string; title: string; articles: number; outlets: Count[]; languages: Count[]; stances: Count[]; firstSeen: NarrativeArticle | null; documents: NarrativeArticle[]; timelineByLanguage: { week: string; language: string | null; count: number }[] }>(`/narratives/${encodeURIComponent(id)}`, { documents: NARRATIVE_ARTICLES });
    const ordered = byDate(n.documents);
    const first = firstCarrier(ordered);
    const row = (d: NarrativeArticle) =>
      h('li', { class: d.published ? null : 'undated', 'data-doc': d.doc }, stanceBadge(d.stance), ' ', docLink(d), d === first ? h('span', { class: 'first-carrier' }, ' · first to carry it') : null, d.published ? null : h('span', { class: 'undated' }, ' · undated, listed last'));
    const groups = [...STANCES, ...new Set(ordered.map((d) => d.stance).filter((st) => !isStance(st)))]
      .map((st) => ({ st, docs: ordered.filter((d) => d.stance === st) }))
      .filter((g) => g.docs.length)
      .map((g) => h('section', { class: 'stance-group', 'data-stance': g.st }, h('h3', {}, stanceBadge(g.st), ` ${g.docs.length} ${g.docs.length === 1 ? 'article' : 'articles'}, earliest first`), h('ol', { class: 'carriers' }, g.docs.map(row))));
    const more = n.articles > ordered.length ? h('p', { class: 'note' }, `The ${ordered.length} earliest of ${n.articles} articles are shown: `, h('a', { href: `#/documents?narrative=${encodeURIComponent(n.id)}` }, 'all of them'), '.') : null;
    return [
      h('h1', {}, n.title),
      h('p', { class: 'lead' }, `${n.articles} articles in ${n.languages.length} languages from ${n.outlets.length} outlets. Narrative id: ${n.id}.`),
      h('p', { class: 'stance-summary' }, 'How the articles carry it: ', stanceBadges(n.stances)),
      downloadLinks('/export', { narrative: n.id }),
      h('h2', {}, 'Who carried it, in date order'),
      stanceTimeline(ordered, n.title),
      h('h2', {}, 'First appearance'),
      n.firstSeen ? h('div', { class: 'first' }, stanceBadge(n.firstSeen.stance), ' ', docLink(n.firstSeen), n.firstSeen.evidence[0] ? h('blockquote', {}, n.firstSeen.evidence[0]) : null) : h('p', {}, 'Unknown.'),
      h('h2', {}, 'Articles by stance'),
      ...groups,
      more,
      h('h2', {}, 'Weeks by language'),
      timelineChart(n.timelineByLanguage, n.title),
      h('div', { class: 'columns' }, h('section', {}, h('h2', {}, 'Outlets that carried it'), counts(n.outlets, (k) => route('outlets', k))), h('section', {}, h('h2', {}, 'Languages'), counts(n.languages))),
    ].filter((x): x is HTMLElement => x !== null);
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
    const [o, carried] = await Promise.all([
      getJson<{ outlet: string; articles: number; firstPublished: string | null; lastPublished: string | null; languages: Count[]; narratives: Count[]; techniques: (Count & { perThousandWords: number; per100: number })[]; republished: number; originalsCopied: number }>(`/outlets/${encodeURIComponent(name)}`),
      getJson<{ items: { id: string; title: string; stances: Count[] }[] }>('/narratives', { outlet: name, limit: 100 }),
    ]);
    const narratives = carried.items.length
      ? h('ul', { class: 'counts outlet-narratives' }, carried.items.map((n) => h('li', {}, h('a', { href: route('narratives', n.id) }, n.title), ' ', stanceBadges(n.stances))))
      : h('p', { class: 'empty' }, 'None found.');
    const docs = pagedList<DocRef>('/documents', { outlet: name, limit: 25 }, (d) => h('li', {}, docLink(d)), { tag: 'ol' });
    return [
      h('h1', {}, o.outlet),
      h('p', { class: 'lead' }, `${o.articles} articles from ${fmtDate(o.firstPublished)} to ${fmtDate(o.lastPublished)} · ${o.republished} republished from elsewhere · ${o.originalsCopied} copied by others.`),
      h('h2', {}, 'Technique profile (spans scored 0.3 or more, per 1,000 words)'),
      o.techniques.length ? barChart(o.techniques.map((t) => ({ label: (t.key ?? '?').replace(/_/g, ' '), value: t.perThousandWords, note: `${t.count} spans` })), `Technique profile of ${o.outlet}, spans per 1,000 words`) : h('p', {}, 'No techniques found.'),
      h('div', { class: 'columns' }, h('section', {}, h('h2', {}, 'Narratives, and how its articles carry them'), narratives), h('section', {}, h('h2', {}, 'Languages'), counts(o.languages))),
      h('h2', {}, 'Articles'),
      docs.list,
      docs.more,
    ];
  });
}
