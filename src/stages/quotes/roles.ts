import { wordEntries } from './word-lists.js';

// Role nouns that stand for a person named before ("according to the diplomat", "по словам дипломата"): data/role-nouns.yml.

const FILE = new URL('./data/role-nouns.yml', import.meta.url);

let cached: Map<string, Set<string>> | null = null;

/** Role nouns by language (lower case). */
export function roleNouns(): Map<string, Set<string>> {
  if (cached) return cached;
  const out = new Map<string, Set<string>>();
  for (const e of wordEntries(FILE)) {
    const set = out.get(e.lang) ?? new Set<string>();
    for (const f of e.forms) set.add(String(f).toLowerCase());
    out.set(e.lang, set);
  }
  return (cached = out);
}

/** Articles and possessives that may open a role phrase ("the envoy", "der Diplomatin", "la diplomate"). */
const DETERMINERS = new Set(['the', 'this', 'der', 'die', 'des', 'dem', 'den', 'le', 'la', "l'", 'l’', 'ce', 'cette']);

/**
 * Whether a source is only a role noun, with at most a determiner and an adjective before it ("the diplomat",
 * "дипломата", "der Diplomatin", "la diplomate", "المبعوث الروسي" is not: Arabic adjectives follow, so only the noun).
 */
export function isRolePhrase(phrase: string, lang: string | null): boolean {
  const roles = roleNouns().get(lang ?? 'en');
  if (!roles) return false;
  const words = phrase.toLowerCase().replace(/^(l['’])/, '$1 ').split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 3) return false;
  let i = 0;
  if (DETERMINERS.has(words[0])) i++;
  return i < words.length && roles.has(words[words.length - 1]) && words.length - i <= 2;
}
