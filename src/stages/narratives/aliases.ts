// Gazetteer names and adjectives (all languages) → a matcher, for texts that do not go through the entities stage:
// the examples of a catalogue and the EUvsDisinfo case titles. Short all-capital aliases (US, IS, EI) match only as
// written, as in the entities stage, so "us" and "is" are words.
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
  return {
    find(tokens) {
      const hits = matcher.all(tokens).filter((h) => {
        const exact = h.payload.exact;
        if (!exact) return true;
        return tokens.slice(h.from, h.to).map((t) => t.raw).join('') === exact.replace(/\s+/g, '');
      });
      // Longest name wins where names overlap ("Islamic State Khorasan Province" over "Islamic State").
      const sorted = hits.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
      const taken: AliasHit[] = [];
      for (const h of sorted) if (!taken.some((t) => h.from < t.to && t.from < h.to)) taken.push({ from: h.from, to: h.to, id: h.payload.id });
      return taken.sort((a, b) => a.from - b.from);
    },
  };
}
