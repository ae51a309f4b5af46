// What a narrative claims, as against what it is about. Its topic is what every one of its statements (examples,
// title, description) names: "sanctions" in every statement of "sanctions hurt Europe", a chemical attack in every
// one of "the West staged chemical attacks" — the words plain news on the topic shares with it too ("the EU extended
// its sanctions against Russia", "a chemical attack in Douma killed 40"). Its claim is the rest: the harm to Europe,
// the staging, the blame. A sentence met by example similarity must share one of the example's claim words, not
// only its topic and its actors (entities are never claim words: core-entities.ts requires those separately).
import { readKnowledgeFile } from '../../knowledge/yaml.js';
import { ClaimtrailError } from '../../core/errors.js';
import { backgroundFactor } from './background-df.js';
import type { Pattern } from './patterns.js';
import type { SimilarityIndex } from './similar.js';

const FILE = new URL('./data/claim-topics.yml', import.meta.url);
let claimTopics: Set<string> | null = null;

/** The topic concepts whose naming is a claim (data/claim-topics.yml): a colour revolution, Russophobia, a coup. */
export function loadClaimTopics(): Set<string> {
  if (claimTopics) return claimTopics;
  const value = readKnowledgeFile(FILE);
  if (!Array.isArray(value)) throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: FILE.pathname, detail: 'expected a list of entries' });
  claimTopics = new Set(
    (value as Record<string, unknown>[]).map((raw) => {
      for (const field of ['id', 'source', 'note']) {
        if (typeof raw?.[field] !== 'string') throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: FILE.pathname, detail: `entry "${String(raw?.id ?? '?')}" needs "${field}"` });
      }
      return String(raw.id);
    }),
  );
  return claimTopics;
}

/** A narrative needs this many statements for what they all share to be its topic rather than its whole claim. */
const MIN_STATEMENTS = 3;

/**
 * A claim word plain news uses everywhere ("economy", "country": background-df.ts) says no claim: "imports of Russian
 * energy into the EU fell" is trade news, not "sanctions ruin the European economy".
 */
const SPECIFIC = 0.45;

const isWordKey = (k: string) => k.startsWith('x:') || k.startsWith('k:');
const isEntity = (k: string, topics: ReadonlySet<string>) => k.startsWith('c:') && !topics.has(k.slice(2));

/**
 * Per pattern (null where not indexed for similarity): its claim keys, the word keys it has other than its
 * narrative's topic — the word keys every statement of the narrative has, and the words of a topic concept's mention
 * (`topicKeys`, features.ts) where every statement names that concept ("gas attack" and "chemical attacks" are one
 * topic); and its predicate classes (`predicates`: p:STAGE), which a sentence in any language meets. An empty set: the example says nothing beyond its topic, and no claim word is asked of a sentence.
 */
export function claimKeys(patterns: readonly Pattern[], index: SimilarityIndex, topicKeys: ReadonlyMap<number, ReadonlyMap<string, ReadonlySet<string>>>, topics: ReadonlySet<string>, predicates: ReadonlyMap<number, ReadonlySet<string>>, accused: (narrative: number, entity: string) => boolean): (Set<string> | null)[] {
  const byNarrative = new Map<number, number[]>();
  index.keys.forEach((keys, p) => keys && byNarrative.set(patterns[p].narrative, [...(byNarrative.get(patterns[p].narrative) ?? []), p]));
  const out: (Set<string> | null)[] = index.keys.map(() => null);
  for (const list of byNarrative.values()) {
    const topic = new Set<string>();
    // A word of a loaded topic's mention ("Russophobia", "coup") stays a claim word however often it recurs.
    const loadedWord = (k: string) => list.some((p) => [...(topicKeys.get(p) ?? [])].some(([c, set]) => loadClaimTopics().has(c.slice(2)) && set.has(k)));
    if (list.length >= MIN_STATEMENTS) {
      const everywhere = (k: string) => list.every((p) => index.keys[p]!.has(k));
      const first = index.keys[list[0]]!;
      for (const k of first) if ((isWordKey(k) || isEntity(k, topics)) && everywhere(k) && !loadedWord(k)) topic.add(k);
      // A topic concept every statement names: the words of its mentions are the topic, however they vary.
      // Not one whose naming is the claim (claim-topics.yml): "the West's colour revolutions" says it all.
      const loaded = loadClaimTopics();
      const shared = [...first].filter((k) => k.startsWith('c:') && topics.has(k.slice(2)) && !loaded.has(k.slice(2)) && everywhere(k));
      for (const c of shared) for (const p of list) for (const k of topicKeys.get(p)?.get(c) ?? []) topic.add(k);
    }
    // A predicate class (p:STAGE: staged, faked, инсценировали, مفبركة) says the claim in any language.
    // What the narrative is about or accuses (`accused`: its topic targets, its core actors), where only some of its
    // statements name it, is part of a claim too: "the Ukrainian army shot down MH17". A place named in passing
    // (Syria, Douma) is not.
    const n = patterns[list[0]].narrative;
    const claimWord = (k: string) => (isWordKey(k) && backgroundFactor(k) >= SPECIFIC) || (isEntity(k, topics) && accused(n, k.slice(2))) || (k.startsWith('c:') && loadClaimTopics().has(k.slice(2)));
    for (const p of list) out[p] = new Set([...[...index.keys[p]!].filter((k) => claimWord(k) && !topic.has(k)), ...(predicates.get(p) ?? [])]);
  }
  return out;
}

/**
 * Whether a unit with similarity `terms` says the claim of an example with `claim` keys: it shares one of them
 * outside its own topic words (`unitTopic`: "chemical" in "a chemical attack" is the topic whatever the example), a
 * predicate class of it (`concepts`), or a word close to one of them (`soft`: soft-match.ts).
 */
export function saysClaim(terms: ReadonlySet<string>, unitTopic: ReadonlyMap<string, ReadonlySet<string>> | undefined, claim: ReadonlySet<string> | null | undefined, concepts?: ReadonlySet<string>, soft?: (key: string) => readonly { key: string }[]): boolean {
  if (!claim || !claim.size) return true;
  const topical = (k: string) => !!unitTopic && [...unitTopic].some(([c, set]) => set.has(k) && !loadClaimTopics().has(c.slice(2)));
  for (const k of claim) if ((terms.has(k) && !topical(k)) || concepts?.has(k)) return true;
  // A claim word told otherwise ("engineered" for "created"), through the word vectors as similar.ts meets it.
  if (soft) for (const t of terms) if (t.startsWith('x:') && !topical(t) && soft(t).some((n) => claim.has(n.key))) return true;
  return false;
}
