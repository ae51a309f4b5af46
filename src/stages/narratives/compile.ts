// Everything the stage builds once: lexicon, gazetteer concepts, per-language cue matchers (with the catalogue's
// keywords), the catalogue itself, compiled.
import { statSync } from 'node:fs';
import { ClaimtrailError } from '../../core/errors.js';
import { loadGazetteer } from '../../knowledge/gazetteer/index.js';
import { lineOf, loadCatalogue, type Catalogue } from '../../knowledge/narratives/index.js';
import { compileAliases } from './aliases.js';
import { cachedCompile } from './compiled-cache.js';
import { createConcepts, type Concepts } from './concepts.js';
import { loadLexicon, type CuePayload, type Lexicon } from './lexicon.js';
import { compileMatcher, parsePhrase, type Matcher } from './matcher.js';
import { compileCatalogue, type CompiledCatalogue, type Embed } from './patterns.js';
import type { ReadingTools } from './reading.js';

export interface NarrativeKnowledge {
  lexicon: Lexicon;
  concepts: Concepts;
  tools: ReadingTools;
  catalogue: Catalogue;
  compiled: CompiledCatalogue;
}

export interface KnowledgeOptions {
  files?: string[];
  builtIn?: boolean;
  /** Sentence embeddings for example-only narratives (an embedding backend); the examples are embedded once. */
  embed?: Embed;
}

/** '*' is the matcher for a language no cue list covers: every language's cues at once. */
export const ANY_LANGUAGE = '*';

// Built once per set of files (and their modification times): the CLI checks a catalogue before it reads any
// input, and the stage then takes the same knowledge.
const built = new Map<string, NarrativeKnowledge>();

export function buildKnowledge(options: KnowledgeOptions = {}): NarrativeKnowledge {
  if (options.embed) return build(options); // the caller keeps it with its backend
  const key = JSON.stringify([options.builtIn !== false, (options.files ?? []).map((f) => [f, modified(f)])]);
  let k = built.get(key);
  if (!k) built.set(key, (k = build(options)));
  return k;
}

function modified(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1; // the loader reports the missing file
  }
}

function build(options: KnowledgeOptions): NarrativeKnowledge {
  const lexicon = loadLexicon();
  const gazetteer = loadGazetteer();
  const concepts = createConcepts(gazetteer, lexicon);
  const catalogue = loadCatalogue({
    files: options.files,
    builtIn: options.builtIn,
    vocabulary: { isEntity: (id) => concepts.known(id), predicates: lexicon.predicates },
  });
  const tools = createTools(lexicon, concepts, gazetteer, catalogue);
  // With an embedding backend the examples' vectors are part of the compile: it is not kept on disk.
  const compile = () => compileCatalogue(catalogue.narratives, tools, lexicon.concepts, options.embed);
  return { lexicon, concepts, tools, catalogue, compiled: options.embed ? compile() : cachedCompile(catalogue.narratives, compile) };
}

function createTools(lexicon: Lexicon, concepts: Concepts, gazetteer: ReturnType<typeof loadGazetteer>, catalogue: Catalogue): ReadingTools {
  const byLanguage = new Map<string, { phrase: string; payload: CuePayload }[]>();
  const add = (language: string, phrase: string, payload: CuePayload) => {
    for (const l of [language, ANY_LANGUAGE]) {
      const list = byLanguage.get(l) ?? [];
      list.push({ phrase, payload });
      byLanguage.set(l, list);
    }
  };
  for (const e of lexicon.entries) for (const [language, phrases] of Object.entries(e.phrases)) for (const p of phrases) add(language, p, e.payload);
  for (const n of catalogue.narratives) {
    const payload: CuePayload = { kind: 'keyword', id: n.id, passive: false, implies: null };
    for (const [language, words] of Object.entries(n.keywords)) {
      for (const w of words) {
        try {
          parsePhrase(w);
        } catch (error) {
          const detail = `line ${lineOf(n)}, narrative "${n.id}", field "keywords.${language}": ${(error as Error).message}`;
          throw new ClaimtrailError('CATALOGUE_INVALID', { input: n.origin.file, detail });
        }
        add(language, w, payload);
      }
    }
  }
  const matchers = new Map<string, Matcher<CuePayload>>();
  const cues = (language: string): Matcher<CuePayload> => {
    const key = byLanguage.has(language) && lexicon.languages.includes(language) ? language : ANY_LANGUAGE;
    let m = matchers.get(key);
    if (!m) matchers.set(key, (m = compileMatcher(byLanguage.get(key) ?? [])));
    return m;
  };
  return { cues, concepts, aliases: compileAliases(gazetteer) };
}
