// The one shape shared by the library, the CLI, the reports and (later) the store and the API.
// Offsets are UTF-16 code units into `Doc.text`, 0-based, end exclusive: `text.slice(start, end)`.

/** A stretch of `Doc.text`. */
export interface Span {
  start: number;
  end: number;
}

/** A message severity, three-way as in vfile-message: info, warning, error (fatal for that document). */
export type Severity = 'info' | 'warning' | 'error';

/** A finding about the text (not a crash): where, which rule, which component. */
export interface Message {
  ruleId: string;
  source: string;
  severity: Severity;
  reason: string;
  place: Span | null;
  actual?: string;
  expected?: string;
  note?: string;
}

export interface DocMeta {
  title: string | null;
  /** The byline as printed ("Abu Ahmad", "By Jane Roe and John Doe"), authors split out below. */
  byline: string | null;
  authors: string[];
  /** ISO 8601 (date, or date-time with offset) or null. */
  published: string | null;
  siteName: string | null;
  /** ISO 639-1 code, from the page or the language stage. */
  language: string | null;
  url: string | null;
  description: string | null;
}

/** Where the document came from: the file (or input name), its kind and the character set it was read in. */
export interface DocSource {
  name: string;
  kind: 'html' | 'text';
  encoding: string;
  bytes: number;
}

/**
 * Maps `text` back to the source: each segment says that `text[start, end)` came from
 * `source[sourceStart, sourceStart + (end - start))` of the decoded source string. Segments are sorted and
 * do not overlap; text the ingest made up (a paragraph break, a decoded entity) may lie between segments
 * or map with a different length (`sourceEnd` given explicitly).
 */
export interface SourceSegment {
  start: number;
  end: number;
  sourceStart: number;
  sourceEnd: number;
}

export interface Paragraph extends Span {
  /** 'title' for the headline line kept in the text, 'body' otherwise. */
  kind: 'title' | 'body';
}

export interface Sentence extends Span {
  paragraph: number;
}

export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'media' | 'other';

/** How a mention names its entity. */
export type MentionKind = 'name' | 'alias' | 'surname' | 'title' | 'pronoun' | 'adjective';

export interface Mention extends Span {
  text: string;
  kind: MentionKind;
}

/** A canonical entity of this document. Carries no span of its own: its mentions do. */
export interface Entity {
  id: string;
  canonical: string;
  type: EntityType;
  /** The gazetteer entry it was resolved to, or null for a name found only in this text. */
  gazetteerId: string | null;
  /** The distinct surface forms used in this text. */
  aliases: string[];
  mentions: Mention[];
  /** A role or title the text gives ("Russian Presidential Special Envoy to Afghanistan"), with its span. */
  role: (Span & { text: string }) | null;
  /** An explicit link to a broader entity (ISIS-K → ISIS): the parent's gazetteer id. */
  parent: string | null;
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Speaker {
  /** The entity the speaker resolves to, or null where the source is not a named entity ("officials"). */
  entityId: string | null;
  name: string;
  /** The source span as written where this quote names it ("Kabulov", "he", "the envoy"). */
  span: Span | null;
}

export interface Venue extends Span {
  /** The medium or occasion as written ("an interview with RTVI television"). */
  text: string;
  entityId: string | null;
}

export interface Quote {
  id: string;
  kind: QuoteKind;
  content: Span;
  cue: Span | null;
  speaker: Speaker | null;
  venue: Venue | null;
}

export type Voice = 'author' | 'attributed';

export interface Claim extends Span {
  id: string;
  voice: Voice;
  quoteId: string | null;
  /** Check-worthiness in [0, 1]. */
  checkworthiness: number;
  /** Set where the claim is inside an embedded social post (voice 'attributed', quoteId null): the post's id. */
  postId?: string;
}

export type PostPlatform = 'x' | 'instagram' | 'facebook' | 'telegram' | 'unknown';

/** A social-media post embedded in the page (a tweet, an Instagram or Facebook post): its author's voice, not the outlet's. */
export interface Post {
  id: string;
  platform: PostPlatform;
  /** The post's own text as printed in the article. */
  content: Span;
  /** The attribution line printed with it ("— Jane Roe (@janeroe) November 3, 2026"). */
  signature: Span;
  author: { name: string; handle: string | null };
  /** The date as printed, or null. */
  date: string | null;
}

/** A persuasion technique marked on a span (PTC / SemEval-2020 Task 11 names, e.g. `Loaded_Language`). */
export interface Technique extends Span {
  id: string;
  technique: string;
  /** Confidence in [0, 1]. */
  score: number;
  /** Why it was marked: the cue that fired, or the strongest features. */
  explanation: string;
}

export type FramingRole = 'protagonist' | 'antagonist' | 'innocent';

/** How the article casts one actor (SemEval-2025 Task 10 subtask 1 roles), with the spans that justify it. */
export interface Framing {
  entityId: string;
  role: FramingRole;
  /** A fine role: conspirator, instigator, terrorist, deceiver, guardian, peacemaker, victim, scapegoat, … */
  fineRole: string;
  score: number;
  evidence: Span[];
  explanation: string;
}

/** asserts: the outlet's own voice; endorses: the outlet agrees with a claim it reports; reports: attributed, neutral; refutes: debunks it. */
export type NarrativeStance = 'asserts' | 'endorses' | 'reports' | 'refutes';

/** A catalogued narrative the article carries, and how: in its own voice, reporting someone, or debunking it. */
export interface NarrativeMatch {
  id: string;
  title: string;
  score: number;
  stance: NarrativeStance;
  /**
   * How the article as a whole carries the narrative, the same on each of its entries: the strongest stance of its
   * mentions, refutes > endorses > asserts > reports (src/stages/narratives/article-stance.ts). Absent in
   * documents analysed before it existed.
   */
  articleStance?: NarrativeStance;
  evidence: Span[];
  matchedExamples: string[];
}

/** A catalogued disinformation case (e.g. EUvsDisinfo) that the article echoes. */
export interface CaseMatch {
  id: string;
  title: string;
  score: number;
  date: string | null;
  url: string | null;
}

/** A paragraph in another language than the document's (a quoted statement left untranslated), by the language stage. */
export interface LanguageSpan extends Span {
  /** ISO 639-1 code. */
  language: string;
  /** How sure the paragraph's vote was, in [0, 1]. */
  confidence: number;
}

/** The annotation layers, each assigned by one stage. */
export interface Layers {
  /** Paragraphs whose language differs from `meta.language` (none when the whole text is in one language). */
  languages?: LanguageSpan[];
  paragraphs?: Paragraph[];
  sentences?: Sentence[];
  entities?: Entity[];
  quotes?: Quote[];
  claims?: Claim[];
  posts?: Post[];
  techniques?: Technique[];
  framing?: Framing[];
  narratives?: NarrativeMatch[];
  cases?: CaseMatch[];
}

export type LayerName = keyof Layers;

/** What a stage may require or assign: a layer, or the document language. */
export type Capability = LayerName | 'language';

export interface Doc {
  /** sha256 of `text`, hex, first 16 characters: stable across runs. */
  id: string;
  text: string;
  meta: DocMeta;
  source: DocSource;
  sourceMap: SourceSegment[];
  layers: Layers;
  messages: Message[];
}
