// Markdown for the corpus views (`--format md`): short tables a person reads; JSON carries everything. Names in a
// right-to-left script are wrapped in Unicode isolates, so counts beside them stay in place in a terminal.
import { isolate } from './bidi.js';
import type { ClaimCluster } from './claims.js';
import type { Count, DocRef, WeekCount } from './common.js';
import type { DuplicateGroup } from './duplicates.js';
import type { NarrativeSummary } from './narratives.js';
import type { OutletSummary } from './outlets.js';
import type { SearchHit } from './search.js';
import type { SpeakerView } from './speaker.js';
import type { SpeakerSummary } from './speakers.js';

const cell = (s: string | number | null | undefined) => (typeof s === 'string' ? isolate(s) : String(s ?? '—')).replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const counts = (list: Count[], max = 6) => list.slice(0, max).map((c) => `${isolate(c.key ?? '?')} ${c.count}`).join(', ') + (list.length > max ? ', …' : '');
const day = (d: string | null) => (d ? d.slice(0, 10) : 'undated');
const ref = (d: DocRef) => `${day(d.published)} · ${isolate(d.outlet ?? '?')} · ${d.language ?? '?'} · ${isolate(d.title ?? `#${d.doc}`)}`;
const timeline = (weeks: WeekCount[]) => weeks.map((w) => `${w.week}: ${w.count}`).join(', ');

function table(head: string[], rows: (string | number | null)[][]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

export function searchMd(r: { query: string; total: number; more: boolean; hits: SearchHit[] }): string {
  const lines = [`# Search: ${r.query}`, '', `${r.more ? 'More than ' : ''}${r.total} article${r.total === 1 ? '' : 's'} found${r.hits.length < r.total ? `, ${r.hits.length} shown` : ''}.`, ''];
  for (const h of r.hits) lines.push(`- **${isolate(h.title ?? `#${h.doc}`)}** (${day(h.published)}, ${isolate(h.outlet ?? '?')}, ${h.language ?? '?'})  `, `  ${isolate(h.snippet.replace(/\s+/g, ' '))}`);
  return `${lines.join('\n')}\n`;
}

export function narrativesMd(r: { narratives: NarrativeSummary[] }): string {
  if (!r.narratives.length) return '# Narratives\n\nNo narrative found in this corpus.\n';
  const parts = ['# Narratives', ''];
  for (const n of r.narratives) {
    parts.push(`## ${n.title} (${n.id})`, '', `${n.articles} articles · outlets: ${counts(n.outlets)} · languages: ${counts(n.languages)}`, '');
    if (n.firstSeen) parts.push(`First seen: ${ref(n.firstSeen)}`, '');
    if (n.timeline.length) parts.push(`Weekly: ${timeline(n.timeline)}`, '');
    parts.push(table(['date', 'outlet', 'lang', 'stance', 'title'], n.documents.map((d) => [day(d.published), d.outlet, d.language, d.stance, d.title])), '');
  }
  return `${parts.join('\n')}\n`;
}

export function speakersMd(r: { speakers: SpeakerSummary[] }): string {
  return `# Speakers\n\n${table(['speaker', 'quotes', 'articles', 'outlets', 'languages', 'first', 'last'], r.speakers.map((s) => [s.canonical, s.quotes, s.articles, s.outlets, counts(s.languages), day(s.firstQuoted), day(s.lastQuoted)]))}\n`;
}

export function speakerMd(r: SpeakerView): string {
  if (!r.entities.length) return `# ${r.query}\n\nNo one by that name in the gazetteer or in this corpus.\n`;
  const names = r.entities.map((e) => e.canonical).join(' / ');
  const parts = [`# ${names}`, '', `${r.total} quotes in ${r.articles} articles · outlets: ${counts(r.outlets)} · languages: ${counts(r.languages)}`, ''];
  if (r.aliases.length) parts.push(`Spellings: ${r.aliases.map((a) => `${a.alias} (${a.language ?? '?'})`).join(', ')}`, '');
  parts.push(table(['date', 'outlet', 'lang', 'as', 'kind', 'said', 'venue'], r.quotes.map((q) => [day(q.published), q.outlet, q.language, q.as, q.kind, q.content, q.venue])));
  return `${parts.join('\n')}\n`;
}

export function claimsMd(r: { clusters: ClaimCluster[] }): string {
  if (!r.clusters.length) return '# Claims\n\nNo claim appears in more than one article yet.\n';
  const parts = ['# Claims that spread', ''];
  for (const c of r.clusters) {
    parts.push(`## ${c.label}`, '', `${c.articles} articles${c.frame ? ` · frame ${c.frame}` : ''} · outlets: ${counts(c.outlets)} · languages: ${counts(c.languages)}`);
    if (c.first) parts.push(`First: ${day(c.first.published)} · ${isolate(c.first.outlet ?? '?')} · ${c.first.language ?? '?'}${c.first.speaker ? ` · said by ${isolate(c.first.speaker)}` : ''}: “${isolate(c.first.claim)}”`);
    if (c.timeline.length) parts.push(`Weekly: ${timeline(c.timeline)}`);
    if (c.appearances) parts.push('', table(['date', 'outlet', 'lang', 'speaker', 'claim'], c.appearances.map((a) => [day(a.published), a.outlet, a.language, a.speaker, a.claim])));
    parts.push('');
  }
  return `${parts.join('\n')}\n`;
}

export function outletsMd(r: { outlets: OutletSummary[] }): string {
  const top = (o: OutletSummary) => o.techniques.slice(0, 3).map((t) => `${t.key} ${t.perThousandWords}`).join(', ');
  return `# Outlets\n\n${table(
    ['outlet', 'articles', 'languages', 'narratives', 'techniques /1,000 words (score ≥ 0.3)', 'republished', 'copied by others', 'first', 'last'],
    r.outlets.map((o) => [o.outlet, o.articles, counts(o.languages), counts(o.narratives, 3), top(o), o.republished, o.originalsCopied, day(o.firstPublished), day(o.lastPublished)]),
  )}\n`;
}

export function duplicatesMd(r: { groups: DuplicateGroup[] }): string {
  if (!r.groups.length) return '# Near-duplicates\n\nNo article of this corpus is a near-copy of another.\n';
  const parts = ['# Near-duplicates', ''];
  for (const g of r.groups) {
    parts.push(`## Origin: ${ref(g.origin)}`, '', `${g.republications.length} republication${g.republications.length === 1 ? '' : 's'}`, '');
    parts.push(table(['date', 'outlet', 'lang', 'similarity', 'title', 'doc'], g.republications.map((d) => [day(d.published), d.outlet, d.language, d.similarity === null ? null : Math.round(d.similarity * 100) / 100, d.title, d.doc])), '');
  }
  return `${parts.join('\n')}\n`;
}
