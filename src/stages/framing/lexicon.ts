// Loads data/roles.yml (role cues) and data/grammar.yml (function words), validated once when the stage is created.
import { readYamlData } from '../../knowledge/yaml.js';
import { ClaimtrailError } from '../../core/errors.js';
import type { EntityType } from '../../core/types.js';
import { FINE_ROLES, ROLES, type RoleGift } from './taxonomy.js';
import { expandCue, wordsOf } from './words.js';

export type CueKind = 'verb' | 'noun' | 'label';
const KINDS: readonly CueKind[] = ['verb', 'noun', 'label'];
const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'group', 'media', 'other'];

export interface RoleEntry {
  id: string;
  source: string;
  note: string;
  lang: string;
  kind: CueKind;
  /** Each cue as lower-case words ("*" = any one word), alternatives expanded. */
  cues: string[][];
  agent: RoleGift | null;
  patient: RoleGift | null;
  target: RoleGift | null;
  patientTypes: EntityType[] | null;
  weight: number;
}

export const ROLES_FILE = new URL('./data/roles.yml', import.meta.url);

type Fail = (detail: string, cause?: unknown) => never;

function readYaml(url: URL): { raw: unknown; fail: Fail } {
  const fail: Fail = (detail, cause) => {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: url.pathname, detail }, { cause });
  };
  try {
    return { raw: readYamlData(url), fail };
  } catch (error) {
    return fail((error as Error).message, error);
  }
}

function gift(id: string, slot: string, value: unknown, fail: Fail): RoleGift | null {
  if (value === undefined) return null;
  const v = (value ?? {}) as Record<string, unknown>;
  const role = v.role as RoleGift['role'];
  if (!ROLES.includes(role)) fail(`entry "${id}": ${slot}.role must be one of ${ROLES.join(', ')}`);
  const fine = (name: unknown, where: string): string => {
    if (!FINE_ROLES[role].includes(String(name))) fail(`entry "${id}": ${where} "${String(name)}" is not a fine role of ${role} (${FINE_ROLES[role].join(', ')})`);
    return String(name);
  };
  const byType: RoleGift['byType'] = {};
  for (const [type, name] of Object.entries((v.byType ?? {}) as Record<string, unknown>)) {
    if (!TYPES.includes(type as EntityType)) fail(`entry "${id}": ${slot}.byType key "${type}" is not an entity type`);
    byType[type as EntityType] = fine(name, `${slot}.byType.${type}`);
  }
  return { role, fineRole: fine(v.fineRole, `${slot}.fineRole`), byType };
}

/** Loads and validates the role-cue lexicon: every entry needs id, source, note, a kind, cues and the slot roles its kind uses. */
export function loadRoles(url: URL = ROLES_FILE): RoleEntry[] {
  const { raw, fail } = readYaml(url);
  if (!Array.isArray(raw)) return fail('expected a list of role-cue entries');
  const seen = new Set<string>();
  return raw.map((value: unknown): RoleEntry => {
    const e = (value ?? {}) as Record<string, unknown>;
    const id = String(e.id ?? '');
    if (!id || typeof e.source !== 'string' || typeof e.note !== 'string') fail(`entry ${JSON.stringify(id)} needs id, source and note`);
    if (seen.has(id)) fail(`entry id "${id}" appears twice`);
    seen.add(id);
    const kind = e.kind as CueKind;
    if (!KINDS.includes(kind)) fail(`entry "${id}": kind must be one of ${KINDS.join(', ')}`);
    if (!Array.isArray(e.cues) || !e.cues.length) fail(`entry "${id}": needs cues`);
    const cues = new Map<string, string[]>();
    for (const cue of e.cues as unknown[]) {
      for (const form of expandCue(String(cue))) {
        const words = wordsOf(form);
        if (!words.length || words.every((w) => w === '*')) fail(`entry "${id}": cue ${JSON.stringify(cue)} has no words`);
        cues.set(words.join(' '), words);
      }
    }
    const agent = gift(id, 'agent', e.agent, fail);
    const patient = gift(id, 'patient', e.patient, fail);
    const target = gift(id, 'target', e.target, fail);
    if (kind === 'label' ? !target || agent || patient : target || (!agent && !patient)) {
      fail(`entry "${id}": a ${kind} entry gives ${kind === 'label' ? 'a target role only' : 'an agent and/or a patient role, no target'}`);
    }
    const patientTypes = e.patientTypes === undefined ? null : (e.patientTypes as unknown[]).map(String) as EntityType[];
    if (patientTypes?.some((t) => !TYPES.includes(t))) fail(`entry "${id}": patientTypes must be entity types (${TYPES.join(', ')})`);
    const weight = e.weight === undefined ? 1 : Number(e.weight);
    if (!(weight > 0 && weight <= 2)) fail(`entry "${id}": weight must be in (0, 2]`);
    const lang = String(e.lang ?? 'en');
    return { id, source: e.source as string, note: e.note as string, lang, kind, cues: [...cues.values()], agent, patient, target, patientTypes, weight };
  });
}
