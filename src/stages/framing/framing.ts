import { withLayers } from '../../core/doc.js';
import { defineStage } from '../../core/stage.js';
import type { Doc, Framing, Span } from '../../core/types.js';
import { loadGazetteer } from '../../knowledge/gazetteer/index.js';
import { mainActors, ownQuotes, within } from './actors.js';
import { buildClause, mentionsOf, overlapsAny, type Clause } from './clause.js';
import { grammarFor, loadGrammar } from './grammar.js';
import { loadRoles } from './lexicon.js';
import { findCues, indexCues } from './match.js';
import { frame } from './score.js';
import { techniqueSupport, type Support } from './support.js';
import { votesFor, type Vote } from './votes.js';

export interface FramingOptions {
  /** Least weight of cue evidence for an actor to be framed (one plain cue weighs 1). */
  minWeight?: number;
  /** Least score of a loaded-language / name-calling span to count as extra evidence. */
  techniqueMinScore?: number;
}

/** A cue in the headline counts this much more: the headline sets the frame. */
const HEADLINE_BOOST = 1.5;

/**
 * Framing (SemEval-2025 Task 10 subtask 1): each main actor cast as protagonist, antagonist or innocent, with a fine
 * role, from role cues (data/roles.yml) in the slots around its mentions — the subject of "created", the target of
 * "attacks on", the actor called "invaders" — plus labelling techniques said of it. A quoted source is framed only by
 * what the article says of it outside its own quotes; a speaker the article only quotes gets no framing.
 */
export const framing = defineStage({
  name: 'framing',
  requires: ['sentences', 'entities', 'quotes', 'techniques'],
  assigns: ['framing'],
  create(given: FramingOptions | undefined) {
    const minWeight = given?.minWeight ?? 0.8;
    const techniqueMinScore = given?.techniqueMinScore ?? 0.3;
    if (!(minWeight > 0)) throw new RangeError(`framing: minWeight must be > 0, got ${minWeight}`);
    if (!(techniqueMinScore >= 0 && techniqueMinScore <= 1)) throw new RangeError(`framing: techniqueMinScore must be in [0, 1], got ${techniqueMinScore}`);
    const index = indexCues(loadRoles());
    const grammars = loadGrammar();
    const gazetteer = loadGazetteer().byId;

    return function framingDoc(doc: Doc): Doc {
      const actors = mainActors(doc, gazetteer);
      if (!actors.length) return withLayers(doc, { framing: [] });
      const actorIds = new Set(actors.map((e) => e.id));
      const spoken = ownQuotes(doc);
      const isActor = (id: string, at: Span, cue: Span) => actorIds.has(id) && !within(at, spoken.get(id)) && !within(cue, spoken.get(id));
      const grammar = grammarFor(grammars, doc.meta.language);
      const sentences = doc.layers.sentences ?? [];
      const mentions = mentionsOf(doc.layers.entities ?? []);
      const title = (doc.layers.paragraphs ?? []).find((p) => p.kind === 'title');
      const clauses = new Map<number, Clause>();
      const clauseOf = (i: number) => {
        let c = clauses.get(i);
        if (!c) clauses.set(i, (c = buildClause(doc.text, sentences[i], mentions, grammar)));
        return c;
      };

      // Slots never leave their sentence, so a sentence that names no main actor is not read at all.
      const actorMentions = mentionsOf(actors);
      const votes: Vote[] = [];
      sentences.forEach((sentence, i) => {
        if (!overlapsAny(actorMentions, sentence)) return;
        const clause = clauseOf(i);
        const boost = title && sentence.start >= title.start && sentence.end <= title.end ? HEADLINE_BOOST : 1;
        for (const hit of findCues(clause, index)) votes.push(...votesFor(clause, hit, { text: doc.text, isActor, boost }));
      });
      const support: Support[] = techniqueSupport(doc.text, doc.layers.techniques ?? [], sentences, clauseOf, techniqueMinScore, isActor);

      const found: Framing[] = [];
      for (const actor of actors) {
        const framed = frame(actor.id, votes.filter((v) => v.entityId === actor.id), support.filter((s) => s.entityId === actor.id), minWeight);
        if (framed) found.push(framed);
      }
      return withLayers(doc, { framing: found });
    };
  },
});
