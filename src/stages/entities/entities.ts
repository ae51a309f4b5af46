import { withLayers } from '../../core/doc.js';
import { defineStage } from '../../core/stage.js';
import type { Doc } from '../../core/types.js';
import { loadGazetteer } from '../../knowledge/gazetteer/index.js';
import { linkAcronyms } from './acronyms.js';
import { assemble } from './assemble.js';
import { linkPronouns, linkSurnames, linkThey, linkTitles } from './coref.js';
import { loadCues } from './cues.js';
import { findHits } from './match.js';
import { findNames } from './names.js';
import { resolveHits } from './resolve.js';
import { findRoles } from './roles.js';
import { tokenize } from './tokens.js';
import { compileTrie } from './trie.js';
import { createWork } from './work.js';

export interface EntitiesOptions {
  /** An extra gazetteer file (YAML or JSON, same format as src/knowledge/gazetteer/data/*.yml), added to the built-in one. */
  gazetteer?: string;
}

/**
 * Canonical entities with every mention: gazetteer names and aliases in any language, names the gazetteer does not
 * know, roles from appositions, acronyms defined in brackets, surnames, "the envoy" and he/she.
 */
export const entities = defineStage<EntitiesOptions | undefined>({
  name: 'entities',
  requires: ['sentences', 'language'],
  assigns: ['entities'],
  create(options) {
    const gazetteer = loadGazetteer(options?.gazetteer);
    const trie = compileTrie(gazetteer);
    const cues = loadCues();
    return function findEntities(doc: Doc): Doc {
      const tokens = tokenize(doc.text);
      const work = createWork(doc.text, doc.meta.language ?? 'en', tokens, doc.layers.sentences ?? []);
      resolveHits(work, findHits(doc.text, tokens, trie), gazetteer, cues);
      findNames(work, cues);
      linkAcronyms(work);
      findRoles(work, cues);
      linkSurnames(work);
      linkTitles(work, cues);
      linkPronouns(work, cues);
      linkThey(work);
      return withLayers(doc, { entities: assemble(work) });
    };
  },
});
