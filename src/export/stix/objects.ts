// STIX 2.1 object builders with deterministic ids (UUIDv5 over stable content) and timestamps that never come from
// the clock: objects of one article carry its publication date (else the time it was analysed or stored, which the
// caller supplies), objects that stand for things beyond one article (identities, attack-patterns, narratives, the
// extension definition) carry a fixed epoch, so one id always has one version. claimtrail's own properties sit
// under one extension definition (STIX 2.1 §7.3), never as deprecated x_ custom properties.
import type { DisarmTechnique } from '../disarm.js';
import { stableUuid } from '../uuid5.js';

export interface StixObject {
  type: string;
  id: string;
  [property: string]: unknown;
}

/** The version time of shared objects (one id, one version); an article's objects never get it when the caller gives a time. */
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

/** The one extension definition that declares every claimtrail property and the narrative object type (§7.3). */
export const EXTENSION_DEFINITION: StixObject = {
  type: 'extension-definition',
  spec_version: '2.1',
  id: stixId('extension-definition', 'claimtrail', '1'),
  created_by_ref: CLAIMTRAIL_IDENTITY.id,
  created: FIXED_EPOCH,
  modified: FIXED_EPOCH,
  name: 'claimtrail analysis',
  description: 'Properties claimtrail adds to STIX objects (evidence spans, offsets, scores) and its narrative object type.',
  // §7.3 allows plain text as the normative definition.
  schema: [
    'property-extension, on any object: document_id (claimtrail document id), gaps (what the article lacked),',
    'evidence (list of {start, end, text, label, score}: UTF-16 offsets into the article text, end exclusive),',
    'stance, score (narrative matches), voice, span {start, end}, checkworthiness (claims), entity_type, gazetteer_id',
    '(identities), mitre_id, disarm_stix_id (attack-patterns: the DISARM id and the id of the object in DISARM.json).',
    'new-sdo x-claimtrail-narrative: name, description, aliases (the shape of OpenCTI\'s Narrative), narrative_id (catalogue id).',
  ].join(' '),
  version: '1.0.0',
  extension_types: ['property-extension', 'new-sdo'],
};

/** claimtrail's properties of an object, declared by EXTENSION_DEFINITION; nothing when there are none (STIX lists are never empty). */
export function claimtrailProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const kept = Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && !v.length)));
  if (!Object.keys(kept).length) return {};
  return { extensions: { [EXTENSION_DEFINITION.id]: { extension_type: 'property-extension', ...kept } } };
}

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
    ...claimtrailProperties({ mitre_id: t.id, disarm_stix_id: t.stixId }),
  };
}

export function narrative(id: string, title: string, description: string | null, aliases: string[]): StixObject {
  return {
    ...common(NARRATIVE_TYPE, stixId(NARRATIVE_TYPE, id), FIXED_EPOCH),
    name: title,
    ...(description ? { description } : {}),
    ...(aliases.length ? { aliases } : {}),
    narrative_id: id,
    // A new object type declared by the extension definition (§7.3 new-sdo): its properties sit at the top level.
    extensions: { [EXTENSION_DEFINITION.id]: { extension_type: 'new-sdo' } },
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
