import type { EntityType, MentionKind, Sentence, Span } from '../../core/types.js';
import type { GazetteerEntry, Gender } from '../../knowledge/gazetteer/index.js';
import type { Token } from './tokens.js';

/** A mention before entities are numbered: which cluster it belongs to and where it sits. */
export interface Draft extends Span {
  text: string;
  kind: MentionKind;
  cluster: string;
  /** Index into the sentences layer (-1 outside every sentence). */
  sentence: number;
  /** Token indexes, inclusive. */
  first: number;
  last: number;
}

/** One entity in the making: a gazetteer entry ("g:isis-k") or a name found in this text ("n:john smith"). */
export interface Cluster {
  key: string;
  canonical: string;
  type: EntityType;
  entry: GazetteerEntry | null;
  gender: Gender | null;
  role: (Span & { text: string }) | null;
  /** The type is a guess from the shape of the name, which a cue in a later mention may correct. */
  guessed?: boolean;
}

/** Per-document state shared by the steps of the stage. */
export interface Work {
  text: string;
  lang: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  drafts: Draft[];
  clusters: Map<string, Cluster>;
  /** 1 where a token is part of a gazetteer or name mention. */
  covered: Uint8Array;
  /** 1 where a token opens a sentence or clause (computed on first use, see runs.ts). */
  clauseStart?: Uint8Array;
}

export function createWork(text: string, lang: string, tokens: Token[], sentences: Sentence[]): Work {
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (s < sentences.length && sentences[s].end <= tokens[i].start) s++;
    if (s < sentences.length && sentences[s].start <= tokens[i].start) sentenceOf[i] = s;
    else sentenceOf[i] = s - 1;
  }
  return { text, lang, tokens, sentences, sentenceOf, drafts: [], clusters: new Map(), covered: new Uint8Array(tokens.length) };
}

export function gazetteerCluster(work: Work, entry: GazetteerEntry): string {
  const key = `g:${entry.id}`;
  if (!work.clusters.has(key)) work.clusters.set(key, { key, canonical: entry.canonical, type: entry.type, entry, gender: entry.gender, role: null });
  return key;
}

/** Adds a mention over tokens first..last (offsets may start inside the first token, e.g. after an Arabic clitic). */
export function addDraft(work: Work, cluster: string, kind: MentionKind, first: number, last: number, start = work.tokens[first].start, end = work.tokens[last].end): Draft {
  const draft: Draft = { start, end, text: work.text.slice(start, end), kind, cluster, sentence: work.sentenceOf[first], first, last };
  work.drafts.push(draft);
  if (kind !== 'title' && kind !== 'pronoun') for (let k = first; k <= last; k++) work.covered[k] = 1;
  return draft;
}
