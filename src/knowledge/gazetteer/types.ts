import type { EntityType } from '../../core/types.js';

export type Gender = 'm' | 'f';

/** One canonical entity of the gazetteer, as validated from the YAML files. */
export interface GazetteerEntry {
  id: string;
  canonical: string;
  type: EntityType;
  /** Names by ISO 639-1 language ("en", "ru", "ar", "de", "fr" …). */
  aliases: Record<string, string[]>;
  /** Adjectives and demonyms (American, Americans → united-states); mentions of kind "adjective". */
  adjectives: Record<string, string[]>;
  /** Surnames that name a person alone. Null: derived (last word of each multi-word alias). */
  surnames: Record<string, string[]> | null;
  /** A broader entry (isis-k → isis). */
  parent: string | null;
  /** The state (or region) a place lies in (jawzjan → afghanistan); used as context. */
  within: string | null;
  /**
   * Context ids: a mention of the parent resolves to this entry when its sentence also mentions one of these
   * (or a place within one), and this entry is named on its own somewhere in the document.
   */
  narrows: string[];
  /** Aliases this entry shares on purpose with another entry of the same language. */
  ambiguous: string[];
  /**
   * Words or phrases (any language) that earn this entry a shared alias: "Washington" is the state only in a sentence
   * that says "state", "Seattle" or "Gov." (or when the document names the state unambiguously); without them the
   * alias goes to an entry with no context (the city).
   */
  context: string[];
  gender: Gender | null;
  /** Roles the person is known by (English), used to resolve "the envoy" when the text gives none. */
  roles: string[];
  wikidata: string | null;
  source: string;
  note: string | null;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  byId: Map<string, GazetteerEntry>;
}
