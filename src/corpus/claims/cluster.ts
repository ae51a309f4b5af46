// Assigns each stored claim to a cluster: by its frame when it has one (any language), else by wording (MinHash
// bands over content words, checked against the cluster's first claim). Clusters only grow; none are merged.
// A cluster is labelled with its first member's wording, unless that member refutes the claim (a fact-check's): the
// first member that carries it (asserts or reports) then relabels it (verdict.ts says which members refute).
import type { SqlRunner } from '../../store/index.js';
import { fromBytes, similarity } from '../dedup/minhash.js';
import { CLAIM_THRESHOLD } from './frame.js';
import type { ClaimRecord } from '../ingest/record.js';
import { articleRefutes, memberRefutes } from './verdict.js';

const MAX_CANDIDATES = 32;
/** The label is the first LABEL_CHARS of a member's claim. */
const LABEL_CHARS = 300;
/** Members read back to find which one gave a stored cluster its label. */
const LABEL_SOURCES = 50;

export class ClusterAssigner {
  /** frame key → cluster id, for clusters committed to the store. */
  private readonly committed = new Map<string, number>();
  private pending = new Map<string, number>();
  /** cluster id → is its label a refuting member's wording? For clusters created or read in this process. */
  private readonly labels = new Map<number, boolean>();
  private pendingLabels = new Map<number, boolean>();

  async assign(tx: SqlRunner, claim: ClaimRecord, newKey: string): Promise<number> {
    if (claim.frameKey) {
      const known = this.pending.get(claim.frameKey) ?? this.committed.get(claim.frameKey);
      if (known !== undefined) return this.joined(tx, known, claim);
      const row = await tx.get<{ id: number }>('SELECT id FROM claim_clusters WHERE key = ?', [claim.frameKey]);
      const id = row ? await this.joined(tx, row.id, claim) : await this.create(tx, claim, claim.frameKey);
      this.pending.set(claim.frameKey, id);
      return id;
    }
    const found = await this.byWording(tx, claim);
    return found !== null ? this.joined(tx, found, claim) : this.create(tx, claim, newKey);
  }

  /** The claim joins a cluster: a carrier takes the label over from a refuting member. */
  private async joined(tx: SqlRunner, id: number, claim: ClaimRecord): Promise<number> {
    if (claim.refutes) return id;
    const refutingLabel = this.pendingLabels.get(id) ?? this.labels.get(id) ?? (await this.storedLabelRefutes(tx, id));
    if (refutingLabel) await tx.run('UPDATE claim_clusters SET label = ? WHERE id = ?', [claim.text.slice(0, LABEL_CHARS), id]);
    this.pendingLabels.set(id, false);
    return id;
  }

  /** A cluster stored by an earlier run: does its label come from a refuting member? Unknown counts as no. */
  private async storedLabelRefutes(tx: SqlRunner, id: number): Promise<boolean> {
    const head = await tx.get<{ label: string }>('SELECT label FROM claim_clusters WHERE id = ?', [id]);
    const members = await tx.all<{ doc: number; text: string; voice: string; title: string | null }>(
      `SELECT c.doc, c.text, c.voice, d.title FROM claims c JOIN documents d ON d.id = c.doc WHERE c.cluster = ? ORDER BY c.id LIMIT ${LABEL_SOURCES}`,
      [id],
    );
    const source = members.find((m) => m.text.slice(0, LABEL_CHARS) === head?.label);
    if (!source) return false;
    const stances = await tx.all<{ stance: string }>('SELECT stance FROM doc_narratives WHERE doc = ?', [source.doc]);
    return memberRefutes({ text: source.text, voice: source.voice, articleRefutes: articleRefutes(source.title, stances.map((s) => s.stance)) });
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
    const row = await tx.get<{ id: number }>('INSERT INTO claim_clusters (key, label, frame, minhash) VALUES (?, ?, ?, ?) RETURNING id', [key, claim.text.slice(0, LABEL_CHARS), claim.frame, claim.minhash]);
    if (!row) throw new Error('claim_clusters insert returned no id');
    this.pendingLabels.set(row.id, claim.refutes);
    for (const band of claim.bands) await tx.run('INSERT INTO claim_bands (band_key, cluster) VALUES (?, ?) ON CONFLICT DO NOTHING', [band, row.id]);
    return row.id;
  }

  /** The batch's transaction committed: its clusters are now known for good. */
  commit(): void {
    for (const [k, v] of this.pending) this.committed.set(k, v);
    for (const [k, v] of this.pendingLabels) this.labels.set(k, v);
    this.pending = new Map();
    this.pendingLabels = new Map();
  }

  rollback(): void {
    this.pending = new Map();
    this.pendingLabels = new Map();
  }
}
