// What every exporter takes besides the documents: optional corpus context that a store can supply later.
import type { Claim, Doc } from '../core/types.js';

/** Where a text appeared: an article of the corpus. */
export interface Appearance {
  url: string | null;
  /** ISO 8601 date or date-time. */
  date: string | null;
  title?: string | null;
  outlet?: string | null;
  /** The claimtrail document id, when the appearance is a stored document. */
  docId?: string | null;
}

/** Catalogue details of a narrative: the `narratives` layer holds only its id and title. */
export interface NarrativeInfo {
  description?: string | null;
  aliases?: string[];
}

/**
 * Corpus context for exports. Every field is optional: exporting one analysed file gives none, and the store fills them
 * in for `--db` exports (a claim cluster's earliest article, the catalogue entry of a narrative).
 */
export interface ExportContext {
  /** The earliest article of the claim's cluster in the corpus, or null when unknown. */
  firstAppearance?: (doc: Doc, claim: Claim) => Appearance | null;
  /**
   * When claimtrail analysed or stored the document (ISO 8601), or null. STIX objects of an undated article take it as
   * created/modified, and MISP events as timestamp, instead of a made-up date; the CLI gives the run's start time for
   * files and the store's ingest time for --db. Without it an undated article's STIX objects use FIXED_EPOCH (a gap says so).
   */
  recordedAt?: (doc: Doc) => string | null;
  /** The catalogue entry of a narrative id, or null when unknown. */
  narrative?: (id: string) => NarrativeInfo | null;
  /**
   * Technique spans scored below this are left out of STIX and MISP, where a span becomes evidence that a speaker or
   * outlet used a DISARM technique (default DEFAULT_MIN_TECHNIQUE_SCORE); the tables keep every span with its score.
   */
  minTechniqueScore?: number;
  /** What was exported, for titles and gap notes ("narrative:biolabs", "search:Kabulov"); default: the documents given. */
  scope?: string;
}

/** The techniques stage emits low-confidence spans too (scores from 0.05); below 0.3 most are noise on reading. */
export const DEFAULT_MIN_TECHNIQUE_SCORE = 0.3;

/** A serialised export (text; bytes for Parquet) and the gaps it states (also inside the output where the format has room). */
export interface ExportOutput {
  body: string | Uint8Array;
  gaps: string[];
  mediaType: string;
  extension: string;
}
