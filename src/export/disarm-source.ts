// Reads the DISARM framework bundle (../shared/datasets/interop/disarm/DISARM.json) into technique records. Used by the
// build script and by the test that checks the committed data file against the dataset; never by exports at run time.
import { readFileSync } from 'node:fs';

export interface DisarmTechnique {
  /** T0023, T0135.001 … */
  id: string;
  name: string;
  /** The DISARM tactic's short name (kill-chain phase), e.g. develop-content. */
  tactic: string | null;
  url: string | null;
  /** The attack-pattern's id in the DISARM STIX bundle, for analysts who load the framework itself. */
  stixId: string;
}

interface RawObject {
  type?: unknown;
  id?: unknown;
  name?: unknown;
  external_references?: Array<{ external_id?: unknown; url?: unknown }>;
  kill_chain_phases?: Array<{ phase_name?: unknown }>;
}

/** Every attack-pattern of the bundle that carries a technique id (the bundle files them under source_name mitre-attack). */
export function readDisarmBundle(path: string): Map<string, DisarmTechnique> {
  const bundle = JSON.parse(readFileSync(path, 'utf8')) as { objects?: RawObject[] };
  const out = new Map<string, DisarmTechnique>();
  for (const o of bundle.objects ?? []) {
    if (o.type !== 'attack-pattern' || typeof o.name !== 'string' || typeof o.id !== 'string') continue;
    const ref = o.external_references?.find((r) => typeof r.external_id === 'string' && /^T\d{4}(\.\d{3})?$/.test(r.external_id));
    if (!ref) continue;
    const id = ref.external_id as string;
    const phase = o.kill_chain_phases?.[0]?.phase_name;
    out.set(id, { id, name: o.name, tactic: typeof phase === 'string' ? phase : null, url: typeof ref.url === 'string' ? ref.url : null, stixId: o.id });
  }
  return out;
}
