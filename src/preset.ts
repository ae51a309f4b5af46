// The one place that orders the stages. Read top to bottom: each stage may use what the ones above assign.
import { createPipeline, type Pipeline } from './core/pipeline.js';
import { language, type LanguageOptions } from './stages/language/index.js';
import { segment } from './stages/segment/index.js';
import { entities } from './stages/entities/index.js';
import { quotes } from './stages/quotes/index.js';
import { posts } from './stages/posts/index.js';
import { claims } from './stages/claims/index.js';
import { techniques } from './stages/techniques/index.js';
import { framing } from './stages/framing/index.js';
import { narratives, type NarrativesOptions } from './stages/narratives/index.js';
import { cases, type CasesOptions } from './stages/cases/index.js';

export interface PresetOptions {
  language?: LanguageOptions;
  /** Narrative catalogue files (`files`, added to the built-in one unless `builtIn: false`). */
  narratives?: NarrativesOptions;
  cases?: CasesOptions;
}

export function defaultPipeline(options: PresetOptions = {}): Pipeline {
  return createPipeline()
    .use(language, options.language) // meta.language (ISO 639-1)
    .use(segment) // paragraphs, sentences
    .use(entities, undefined) // canonical entities, aliases, mentions, coreference
    .use(quotes, undefined) // direct, indirect and mixed quotes with speaker, cue, venue
    .use(posts, undefined) // embedded social posts (tweets, Instagram, Facebook, Telegram) with their authors
    .use(claims, undefined) // check-worthy claims, author's voice or attributed
    .use(techniques, undefined) // persuasion techniques (PTC names) as scored spans
    .use(framing, undefined) // each main actor as protagonist, antagonist or innocent, with a fine role
    .use(narratives, options.narratives) // catalogued narratives carried, with stance (asserts, reports, refutes)
    .use(cases, options.cases); // the EUvsDisinfo cases the article echoes
}
