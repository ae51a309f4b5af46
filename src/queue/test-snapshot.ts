// Tests: a corpus as content only — everything keyed by document identity and entity key instead of row ids, which
// depend on the order documents were stored in. Two stores with the same snapshot hold the same analysis.
import { inflateRawSync } from 'node:zlib';
import type { Store } from '../store/index.js';

type Rows = Record<string, unknown>[];

const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();

export async function corpusSnapshot(store: Store): Promise<Record<string, unknown>> {
  const docs = await store.all<{ id: number; identity: string } & Record<string, unknown>>(
    'SELECT d.id, d.identity, d.doc_id, d.content_hash, d.url, d.title, d.outlet, d.language, d.published, d.published_week, d.source_name, d.chars, t.text, t.title AS t_title, t.json, t.minhash, d.dup_group FROM documents d JOIN document_texts t ON t.id = d.id',
  );
  const ident = new Map(docs.map((d) => [d.id, d.identity]));
  const entities = new Map((await store.all<{ id: number; key: string }>('SELECT id, key FROM entities')).map((e) => [e.id, e.key]));
  const ent = (id: unknown) => (id === null || id === undefined ? null : entities.get(Number(id)) ?? `?${id}`);
  const doc = (id: unknown) => ident.get(Number(id)) ?? `?${id}`;

  const groups = new Map<number, string[]>();
  for (const d of docs) (groups.get(Number(d.dup_group ?? d.id)) ?? groups.set(Number(d.dup_group ?? d.id), []).get(Number(d.dup_group ?? d.id)))?.push(d.identity);
  const claims = await store.all<Record<string, unknown>>('SELECT doc, local_id, origin, span_start, span_end, text, voice, quote_local, speaker_entity, checkworthiness, frame, cluster FROM claims');
  // For claims with a frame, the cluster they joined: that is the same whatever order claims are stored in. Claims
  // without one are matched by wording against each cluster's first claim, so which cluster they join depends on
  // that order (in SQLite too, for the same input in another order): they are not compared.
  const clusterKeys = new Map((await store.all<{ id: number; key: string }>('SELECT id, key FROM claim_clusters')).map((r) => [r.id, r.key]));
  const framed = claims.filter((c) => c.frame !== null).map((c) => `${doc(c.doc)}#${c.local_id} ${clusterKeys.get(Number(c.cluster))}`);

  const rows = async (sql: string, map: (r: Record<string, unknown>) => unknown) => sorted((await store.all<Record<string, unknown>>(sql)).map(map));
  return {
    documents: sorted(docs.map(({ id, dup_group, json, minhash, ...d }) => ({ ...d, json: JSON.parse(inflateRawSync(json as Uint8Array).toString('utf8')) as unknown, minhash: Buffer.from(minhash as Uint8Array).toString('hex') }))),
    sources: await rows('SELECT key, origin, status, doc, detail FROM sources', (r) => ({ ...r, doc: r.doc === null ? null : doc(r.doc) })),
    entities: await rows('SELECT key, gazetteer_id, type FROM entities', (r) => r),
    aliases: await rows('SELECT entity, alias_key FROM entity_aliases', (r) => [ent(r.entity), r.alias_key]),
    docEntities: await rows('SELECT doc, local_id, entity, mentions, role FROM doc_entities', (r) => ({ ...r, doc: doc(r.doc), entity: ent(r.entity) })),
    quotes: await rows('SELECT doc, local_id, kind, speaker_entity, speaker_name, content_start, content_end, content, cue, venue, venue_entity FROM quotes', (r) => ({ ...r, doc: doc(r.doc), speaker_entity: ent(r.speaker_entity), venue_entity: ent(r.venue_entity) })),
    claims: sorted(claims.map(({ cluster, ...c }) => ({ ...c, doc: doc(c.doc), speaker_entity: ent(c.speaker_entity) }))),
    techniques: await rows('SELECT doc, technique, span_start, span_end, score FROM techniques', (r) => ({ ...r, doc: doc(r.doc) })),
    narratives: await rows('SELECT doc, narrative, score, stance, examples FROM doc_narratives', (r) => ({ ...r, doc: doc(r.doc) })),
    nearDuplicateGroups: sorted([...groups.values()].map((g) => g.sort())),
    frameClusters: framed.sort(),
  } satisfies Record<string, Rows | unknown>;
}
