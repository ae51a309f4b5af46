// Re-scoring: when the store's catalogues change, a job runs the narratives stage again over every stored document
// (its stored layers: sentences, entities, quotes, language) with the built-in catalogue and the store's, and
// replaces the document's narrative rows and its JSON's narratives layer. Each document is replaced in one
// transaction with the job's cursor (last_doc), so an interrupted job resumes after the last document it finished
// and a document is never scored twice into the rows. A later change supersedes a job still running.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Doc } from '../../core/types.js';
import { refreshSummaries } from '../../corpus/summaries.js';
import { UNDATED } from '../../corpus/ingest/write.js';
import { narratives as narrativesStage } from '../../stages/narratives/index.js';
import type { SqlRunner, Store } from '../types.js';
import { catalogueFiles, catalogueState, hasCatalogues } from './catalogues.js';

export type RescoreStatus = 'queued' | 'running' | 'done' | 'failed' | 'superseded';

export interface RescoreJob {
  id: number;
  kind: 'rescore';
  /** What changed ("PUT mine (version 2)"). */
  reason: string;
  status: RescoreStatus;
  progress: { done: number; total: number };
  created: string;
  started: string | null;
  finished: string | null;
  /** Documents the stage failed on (named by id), or why the job failed. */
  error: string | null;
}

interface Row {
  id: number;
  reason: string;
  state: string;
  status: string;
  done: number;
  total: number;
  last_doc: number;
  created: string;
  started: string | null;
  finished: string | null;
  error: string | null;
}

const BATCH = 50;
const MAX_ERRORS_KEPT = 20;

/** Records a job for the catalogues as they are now; jobs not yet finished are superseded by it. */
export async function submitRescore(store: Store, reason: string): Promise<RescoreJob> {
  const now = new Date().toISOString();
  const row = await store.transaction(async (tx) => {
    await tx.run("UPDATE rescore_jobs SET status = 'superseded', finished = ? WHERE status IN ('queued', 'running')", [now]);
    const total = (await tx.get<{ n: number }>('SELECT count(*) AS n FROM documents'))?.n ?? 0;
    return tx.get<Row>("INSERT INTO rescore_jobs (reason, state, status, done, total, last_doc, created) VALUES (?, ?, 'queued', 0, ?, 0, ?) RETURNING *", [reason, await catalogueState(tx), total, now]);
  });
  if (!row) throw new Error('rescore_jobs insert returned no row');
  return toJob(row);
}

export async function getRescoreJob(db: Store, id: number): Promise<RescoreJob | null> {
  if (!hasCatalogues(db)) return null;
  const row = await db.get<Row>('SELECT * FROM rescore_jobs WHERE id = ?', [id]);
  return row ? toJob(row) : null;
}

export async function listRescoreJobs(db: Store, limit = 20): Promise<RescoreJob[]> {
  if (!hasCatalogues(db)) return [];
  return (await db.all<Row>(`SELECT * FROM rescore_jobs ORDER BY id DESC LIMIT ${Math.max(1, Math.floor(limit))}`)).map(toJob);
}

/** The job a resumed run should finish: the latest one queued or running (a process that ran it was stopped). */
export async function unfinishedRescore(db: Store): Promise<RescoreJob | null> {
  if (!hasCatalogues(db)) return null;
  const row = await db.get<Row>("SELECT * FROM rescore_jobs WHERE status IN ('queued', 'running') ORDER BY id DESC LIMIT 1");
  return row ? toJob(row) : null;
}

/**
 * Runs (or resumes) a job to its end. `onProgress` after each document; `shouldStop` is asked between documents
 * (a server shutting down): the job is left running, to be resumed.
 */
export async function runRescore(
  store: Store,
  id: number,
  options: { onProgress?: (job: RescoreJob) => void; shouldStop?: () => boolean; beforeDocument?: () => Promise<void> } = {},
): Promise<RescoreJob> {
  let row = await store.get<Row>('SELECT * FROM rescore_jobs WHERE id = ?', [id]);
  if (!row) throw new Error(`no rescore job ${id}`);
  if (row.status !== 'queued' && row.status !== 'running') return toJob(row);
  if ((await catalogueState(store)) !== row.state) return finish(store, id, 'superseded', 'the catalogues changed again before it ran');
  await store.run("UPDATE rescore_jobs SET status = 'running', started = COALESCE(started, ?) WHERE id = ?", [new Date().toISOString(), id]);
  const errors: string[] = row.error ? row.error.split('; ') : [];
  try {
    const stage = narrativesStage.create({ files: await catalogueFiles(store), builtIn: true });
    let last = row.last_doc;
    for (;;) {
      const ids = (await store.all<{ id: number }>(`SELECT id FROM documents WHERE id > ? ORDER BY id LIMIT ${BATCH}`, [last])).map((r) => r.id);
      if (!ids.length) break;
      for (const doc of ids) {
        await options.beforeDocument?.();
        if (options.shouldStop?.()) return toJob((await store.get<Row>('SELECT * FROM rescore_jobs WHERE id = ?', [id])) as Row);
        let scored: Doc | null = null;
        let text = '';
        try {
          const loaded = await loadDoc(store, doc);
          if (loaded) {
            text = loaded.text;
            scored = stage(withoutNarratives(loaded));
          }
        } catch (error) {
          if (errors.length < MAX_ERRORS_KEPT) errors.push(`document ${doc}: ${(error as Error).message}`);
        }
        const still = await store.transaction(async (tx) => {
          if (scored) await replaceNarratives(tx, doc, scored, text);
          const changes = await tx.run("UPDATE rescore_jobs SET done = done + 1, last_doc = ?, error = ? WHERE id = ? AND status = 'running'", [doc, errors.join('; ') || null, id]);
          if (!changes.changes) throw new Superseded();
          return true;
        }).catch((error: unknown) => (error instanceof Superseded ? false : Promise.reject(error)));
        if (!still) return toJob((await store.get<Row>('SELECT * FROM rescore_jobs WHERE id = ?', [id])) as Row);
        last = doc;
        row = { ...row, done: row.done + 1, last_doc: doc };
        options.onProgress?.(toJob({ ...row, status: 'running' }));
      }
    }
    await refreshSummaries(store);
    return finish(store, id, 'done', errors.join('; ') || null);
  } catch (error) {
    await finish(store, id, 'failed', (error as Error).message);
    throw error;
  }
}

class Superseded extends Error {}

async function finish(store: Store, id: number, status: RescoreStatus, error: string | null): Promise<RescoreJob> {
  await store.run('UPDATE rescore_jobs SET status = ?, finished = ?, error = ? WHERE id = ? AND status IN (?, ?)', [status, new Date().toISOString(), error, id, 'queued', 'running']);
  return toJob((await store.get<Row>('SELECT * FROM rescore_jobs WHERE id = ?', [id])) as Row);
}

async function loadDoc(db: SqlRunner, id: number): Promise<Doc | null> {
  const row = await db.get<{ text: string; json: Uint8Array }>('SELECT text, json FROM document_texts WHERE id = ?', [id]);
  if (!row) return null;
  const stored = JSON.parse(inflateRawSync(row.json).toString('utf8')) as Doc;
  return { ...stored, text: row.text };
}

/** The stage adds its messages: those of the last scoring go first, so they are not repeated. */
function withoutNarratives(doc: Doc): Doc {
  return { ...doc, messages: doc.messages.filter((m) => m.source !== 'narratives'), layers: { ...doc.layers, narratives: [] } };
}

async function replaceNarratives(tx: SqlRunner, doc: number, scored: Doc, text: string): Promise<void> {
  const sort = (await tx.get<{ published: string | null }>('SELECT published FROM documents WHERE id = ?', [doc]))?.published ?? UNDATED;
  await tx.run('DELETE FROM narrative_evidence WHERE doc = ?', [doc]);
  await tx.run('DELETE FROM doc_narratives WHERE doc = ?', [doc]);
  for (const n of scored.layers.narratives ?? []) {
    await tx.run('INSERT INTO narratives (id, title) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title', [n.id, n.title]);
    await tx.run('INSERT INTO doc_narratives (doc, narrative, score, stance, examples, published_sort) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING', [doc, n.id, n.score, n.articleStance ?? n.stance, JSON.stringify(n.matchedExamples), sort]);
    for (const e of n.evidence) await tx.run('INSERT INTO narrative_evidence (doc, narrative, span_start, span_end, text) VALUES (?, ?, ?, ?, ?)', [doc, n.id, e.start, e.end, text.slice(e.start, e.end)]);
  }
  await tx.run('UPDATE document_texts SET json = ? WHERE id = ?', [deflateRawSync(JSON.stringify({ ...scored, text: '' })), doc]);
  await tx.run("INSERT INTO meta (key, value) VALUES ('updated_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [new Date().toISOString()]);
}

function toJob(r: Row): RescoreJob {
  return { id: r.id, kind: 'rescore', reason: r.reason, status: r.status as RescoreStatus, progress: { done: r.done, total: Math.max(r.total, r.done) }, created: r.created, started: r.started, finished: r.finished, error: r.error };
}
