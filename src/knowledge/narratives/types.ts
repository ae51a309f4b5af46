// A narrative catalogue, as validated from YAML, JSON or CSV (format: README.md beside this file).

/** How an entity takes part in a narrative: who spreads it, who is blamed, what it is done to, or only named. */
export type NarrativeRole = 'accuser' | 'accused' | 'object' | 'mentioned';
export const NARRATIVE_ROLES: readonly NarrativeRole[] = ['accuser', 'accused', 'object', 'mentioned'];

/** A claim that carries the narrative, in any language. */
export interface NarrativeExample {
  text: string;
  /** ISO 639-1, or null when not given (then read as English for word matching; entities and cues work in any language). */
  language: string | null;
  /** Where the example was found (a case URL). */
  source: string | null;
  date: string | null;
}

export interface NarrativeEntity {
  /** A gazetteer id (united-states, isis) or an actor class of the narratives stage (west, terrorism). */
  id: string;
  role: NarrativeRole;
}

export interface Narrative {
  id: string;
  title: string;
  /** Optional: a catalogue of examples alone is enough. */
  description: string | null;
  examples: NarrativeExample[];
  /** Words or phrases by ISO 639-1 language that signal the narrative ("biolab", "биолаборатори*"); a list given
   * without language is here under every language the narratives stage reads and every language of the examples. */
  keywords: Record<string, string[]>;
  entities: NarrativeEntity[];
  /** Predicate classes of the narrative's claim frames (CREATE, SPONSOR, ARM, PROTECT …). */
  predicates: string[];
  /** A broader narrative of the same catalogue. */
  parent: string | null;
  source: string | null;
  note: string | null;
  /** Where the entry was read from: for errors found after loading (unknown parent, unknown entity). */
  origin: { file: string; line: number };
}

export interface Catalogue {
  narratives: Narrative[];
  /** The files it was read from, in order ("<built-in>" for the starter catalogue). */
  files: string[];
}
