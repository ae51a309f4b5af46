// Deleting stored documents: every row that belongs to them (texts, full-text entry, quotes, claims, entity links,
// techniques, narratives and evidence, near-duplicate bands) and the `sources` entries that point at them, in one
// transaction, so a re-ingest of the same input stores it again. Entities, aliases and claim clusters are shared
// between documents and stay (a re-ingest reuses them); the summaries are rebuilt after, so no view shows a deleted
// document.
import { ClaimtrailError } from '../core/errors.js';
import type { SqlRunner, Store } from '../store/index.js';
import { refreshSummaries } from './summaries.js';

/** Tables holding rows of one document under a `doc` column. */
const DOC_TABLES = ['quotes', 'claims', 'doc_entities', 'techniques', 'doc_narratives', 'narrative_evidence', 'doc_bands'] as const;

export interface DeleteResult {
  /** The document row ids deleted, in ascending order. */
  deleted: number[];
  /** `sources` entries removed (the inputs that stored these documents, or were found to duplicate them). */
  sources: number;
}

/** Deletes the given documents. Any id not stored is an error naming it, and then nothing is deleted. */
export async function deleteDocuments(store: Store, ids: readonly number[]): Promise<DeleteResult> {
  const wanted = [...new Set(ids)].sort((a, b) => a - b);
  if (!wanted.length) throw new ClaimtrailError('CLI_USAGE', { detail: 'Name at least one document id to delete.' });
  const result = await store.transaction(async (tx) => {
    const found = new Set((await tx.all<{ id: number }>(`SELECT id FROM documents WHERE id IN (${marks(wanted.length)})`, wanted)).map((r) => r.id));
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length) throw new DocumentNotFound(missing, store.location);
    let sources = 0;
    for (const id of wanted) sources += await deleteOne(store, tx, id);
    await touch(tx);
    return { deleted: wanted, sources };
  });
  await refreshSummaries(store);
  return result;
}

/**
 * Deletes every document stored from one input: `origin` as ingest recorded it (a file path, or a folder, feed or
 * JSON Lines file whose items it read). An origin that stored nothing is an error naming it.
 */
export async function deleteSource(store: Store, origin: string): Promise<DeleteResult> {
  const trimmed = origin.replace(/\/+$/, '');
  if (!trimmed) throw new ClaimtrailError('CLI_USAGE', { detail: 'Give the source to delete: a file or folder path as it was ingested.' });
  const n = trimmed.length + 1;
  // Exact, or the items of a file ("path:3", "path item 3 …") or the files of a folder ("path/…").
  const where = 'origin = ? OR substr(origin, 1, ?) IN (?, ?, ?)';
  const params = [trimmed, n, `${trimmed}:`, `${trimmed} `, `${trimmed}/`];
  const result = await store.transaction(async (tx) => {
    const docs = (await tx.all<{ doc: number }>(`SELECT DISTINCT doc FROM sources WHERE doc IS NOT NULL AND (${where}) ORDER BY doc`, params)).map((r) => r.doc);
    const present = docs.length ? (await tx.all<{ id: number }>(`SELECT id FROM documents WHERE id IN (${marks(docs.length)}) ORDER BY id`, docs)).map((r) => r.id) : [];
    let sources = 0;
    for (const id of present) sources += await deleteOne(store, tx, id);
    // Failed items of the source are forgotten too, so a re-ingest tries them again.
    sources += (await tx.run(`DELETE FROM sources WHERE ${where}`, params)).changes;
    if (!present.length && !sources) throw new SourceNotFound(trimmed, store.location);
    await touch(tx);
    return { deleted: present, sources };
  });
  await refreshSummaries(store);
  return result;
}

async function deleteOne(store: Store, tx: SqlRunner, id: number): Promise<number> {
  await store.unindexText(tx, id);
  for (const table of DOC_TABLES) await tx.run(`DELETE FROM ${table} WHERE doc = ?`, [id]);
  await regroup(tx, id);
  await tx.run('DELETE FROM document_texts WHERE id = ?', [id]);
  await tx.run('DELETE FROM documents WHERE id = ?', [id]);
  return (await tx.run('DELETE FROM sources WHERE doc = ?', [id])).changes;
}

/**
 * The near-duplicate group of a deleted document: its first member leads it when it led it, and a group left with
 * one document is no group (as ingest marks the first copy only once it has a member).
 */
async function regroup(tx: SqlRunner, id: number): Promise<void> {
  const row = await tx.get<{ dup_group: number | null }>('SELECT dup_group FROM documents WHERE id = ?', [id]);
  const group = row?.dup_group;
  if (group === null || group === undefined) return;
  const rest = (await tx.all<{ id: number }>('SELECT id FROM documents WHERE dup_group = ? AND id <> ? ORDER BY id', [group, id])).map((r) => r.id);
  if (rest.length <= 1) {
    if (rest.length) await tx.run('UPDATE documents SET dup_group = NULL, dup_similarity = NULL WHERE id = ?', [rest[0]]);
    return;
  }
  if (group !== id) return;
  await tx.run('UPDATE documents SET dup_group = ? WHERE dup_group = ?', [rest[0], id]);
  await tx.run('UPDATE documents SET dup_similarity = NULL WHERE id = ?', [rest[0]]);
}

async function touch(tx: SqlRunner): Promise<void> {
  await tx.run("INSERT INTO meta (key, value) VALUES ('updated_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [new Date().toISOString()]);
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** A delete naming documents the store does not hold (the server answers 404). */
export class DocumentNotFound extends ClaimtrailError {
  constructor(readonly ids: number[], location: string) {
    super('CLI_USAGE', { detail: `There is no document ${ids.join(', ')} in ${location}: nothing was deleted. Document ids are those \`claimtrail search\` and /api/v1/documents list.` });
  }
}

/** A delete naming a source that stored nothing (the server answers 404). */
export class SourceNotFound extends ClaimtrailError {
  constructor(readonly origin: string, location: string) {
    super('CLI_USAGE', { detail: `No input "${origin}" was ingested into ${location}: nothing was deleted. Give the file or folder path as it was ingested.` });
  }
}
