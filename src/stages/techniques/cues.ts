// Loads data/cues.yml (id, category, source, note, phrases per entry) into cue entries, validated once.
import { readYamlData } from '../../knowledge/yaml.js';
import { ClaimtrailError } from '../../core/errors.js';
import type { CueEntry } from '../../models/techniques/cues.js';
import { wordsOf } from '../../models/techniques/tokens.js';
import { TECHNIQUES } from '../../models/techniques/ptc.js';

const SCOPES = ['phrase', 'clause', 'sentence'] as const;

function parseEmit(id: string, value: unknown, fail: (detail: string) => never): NonNullable<CueEntry['emit']> {
  const v = (value ?? {}) as Record<string, unknown>;
  if (!(TECHNIQUES as readonly unknown[]).includes(v.technique)) fail(`entry "${id}": emit.technique must be a PTC name (${TECHNIQUES.join(', ')})`);
  if (!(SCOPES as readonly unknown[]).includes(v.scope)) fail(`entry "${id}": emit.scope must be one of ${SCOPES.join(', ')}`);
  const score = Number(v.score);
  if (!(score > 0 && score <= 1)) fail(`entry "${id}": emit.score must be in (0, 1]`);
  return { technique: v.technique as string, scope: v.scope as (typeof SCOPES)[number], score };
}

export const CUES_FILE = new URL('./data/cues.yml', import.meta.url);

export function loadCues(url: URL = CUES_FILE): CueEntry[] {
  const fail = (detail: string, cause?: unknown): never => {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: url.pathname, detail }, { cause });
  };
  let raw: unknown;
  try {
    raw = readYamlData(url);
  } catch (error) {
    return fail((error as Error).message, error);
  }
  if (!Array.isArray(raw)) return fail('expected a list of cue entries');
  const out: CueEntry[] = [];
  for (const value of raw as unknown[]) {
    const e = (value ?? {}) as Record<string, unknown>;
    const id = String(e.id ?? '');
    if (!id || typeof e.source !== 'string' || typeof e.note !== 'string' || typeof e.category !== 'string') {
      fail(`entry ${JSON.stringify(id)} needs id, category, source and note`);
    }
    if (!Array.isArray(e.phrases) || !e.phrases.length) fail(`entry "${id}": needs phrases`);
    const emit = e.emit === undefined ? undefined : parseEmit(id, e.emit, fail);
    for (const phrase of e.phrases as unknown[]) {
      const words = wordsOf(String(phrase));
      if (!words.length) fail(`entry "${id}": phrase ${JSON.stringify(phrase)} has no words`);
      out.push({ id, category: e.category as string, words, ...(emit ? { emit } : {}) });
    }
  }
  return out;
}
