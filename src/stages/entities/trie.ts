import { isWordChar, nameKey, punctKey, TOKEN_RE, wordKey } from '../../knowledge/gazetteer/index.js';
import type { Gazetteer, GazetteerEntry } from '../../knowledge/gazetteer/index.js';
import { aliasVariants, aliasWordKeys } from './forms.js';
import { capsOf, type Caps } from './tokens.js';

export type HitKind = 'name' | 'alias' | 'adjective' | 'surname';

/** One way a trie path names an entry. */
export interface Terminal {
  entry: GazetteerEntry;
  kind: HitKind;
  lang: string;
  /** Letter case of each alias token, checked against the text. */
  caps: Caps[];
  /** Shared on purpose with another entry (or a surname two people share): resolved by context. */
  ambiguous: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  terms: Terminal[];
}

/** Compiles every alias, adjective and surname of the gazetteer into one token trie (once, in create()). */
export function compileTrie(gazetteer: Gazetteer): TrieNode {
  const root: TrieNode = { next: new Map(), terms: [] };
  const surnameOwners = new Map<string, Set<string>>();
  const pending: [string, Terminal][] = [];
  for (const entry of gazetteer.entries) {
    const canonical = nameKey(entry.canonical);
    const ambiguous = new Set(entry.ambiguous.map(nameKey));
    for (const [lang, names] of Object.entries(entry.aliases)) {
      for (const alias of names) {
        for (const form of aliasVariants(alias, lang, false)) {
          // The canonical name, or the first (main) name in a language, is a "name"; other forms are aliases.
          const kind = nameKey(form) === canonical || alias === names[0] ? 'name' : 'alias';
          pending.push([form, { entry, kind, lang, caps: [], ambiguous: ambiguous.has(nameKey(alias)) }]);
        }
      }
    }
    for (const [lang, names] of Object.entries(entry.adjectives)) {
      for (const adjective of names) {
        for (const form of aliasVariants(adjective, lang, true)) pending.push([form, { entry, kind: 'adjective', lang, caps: [], ambiguous: ambiguous.has(nameKey(adjective)) }]);
      }
    }
    if (entry.type === 'person') {
      for (const [lang, surname] of surnamesOf(entry)) {
        const key = `${lang}\u0000${nameKey(surname)}`;
        surnameOwners.set(key, (surnameOwners.get(key) ?? new Set()).add(entry.id));
        pending.push([surname, { entry, kind: 'surname', lang, caps: [], ambiguous: false }]);
      }
    }
  }
  for (const [form, term] of pending) {
    if (term.kind === 'surname' && surnameOwners.get(`${term.lang}\u0000${nameKey(form)}`)!.size > 1) term.ambiguous = true;
    insert(root, form, term);
  }
  return root;
}

/** Explicit surnames, or the last word of each multi-word alias (never an initial or a two-letter word). */
function surnamesOf(entry: GazetteerEntry): [string, string][] {
  const out: [string, string][] = [];
  if (entry.surnames) {
    for (const [lang, names] of Object.entries(entry.surnames)) names.forEach((n) => out.push([lang, n]));
    return out;
  }
  for (const [lang, names] of Object.entries(entry.aliases)) {
    for (const alias of names) {
      const chunks = alias.trim().split(/\s+/);
      const last = chunks[chunks.length - 1];
      if (chunks.length >= 2 && last.length >= 3 && !last.endsWith('.')) out.push([lang, last]);
    }
  }
  return out;
}

function insert(root: TrieNode, alias: string, template: Terminal): void {
  const tokens = [...alias.matchAll(TOKEN_RE)].map((m) => m[0]);
  const caps = tokens.map((t) => (isWordChar(t[0]) ? capsOf(t) : 'none'));
  const keys = tokens.map((t) => (isWordChar(t[0]) ? aliasWordKeys(wordKey(t)) : [punctKey(t)]));
  const term: Terminal = { ...template, caps };
  // Every combination of word forms is a path (at most a few dozen for a long Russian name).
  let frontier: TrieNode[] = [root];
  for (const options of keys) {
    const nextFrontier: TrieNode[] = [];
    for (const node of frontier) {
      for (const key of options) {
        let child = node.next.get(key);
        if (!child) node.next.set(key, (child = { next: new Map(), terms: [] }));
        if (!nextFrontier.includes(child)) nextFrontier.push(child);
      }
    }
    frontier = nextFrontier;
  }
  for (const node of frontier) {
    const same = node.terms.find((t) => t.entry === term.entry && t.kind === term.kind && sameCaps(t.caps, caps));
    if (!same) node.terms.push(term);
  }
}

function sameCaps(a: Caps[], b: Caps[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}
