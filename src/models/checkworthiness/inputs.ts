// Fingerprints of the files the check-worthiness model reads besides its own weights (the word clusters and the
// word vectors): a model trained against one version of them means nothing against another, so the model file
// records them and loading refuses a mismatch (retrain: `npm run train -- checkworthiness`).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VECTORS_FILE } from '../word-vectors/index.js';
import { CLUSTERS_FILE } from './clusters.js';
import type { FeatureGroups } from './features.js';

/** FNV-1a over bytes, as 8 hex digits; 'absent' for a missing file. */
function fingerprint(url: URL): string {
  const path = fileURLToPath(url);
  if (!existsSync(path)) return 'absent';
  let h = 0x811c9dc5;
  for (const b of readFileSync(path)) h = Math.imul(h ^ b, 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The fingerprints of the inputs the groups read (empty when they read none). */
export function inputFingerprints(groups: readonly FeatureGroups[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (groups.some((g) => g.clusters)) out.clusters = fingerprint(CLUSTERS_FILE);
  if (groups.some((g) => g.vectors || g.clusters)) out.vectors = fingerprint(VECTORS_FILE);
  return out;
}

/** What differs between the recorded fingerprints and the files now ('' when nothing does). */
export function inputMismatch(recorded: Record<string, string>): string {
  const now: Record<string, string> = { clusters: fingerprint(CLUSTERS_FILE), vectors: fingerprint(VECTORS_FILE) };
  return Object.entries(recorded).filter(([k, v]) => now[k] !== v).map(([k, v]) => `${k} ${v} when trained, ${now[k] ?? 'unknown'} now`).join('; ');
}
