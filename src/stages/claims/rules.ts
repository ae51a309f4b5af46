// Hard rules: sentences that are never claims (questions, too short, no verb, and the data-file rules).
import { readYamlData } from '../../knowledge/yaml.js';
import { ClaimtrailError } from '../../core/errors.js';

export type RuleKind = 'boilerplate' | 'imperative' | 'deontic' | 'evaluative';
const KINDS: readonly RuleKind[] = ['boilerplate', 'imperative', 'deontic', 'evaluative'];

export interface RuleEntry {
  id: string;
  source: string;
  note: string;
  kind: RuleKind;
  patterns: RegExp[];
  examples: string[];
}

const FILE = new URL('./data/rules.yml', import.meta.url);

/** Loads and validates rules.yml; every pattern compiled once. */
export function loadRules(url: URL = FILE): RuleEntry[] {
  const fail = (detail: string, cause?: unknown): never => {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: url.pathname, detail }, { cause });
  };
  let raw: unknown;
  try {
    raw = readYamlData(url);
  } catch (error) {
    return fail((error as Error).message, error);
  }
  if (!Array.isArray(raw)) return fail('expected a list of rules');
  return raw.map((value: unknown): RuleEntry => {
    const e = (value ?? {}) as Record<string, unknown>;
    const id = String(e.id ?? '');
    if (!id || typeof e.source !== 'string' || typeof e.note !== 'string') fail(`rule ${JSON.stringify(id)} needs id, source and note`);
    if (!KINDS.includes(e.kind as RuleKind)) fail(`rule "${id}": kind must be one of ${KINDS.join(', ')}`);
    if (!Array.isArray(e.patterns) || !e.patterns.length) fail(`rule "${id}": needs patterns`);
    const patterns = (e.patterns as unknown[]).map((p) => {
      try {
        return new RegExp(String(p), 'iu');
      } catch (error) {
        return fail(`rule "${id}": bad pattern ${JSON.stringify(p)} (${(error as Error).message})`, error);
      }
    });
    const examples = Array.isArray(e.examples) ? e.examples.map(String) : [];
    return { id, source: e.source as string, note: e.note as string, kind: e.kind as RuleKind, patterns, examples };
  });
}

// A final question mark, allowing closing quotes/brackets after it.
const QUESTION = /\?[\s"'”’»)\]]*$/u;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
// Lenient on purpose (it only rejects): auxiliaries, say-verbs and inflected forms, incl. plurals.
const VERBISH = /^(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must|say|says|said|\p{L}{2,}(?:ed|ing|s))$/iu;

export interface Rejecter {
  /** Why `text` can never be a claim (a rule id), or null when the model decides. */
  reject(text: string): string | null;
}

export function createRejecter(entries: RuleEntry[], minWords: number): Rejecter {
  // The ones that need a verb check: fragments shorter than this (headline stubs, captions, bylines).
  const verbCheckBelow = 8;
  // Both word checks look at short texts only: past this many words a sentence passes them, so no need to read on.
  const enough = Number.isFinite(minWords) ? Math.max(minWords, verbCheckBelow) : Infinity;
  const any = anyPattern(entries);
  return {
    reject(text: string): string | null {
      const trimmed = text.trim();
      if (QUESTION.test(trimmed)) return 'question';
      const words: string[] = [];
      WORD.lastIndex = 0;
      for (let m = WORD.exec(trimmed); m && words.length < enough; m = WORD.exec(trimmed)) words.push(m[0]);
      if (words.length < minWords) return 'too-short';
      if (words.length < verbCheckBelow && !words.some((w) => VERBISH.test(w))) return 'no-verb';
      if (any && !any.test(trimmed)) return null;
      for (const entry of entries) if (entry.patterns.some((p) => p.test(trimmed))) return entry.id;
      return null;
    },
  };
}

/**
 * One pattern that matches where any rule's pattern does: most sentences match none, and one scan of the sentence
 * tells that sooner than one per pattern (the rule that matches is then found as before). Null where the patterns
 * cannot be joined without changing their meaning (numbered back-references, named groups) or flags differ.
 */
function anyPattern(entries: readonly RuleEntry[]): RegExp | null {
  const patterns = entries.flatMap((e) => e.patterns);
  if (!patterns.length || patterns.some((p) => p.flags !== 'iu' || /\\[1-9k]|\(\?<(?![=!])/.test(p.source))) return null;
  try {
    return new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), 'iu');
  } catch {
    return null;
  }
}
