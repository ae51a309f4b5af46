// Gazetteer names and adjectives (all languages) → a matcher, for texts that do not go through the entities stage:
// the examples of a catalogue and the EUvsDisinfo case titles. Short all-capital aliases (US, IS, EI) match only as
// written, as in the entities stage, so "us" and "is" are words.
import { compileContexts, contextCount, wordKeys } from '../../knowledge/gazetteer/context.js';
import type { Gazetteer } from '../../knowledge/gazetteer/index.js';
import { compileMatcher, type Matcher } from './matcher.js';
import type { Token } from './tokens.js';

export interface AliasHit {
  from: number;
  to: number;
  id: string;
}

export interface AliasMatcher {
  find(tokens: Token[]): AliasHit[];
}

const SHORT_CAPS = /^[A-ZÀ-ÖØ-Þ.\-]{1,4}$/u;

export function compileAliases(gazetteer: Gazetteer): AliasMatcher {
  const entries: { phrase: string; payload: { id: string; exact: string | null } }[] = [];
  for (const e of gazetteer.entries) {
    const names = [...Object.values(e.aliases).flat(), ...Object.values(e.adjectives).flat(), e.canonical];
    for (const name of new Set(names)) {
      if (!/[\p{L}\p{N}]/u.test(name)) continue;
      // Escape the matcher's wildcards: a name is always literal.
      const phrase = name.replace(/\*/g, ' ').replace(/…|\.\.\./g, ' ').trim();
      if (phrase) entries.push({ phrase, payload: { id: e.id, exact: SHORT_CAPS.test(name) ? name : null } });
    }
  }
  const matcher: Matcher<{ id: string; exact: string | null }> = compileMatcher(entries);
  // An alias two entries share (`ambiguous`: "Douma" the Syrian town and, in French, the State Duma) goes, as in the
  // entities stage, to the entry whose context words the text holds ("chemical", "Syria"), else to the first.
  const contexts = compileContexts(gazetteer);
  return {
    find(tokens) {
      const hits = matcher.all(tokens).filter((h) => {
        const exact = h.payload.exact;
        if (!exact) return true;
        return tokens.slice(h.from, h.to).map((t) => t.raw).join('') === exact.replace(/\s+/g, '');
      });
      // Longest name wins where names overlap ("Islamic State Khorasan Province" over "Islamic State").
      // The text's words are keyed only when a tie needs them.
      let words: string[] | null = null;
      const score = new Map<string, number>();
      const scoreOf = (id: string) => {
        const phrases = contexts.get(id);
        if (!phrases) return 0;
        words ??= tokens.flatMap((t) => wordKeys(t.raw));
        return score.get(id) ?? score.set(id, contextCount(words, phrases)).get(id)!;
      };
      const sorted = hits.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from || scoreOf(b.payload.id) - scoreOf(a.payload.id));
      const taken: AliasHit[] = [];
      for (const h of sorted) if (!taken.some((t) => h.from < t.to && t.from < h.to)) taken.push({ from: h.from, to: h.to, id: h.payload.id });
      return taken.sort((a, b) => a.from - b.from);
    },
  };
}
