// Writes analysed documents to the store, a batch per transaction: a batch lands whole (documents, their rows and
// the `sources` entries saying its items are done) or not at all, so a killed run resumes with nothing lost or doubled.
import type { SqlRunner, Store } from '../../store/index.js';
import { ClusterAssigner } from '../claims/cluster.js';
import { addBands, findGroup } from '../dedup/near-duplicates.js';
import type { DocRecord } from './record.js';

/**
 * What became of one input item: analysed (a record), or failed (a message naming it). A failure of the input
 * itself is recorded as done; any other (a bug, a broken install) is not, so a later run tries the item again.
 */
export type Outcome = { key: string; origin: string; record: DocRecord } | { key: string; origin: string; error: string; input: boolean };

/** published_sort of an undated article: '~' sorts after every ISO date, so undated rows come last. */
export const UNDATED = '~';

export interface BatchResult {
  stored: number;
  duplicates: number;
  failed: number;
  /** Items already recorded as done by an earlier run (or earlier in this input). */
  seen: number;
}

export class CorpusWriter {
  private readonly entities = new Map<string, number>();
  private pendingEntities = new Map<string, number>();
  private readonly aliases = new Set<string>();
  private pendingAliases = new Set<string>();
  private readonly clusters = new ClusterAssigner();

  constructor(private readonly store: Store) {}

  /** Is this input item (by the hash of its raw bytes) already done? */
  async isDone(key: string): Promise<boolean> {
    return !!(await this.store.get('SELECT 1 AS x FROM sources WHERE key = ?', [key]));
  }

  async write(batch: Outcome[]): Promise<BatchResult> {
    const result: BatchResult = { stored: 0, duplicates: 0, failed: 0, seen: 0 };
    try {
      await this.store.transaction(async (tx) => {
        for (const item of batch) await this.writeOne(tx, item, result);
        await tx.run("INSERT INTO meta (key, value) VALUES ('updated_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [new Date().toISOString()]);
      });
    } catch (error) {
      this.pendingEntities = new Map();
      this.pendingAliases = new Set();
      this.clusters.rollback();
      throw error;
    }
    for (const [k, v] of this.pendingEntities) this.entities.set(k, v);
    for (const k of this.pendingAliases) this.aliases.add(k);
    this.pendingEntities = new Map();
    this.pendingAliases = new Set();
    this.clusters.commit();
    return result;
  }

  private async writeOne(tx: SqlRunner, item: Outcome, result: BatchResult): Promise<void> {
    const now = new Date().toISOString();
    if (await tx.get('SELECT 1 AS x FROM sources WHERE key = ?', [item.key])) {
      result.seen++;
      return;
    }
    if ('error' in item) {
      result.failed++;
      if (!item.input) return;
      await tx.run('INSERT INTO sources (key, origin, status, doc, detail, at) VALUES (?, ?, ?, NULL, ?, ?)', [item.key, item.origin, 'failed', item.error, now]);
      return;
    }
    const r = item.record;
    const existing = await tx.get<{ id: number }>('SELECT id FROM documents WHERE identity = ?', [r.identity]);
    if (existing) {
      await tx.run('INSERT INTO sources (key, origin, status, doc, detail, at) VALUES (?, ?, ?, ?, NULL, ?)', [item.key, item.origin, 'duplicate', existing.id, now]);
      result.duplicates++;
      return;
    }
    const doc = await this.insertDocument(tx, r, now);
    await tx.run('INSERT INTO sources (key, origin, status, doc, detail, at) VALUES (?, ?, ?, ?, NULL, ?)', [item.key, item.origin, 'stored', doc, now]);
    result.stored++;
  }

  private async insertDocument(tx: SqlRunner, r: DocRecord, now: string): Promise<number> {
    const group = await findGroup(tx, r.print);
    const row = await tx.get<{ id: number }>(
      `INSERT INTO documents (identity, doc_id, content_hash, url, title, outlet, language, published, published_week, source_name, chars, dup_group, dup_similarity, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      [r.identity, r.docId, r.contentHash, r.url, r.title, r.outlet, r.language, r.published, r.publishedWeek, r.sourceName, r.text.length, group?.group ?? null, group?.similarity ?? null, now],
    );
    if (!row) throw new Error('documents insert returned no id');
    const doc = row.id;
    await tx.run('INSERT INTO document_texts (id, title, text, json, minhash) VALUES (?, ?, ?, ?, ?)', [doc, r.title ?? '', r.text, r.json, r.print.minhash]);
    // The first copy found starts the group: it is marked only now that it has a member.
    if (group) await tx.run('UPDATE documents SET dup_group = ? WHERE id = ? AND dup_group IS NULL', [group.group, group.group]);
    await addBands(tx, doc, r.print.bands);
    await this.store.indexText(tx, doc, r.title ?? '', r.text);

    const entityIds = new Map<string, number>();
    for (const e of r.entities) {
      const id = await this.entity(tx, e.key, e.gazetteerId, e.canonical, e.type);
      entityIds.set(e.localId, id);
      await tx.run('INSERT INTO doc_entities (doc, local_id, entity, mentions, role) VALUES (?, ?, ?, ?, ?)', [doc, e.localId, id, e.mentions, e.role]);
      for (const a of e.aliases) {
        const k = `${id}\0${a.aliasKey}`;
        if (this.aliases.has(k) || this.pendingAliases.has(k)) continue;
        await tx.run('INSERT INTO entity_aliases (entity, alias_key, alias, language) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING', [id, a.aliasKey, a.alias, r.language]);
        this.pendingAliases.add(k);
      }
    }
    const ent = (local: string | null) => (local ? entityIds.get(local) ?? null : null);
    const sort = r.published ?? UNDATED;
    for (const q of r.quotes) {
      await tx.run(
        'INSERT INTO quotes (doc, local_id, kind, speaker_entity, speaker_name, content_start, content_end, content, cue, venue, venue_entity, published_sort) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [doc, q.localId, q.kind, ent(q.speakerLocal), q.speakerName, q.contentStart, q.contentEnd, q.content, q.cue, q.venue, ent(q.venueLocal), sort],
      );
    }
    for (const c of r.claims) {
      const cluster = await this.clusters.assign(tx, c, `l:${doc}:${c.localId}`);
      await tx.run(
        'INSERT INTO claims (doc, local_id, origin, span_start, span_end, text, voice, quote_local, speaker_entity, checkworthiness, frame, cluster, published_sort) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [doc, c.localId, c.origin, c.start, c.end, c.text, c.voice, c.quoteLocal, ent(c.speakerLocal), c.checkworthiness, c.frame, cluster, sort],
      );
    }
    for (const t of r.techniques) await tx.run('INSERT INTO techniques (doc, technique, span_start, span_end, score) VALUES (?, ?, ?, ?, ?)', [doc, t.technique, t.start, t.end, t.score]);
    for (const n of r.narratives) {
      await tx.run('INSERT INTO narratives (id, title) VALUES (?, ?) ON CONFLICT DO NOTHING', [n.id, n.title]);
      await tx.run('INSERT INTO doc_narratives (doc, narrative, score, stance, examples, published_sort) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING', [doc, n.id, n.score, n.stance, JSON.stringify(n.examples), sort]);
      for (const e of n.evidence) await tx.run('INSERT INTO narrative_evidence (doc, narrative, span_start, span_end, text) VALUES (?, ?, ?, ?, ?)', [doc, n.id, e.start, e.end, e.text]);
    }
    return doc;
  }

  private async entity(tx: SqlRunner, key: string, gazetteerId: string | null, canonical: string, type: string): Promise<number> {
    const known = this.pendingEntities.get(key) ?? this.entities.get(key);
    if (known !== undefined) return known;
    await tx.run('INSERT INTO entities (key, gazetteer_id, canonical, type) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING', [key, gazetteerId, canonical, type]);
    const row = await tx.get<{ id: number }>('SELECT id FROM entities WHERE key = ?', [key]);
    if (!row) throw new Error(`entity ${key} missing after insert`);
    this.pendingEntities.set(key, row.id);
    return row.id;
  }
}
