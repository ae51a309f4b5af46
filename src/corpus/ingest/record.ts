// An analysed document turned into the rows the store keeps, computed in the worker thread so the writer only writes.
import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import type { Doc } from '../../core/types.js';
import { nameKey } from '../../knowledge/gazetteer/index.js';
import { claimFrame, claimPrint, entityKey, type ClaimPrint } from '../claims/frame.js';
import { articleRefutes, memberRefutes } from '../claims/verdict.js';
import { fingerprint, type DocFingerprint } from '../dedup/near-duplicates.js';
import { canonicalUrl, hostOutlet, isoWeek } from './normalize.js';
import { webUrl } from '../../core/web-url.js';

export interface EntityRecord {
  localId: string;
  key: string;
  gazetteerId: string | null;
  canonical: string;
  type: string;
  mentions: number;
  role: string | null;
  aliases: { alias: string; aliasKey: string }[];
}

export interface QuoteRecord {
  localId: string;
  kind: string;
  speakerLocal: string | null;
  speakerName: string | null;
  contentStart: number;
  contentEnd: number;
  content: string;
  cue: string | null;
  venue: string | null;
  venueLocal: string | null;
}

export interface ClaimRecord extends ClaimPrint {
  localId: string;
  origin: 'claim' | 'quote';
  start: number;
  end: number;
  text: string;
  voice: string;
  quoteLocal: string | null;
  speakerLocal: string | null;
  checkworthiness: number | null;
  frameKey: string | null;
  frame: string | null;
  /** Does this member refute the claim (a fact-check's)? Its wording then never labels a cluster others carry (verdict.ts). */
  refutes: boolean;
}

export interface DocRecord {
  identity: string;
  docId: string;
  contentHash: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  language: string | null;
  published: string | null;
  publishedWeek: string | null;
  sourceName: string;
  text: string;
  json: Uint8Array;
  print: DocFingerprint;
  entities: EntityRecord[];
  quotes: QuoteRecord[];
  claims: ClaimRecord[];
  techniques: { technique: string; start: number; end: number; score: number }[];
  narratives: { id: string; title: string; score: number; stance: string; examples: string[]; evidence: { start: number; end: number; text: string }[] }[];
}

export function toRecord(doc: Doc): DocRecord {
  const { text, meta, layers } = doc;
  const contentHash = createHash('sha256').update(text).digest('hex');
  const url = webUrl(meta.url); // a feed or JSONL item's url is the source's word: only http(s) is stored
  const canonical = url ? canonicalUrl(url) : null;
  const outlet = meta.siteName ?? (canonical ? hostOutlet(canonical) : null);
  const identity = canonical ? `url:${canonical}` : `text:${createHash('sha256').update(`${outlet ?? ''}\0${text}`).digest('hex')}`;
  const entities = (layers.entities ?? []).map((e): EntityRecord => ({
    localId: e.id,
    key: entityKey(e),
    gazetteerId: e.gazetteerId,
    canonical: e.canonical,
    type: e.type,
    mentions: e.mentions.length,
    role: e.role?.text ?? null,
    aliases: [...new Map(e.mentions.filter((m) => m.kind === 'name' || m.kind === 'alias').map((m) => [nameKey(m.text), { alias: m.text, aliasKey: nameKey(m.text) }])).values()],
  }));
  const quotes = (layers.quotes ?? []).map((q): QuoteRecord => ({
    localId: q.id,
    kind: q.kind,
    speakerLocal: q.speaker?.entityId ?? null,
    // As this article writes it ("Кабулов"), not the canonical name: the entity row has that.
    speakerName: q.speaker ? (q.speaker.span ? text.slice(q.speaker.span.start, q.speaker.span.end) : q.speaker.name) : null,
    contentStart: q.content.start,
    contentEnd: q.content.end,
    content: text.slice(q.content.start, q.content.end),
    cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
    venue: q.venue?.text ?? null,
    venueLocal: q.venue?.entityId ?? null,
  }));
  return {
    identity,
    docId: doc.id,
    contentHash,
    url,
    title: meta.title,
    outlet,
    language: meta.language,
    published: meta.published,
    publishedWeek: meta.published ? isoWeek(meta.published) : null,
    sourceName: doc.source.name,
    text,
    json: deflateRawSync(JSON.stringify({ ...doc, text: '' })),
    print: fingerprint(text),
    entities,
    quotes,
    claims: claimRecords(doc, quotes),
    techniques: (layers.techniques ?? []).map((t) => ({ technique: t.technique, start: t.start, end: t.end, score: t.score })),
    narratives: (layers.narratives ?? []).map((n) => ({
      id: n.id,
      title: n.title,
      score: n.score,
      // One row per article and narrative: how the article as a whole carries it (a debunk that quotes the claim
      // refutes it), not the stance of its strongest mention.
      stance: n.articleStance ?? n.stance,
      examples: n.matchedExamples,
      evidence: n.evidence.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })),
    })),
  };
}

/** The claims layer, plus the content of each quote no claim covers: claims are scored in English only. */
function claimRecords(doc: Doc, quotes: QuoteRecord[]): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  const speakerOf = new Map(quotes.map((q) => [q.localId, q.speakerLocal]));
  const covered = new Set<string>();
  const debunk = articleRefutes(doc.meta.title, (doc.layers.narratives ?? []).map((n) => n.articleStance ?? n.stance));
  const add = (r: Omit<ClaimRecord, 'text' | 'frameKey' | 'frame' | 'minhash' | 'bands' | 'refutes'>) => {
    const claimText = doc.text.slice(r.start, r.end);
    const frame = claimFrame(doc, r);
    const refutes = memberRefutes({ text: claimText, voice: r.voice, articleRefutes: debunk });
    out.push({ ...r, text: claimText, frameKey: frame?.key ?? null, frame: frame ? `${frame.predicate}(${frame.actors.join(', ')})` : null, refutes, ...claimPrint(claimText) });
  };
  for (const c of doc.layers.claims ?? []) {
    if (c.quoteId) covered.add(c.quoteId);
    add({ localId: c.id, origin: 'claim', start: c.start, end: c.end, voice: c.voice, quoteLocal: c.quoteId, speakerLocal: c.quoteId ? speakerOf.get(c.quoteId) ?? null : null, checkworthiness: c.checkworthiness });
  }
  for (const q of quotes) {
    if (covered.has(q.localId) || q.content.replace(/[\s"“”«»„'‘’]/g, '').length < 12) continue;
    add({ localId: `${q.localId}c`, origin: 'quote', start: q.contentStart, end: q.contentEnd, voice: 'attributed', quoteLocal: q.localId, speakerLocal: q.speakerLocal, checkworthiness: null });
  }
  return out;
}
