// STIX 2.1 object builders with deterministic ids (UUIDv5 over stable content) and timestamps that never come from
// the clock: objects of one article carry its publication date, objects that stand for things beyond one article
// (identities, attack-patterns, narratives) carry a fixed epoch, so one id always has one version.
import type { DisarmTechnique } from '../disarm.js';
import { stableUuid } from '../uuid5.js';

export interface StixObject {
  type: string;
  id: string;
  [property: string]: unknown;
}

/** Used where there is no date to use: shared objects always, and articles without a readable publication date. */
export const FIXED_EPOCH = '1970-01-01T00:00:00.000Z';

/** The type of the narrative custom object: x- plus a source-unique prefix, as STIX 2.1 (11.2) asks of custom objects. */
export const NARRATIVE_TYPE = 'x-claimtrail-narrative';

export function stixId(type: string, ...parts: string[]): string {
  return `${type}--${stableUuid(type, ...parts)}`;
}

export const CLAIMTRAIL_IDENTITY: StixObject = {
  type: 'identity',
  spec_version: '2.1',
  id: stixId('identity', 'claimtrail'),
  created: FIXED_EPOCH,
  modified: FIXED_EPOCH,
  name: 'claimtrail',
  description: 'Automatic analysis by claimtrail: who said what, with character offsets. It rules nothing true or false.',
  identity_class: 'system',
};

/** Properties every object claimtrail makes carries. */
function common(type: string, id: string, time: string): StixObject {
  return { type, spec_version: '2.1', id, created_by_ref: CLAIMTRAIL_IDENTITY.id, created: time, modified: time };
}

export function identity(key: string, name: string, identityClass: string, extra: Record<string, unknown> = {}): StixObject {
  return { ...common('identity', stixId('identity', key), FIXED_EPOCH), name, identity_class: identityClass, ...extra };
}

export function attackPattern(t: DisarmTechnique): StixObject {
  return {
    ...common('attack-pattern', stixId('attack-pattern', 'DISARM', t.id), FIXED_EPOCH),
    name: t.name,
    external_references: [{ source_name: 'DISARM', external_id: t.id, ...(t.url ? { url: t.url } : {}) }],
    // DISARM.json files its phases under the kill chain name "mitre-attack"; the same name lets a tool that has
    // imported the framework merge these phases with its own.
    ...(t.tactic ? { kill_chain_phases: [{ kill_chain_name: 'mitre-attack', phase_name: t.tactic }] } : {}),
    x_mitre_id: t.id,
    x_claimtrail_disarm_stix_id: t.stixId,
  };
}

export function narrative(id: string, title: string, description: string | null, aliases: string[]): StixObject {
  return {
    ...common(NARRATIVE_TYPE, stixId(NARRATIVE_TYPE, id), FIXED_EPOCH),
    name: title,
    ...(description ? { description } : {}),
    ...(aliases.length ? { aliases } : {}),
    x_claimtrail_narrative_id: id,
  };
}

export function note(key: string[], time: string, abstract: string, content: string, refs: string[], extra: Record<string, unknown> = {}): StixObject {
  return { ...common('note', stixId('note', ...key), time), abstract, content, object_refs: refs, ...extra };
}

export function relationship(docId: string, source: string, target: string, time: string, description: string, extra: Record<string, unknown>): StixObject {
  return {
    ...common('relationship', stixId('relationship', docId, source, 'related-to', target), time),
    relationship_type: 'related-to',
    source_ref: source,
    target_ref: target,
    description,
    ...extra,
  };
}

export function bundleOf(objects: StixObject[]): { type: 'bundle'; id: string; objects: StixObject[] } {
  // The bundle id hashes the content: the same analysis gives the same bundle, a changed one a new id.
  return { type: 'bundle', id: stixId('bundle', JSON.stringify(objects)), objects };
}
