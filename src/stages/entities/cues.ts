import { readYamlData } from '../../knowledge/yaml.js';
import { ClaimtrailError } from '../../core/errors.js';
import { wordKey } from '../../knowledge/gazetteer/index.js';

const FILE = new URL('./data/cues.yml', import.meta.url);
const IDS = [
  'function-words', 'months-days', 'role-heads', 'role-modifiers', 'person-titles', 'org-suffixes', 'org-heads', 'media-suffixes',
  'place-prepositions', 'place-suffixes', 'place-heads', 'place-name-ends', 'name-particles', 'pronouns-male', 'pronouns-female', 'person-cues-de',
  'event-words', 'generic-nouns', 'title-ends-de', 'page-words',
] as const;

export type CueId = (typeof IDS)[number];

/** Word sets by cue id, as token keys (see wordKey). */
export type Cues = Record<CueId, Set<string>>;

let cached: Cues | null = null;

/** Loads and validates data/cues.yml once per process. */
export function loadCues(): Cues {
  if (cached) return cached;
  const fail = (detail: string): never => {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: FILE.pathname, detail });
  };
  let raw: unknown;
  try {
    raw = readYamlData(FILE);
  } catch (error) {
    return fail((error as Error).message);
  }
  if (!Array.isArray(raw)) return fail('expected a list');
  const out = {} as Cues;
  for (const item of raw as { id?: unknown; source?: unknown; words?: unknown }[]) {
    const id = String(item?.id) as CueId;
    if (!IDS.includes(id)) fail(`unknown id "${id}"`);
    if (typeof item.source !== 'string' || !Array.isArray(item.words)) fail(`"${id}" needs source and words`);
    // Compared with token keys, so folded the same way ("Präsident" → "prasident").
    out[id] = new Set((item.words as unknown[]).map((w) => wordKey(String(w))));
  }
  for (const id of IDS) if (!out[id]) fail(`missing "${id}"`);
  cached = out;
  return out;
}
