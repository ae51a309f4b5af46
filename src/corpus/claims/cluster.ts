// Assigns each stored claim to a cluster: by its frame when it has one (any language), else by wording (MinHash
// bands over content words, checked against the cluster's first claim). Clusters only grow; none are merged.
import type { SqlRunner } from '../../store/index.js';
import { fromBytes, similarity } from '../dedup/minhash.js';
import { CLAIM_THRESHOLD } from './frame.js';
import type { ClaimRecord } from '../ingest/record.js';

const MAX_CANDIDATES = 32;

export class ClusterAssigner {
  /** frame key → cluster id, for clusters committed to the store. */
  private readonly committed = new Map<string, number>();
  private pending = new Map<string, number>();

  async assign(tx: SqlRunner, claim: ClaimRecord, newKey: string): Promise<number> {
    if (claim.frameKey) {
      const known = this.pending.get(claim.frameKey) ?? this.committed.get(claim.frameKey);
      if (known !== undefined) return known;
      const row = await tx.get<{ id: number }>('SELECT id FROM claim_clusters WHERE key = ?', [claim.frameKey]);
      const id = row ? row.id : await this.create(tx, claim, claim.frameKey);
      this.pending.set(claim.frameKey, id);
      return id;
    }
    const found = await this.byWording(tx, claim);
    return found ?? this.create(tx, claim, newKey);
  }

  private async byWording(tx: SqlRunner, claim: ClaimRecord): Promise<number | null> {
    if (!claim.bands.length) return null;
    const rows = await tx.all<{ id: number; minhash: Uint8Array }>(
      `SELECT id, minhash FROM claim_clusters WHERE id IN (SELECT cluster FROM claim_bands WHERE band_key IN (${claim.bands.map(() => '?').join(', ')}) LIMIT ${MAX_CANDIDATES})`,
      claim.bands,
    );
    const mine = fromBytes(claim.minhash);
    let best: { id: number; s: number } | null = null;
    for (const r of rows) {
      const s = similarity(mine, fromBytes(r.minhash));
      if (s >= CLAIM_THRESHOLD && (!best || s > best.s)) best = { id: r.id, s };
    }
    return best?.id ?? null;
  }

  private async create(tx: SqlRunner, claim: ClaimRecord, key: string): Promise<number> {
    const row = await tx.get<{ id: number }>('INSERT INTO claim_clusters (key, label, frame, minhash) VALUES (?, ?, ?, ?) RETURNING id', [key, claim.text.slice(0, 300), claim.frame, claim.minhash]);
    if (!row) throw new Error('claim_clusters insert returned no id');
    for (const band of claim.bands) await tx.run('INSERT INTO claim_bands (band_key, cluster) VALUES (?, ?) ON CONFLICT DO NOTHING', [band, row.id]);
    return row.id;
  }

  /** The batch's transaction committed: its clusters are now known for good. */
  commit(): void {
    for (const [k, v] of this.pending) this.committed.set(k, v);
    this.pending = new Map();
  }

  rollback(): void {
    this.pending = new Map();
  }
}
