// The scale benchmark's large corpus, made fast: a base of real analysed articles is stored the ordinary way, then
// cloned inside PostgreSQL with INSERT … SELECT over generate_series — every row of every table, with new ids,
// identities and dates, the search vectors copied — until the corpus has the size asked for. Views then run on a
// corpus whose rows look like analysed news (quotes, claims and clusters, entities, techniques, narratives).
import type { PostgresStore } from '../src/store/postgres/engine.js';

/** Copies of the base made per statement (bounds the size of one transaction). */
const STEP = 20;

export async function cloneCorpus(store: PostgresStore, copies: number, onStep?: (done: number) => void): Promise<void> {
  const s = (await store.get<{ m: number }>('SELECT max(id) AS m FROM documents'))?.m ?? 0;
  const q = (await store.get<{ m: number }>('SELECT max(id) AS m FROM quotes'))?.m ?? 0;
  const c = (await store.get<{ m: number }>('SELECT max(id) AS m FROM claims'))?.m ?? 0;
  for (let from = 1; from < copies; from += STEP) {
    const to = Math.min(from + STEP - 1, copies - 1);
    const k = `generate_series(${from}, ${to}) AS k`;
    // Dates move by k days (a copy is another day's news); weeks follow.
    const day = `to_char((d.published::date + (k % 700)), 'YYYY-MM-DD')`;
    await store.transaction(async (tx) => {
      await tx.run(`INSERT INTO documents (id, identity, doc_id, content_hash, url, title, outlet, language, published, published_week, source_name, chars, dup_group, dup_similarity, ingested_at)
        SELECT d.id + k * ${s}, d.identity || '#' || k, d.doc_id, d.content_hash, d.url || '?copy=' || k, d.title, d.outlet, d.language, ${day},
               to_char(date_trunc('week', (d.published::date + (k % 700))::timestamp), 'YYYY-MM-DD'), d.source_name, d.chars, d.dup_group + k * ${s}, d.dup_similarity, d.ingested_at
        FROM documents d, ${k} WHERE d.id <= ${s}`);
      await tx.run(`INSERT INTO document_texts (id, title, text, json, minhash, search) SELECT t.id + k * ${s}, t.title, t.text, t.json, t.minhash, t.search FROM document_texts t, ${k} WHERE t.id <= ${s}`);
      await tx.run(`INSERT INTO sources (key, origin, status, doc, detail, at) SELECT x.key || '#' || k, x.origin, x.status, x.doc + k * ${s}, x.detail, x.at FROM sources x, ${k} WHERE x.doc <= ${s}`);
      await tx.run(`INSERT INTO doc_entities (doc, local_id, entity, mentions, role) SELECT e.doc + k * ${s}, e.local_id, e.entity, e.mentions, e.role FROM doc_entities e, ${k} WHERE e.doc <= ${s}`);
      await tx.run(`INSERT INTO quotes (id, doc, local_id, kind, speaker_entity, speaker_name, content_start, content_end, content, cue, venue, venue_entity)
        SELECT x.id + k * ${q}, x.doc + k * ${s}, x.local_id, x.kind, x.speaker_entity, x.speaker_name, x.content_start, x.content_end, x.content, x.cue, x.venue, x.venue_entity FROM quotes x, ${k} WHERE x.id <= ${q}`);
      await tx.run(`INSERT INTO claims (id, doc, local_id, origin, span_start, span_end, text, voice, quote_local, speaker_entity, checkworthiness, frame, cluster)
        SELECT x.id + k * ${c}, x.doc + k * ${s}, x.local_id, x.origin, x.span_start, x.span_end, x.text, x.voice, x.quote_local, x.speaker_entity, x.checkworthiness, x.frame, x.cluster FROM claims x, ${k} WHERE x.id <= ${c}`);
      await tx.run(`INSERT INTO techniques (doc, technique, span_start, span_end, score) SELECT x.doc + k * ${s}, x.technique, x.span_start, x.span_end, x.score FROM techniques x, ${k} WHERE x.doc <= ${s}`);
      await tx.run(`INSERT INTO doc_narratives (doc, narrative, score, stance, examples) SELECT x.doc + k * ${s}, x.narrative, x.score, x.stance, x.examples FROM doc_narratives x, ${k} WHERE x.doc <= ${s}`);
      await tx.run(`INSERT INTO narrative_evidence (doc, narrative, span_start, span_end, text) SELECT x.doc + k * ${s}, x.narrative, x.span_start, x.span_end, x.text FROM narrative_evidence x, ${k} WHERE x.doc <= ${s}`);
    });
    onStep?.(to + 1);
  }
  for (const t of ['documents', 'document_texts', 'quotes', 'claims']) await store.run(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), (SELECT max(id) FROM ${t}))`);
  await store.run("INSERT INTO meta (key, value) VALUES ('updated_at', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [new Date().toISOString()]);
  await store.run('ANALYZE');
}
