// One description of the tables, rendered to each engine's DDL by ddl.ts. Migrations (migrations.ts) name the
// tables and indexes each version adds, so SQLite and PostgreSQL are built from the same source.

/** Portable column types: `id` is an auto-numbered integer primary key, `bigint` holds up to 2^53 (hash keys). */
export type ColumnType = 'id' | 'int' | 'bigint' | 'real' | 'text' | 'blob';

export interface Column {
  name: string;
  type: ColumnType;
  notNull?: boolean;
  /** A reference to another table's `id` (documents.id …), for readers; not enforced (batches write in order). */
  references?: string;
}

export interface Table {
  name: string;
  columns: Column[];
  /** A composite primary key (tables with an `id` column have that instead). */
  primaryKey?: string[];
  /** Rows are only looked up by their primary key: SQLite stores them WITHOUT ROWID. */
  keyOnly?: boolean;
}

export interface Index {
  name: string;
  table: string;
  columns: string[];
  unique?: boolean;
}

const c = (name: string, type: ColumnType, extra: Partial<Column> = {}): Column => ({ name, type, ...extra });

export const tables: Record<string, Table> = {
  meta: { name: 'meta', columns: [c('key', 'text', { notNull: true }), c('value', 'text')], primaryKey: ['key'] },
  // One row per input item seen (its raw bytes hashed): what became of it. Written in the same transaction as the
  // document, so a resumed run knows exactly what is done.
  sources: {
    name: 'sources',
    columns: [c('key', 'text', { notNull: true }), c('origin', 'text', { notNull: true }), c('status', 'text', { notNull: true }), c('doc', 'int', { references: 'documents' }), c('detail', 'text'), c('at', 'text', { notNull: true })],
    primaryKey: ['key'],
  },
  // One row per stored article, narrow (metadata only), so filters and joins over 100,000 rows stay in few pages.
  documents: {
    name: 'documents',
    columns: [
      c('id', 'id'),
      // 'url:<canonical url>' where the article has one, else 'text:<sha256 of text and outlet>': stored once.
      c('identity', 'text', { notNull: true }),
      c('doc_id', 'text', { notNull: true }),
      c('content_hash', 'text', { notNull: true }),
      c('url', 'text'),
      c('title', 'text'),
      c('outlet', 'text'),
      c('language', 'text'),
      c('published', 'text'),
      // Monday of the ISO week of `published` (YYYY-MM-DD): timelines group on it with no date functions.
      c('published_week', 'text'),
      c('source_name', 'text'),
      c('chars', 'int', { notNull: true }),
      // The document row id of the first article of its near-duplicate group (itself when alone).
      c('dup_group', 'int'),
      c('dup_similarity', 'real'),
      c('ingested_at', 'text', { notNull: true }),
    ],
  },
  // The bulky part of each article, under the same id: its text (the full-text index's content), the document
  // JSON without its text (deflate-compressed) and its MinHash signature.
  document_texts: {
    name: 'document_texts',
    columns: [c('id', 'id'), c('title', 'text', { notNull: true }), c('text', 'text', { notNull: true }), c('json', 'blob', { notNull: true }), c('minhash', 'blob')],
  },
  doc_bands: { name: 'doc_bands', columns: [c('band_key', 'bigint', { notNull: true }), c('doc', 'int', { notNull: true })], primaryKey: ['band_key', 'doc'], keyOnly: true },
  entities: {
    name: 'entities',
    // key: 'g:<gazetteer id>' or 'n:<type>:<name key>' for names the gazetteer does not know.
    columns: [c('id', 'id'), c('key', 'text', { notNull: true }), c('gazetteer_id', 'text'), c('canonical', 'text', { notNull: true }), c('type', 'text', { notNull: true })],
  },
  entity_aliases: {
    name: 'entity_aliases',
    columns: [c('entity', 'int', { notNull: true, references: 'entities' }), c('alias_key', 'text', { notNull: true }), c('alias', 'text', { notNull: true }), c('language', 'text')],
    primaryKey: ['entity', 'alias_key'],
  },
  doc_entities: {
    name: 'doc_entities',
    columns: [c('doc', 'int', { notNull: true, references: 'documents' }), c('local_id', 'text', { notNull: true }), c('entity', 'int', { notNull: true, references: 'entities' }), c('mentions', 'int', { notNull: true }), c('role', 'text')],
    primaryKey: ['doc', 'local_id'],
  },
  quotes: {
    name: 'quotes',
    columns: [
      c('id', 'id'),
      c('doc', 'int', { notNull: true, references: 'documents' }),
      c('local_id', 'text', { notNull: true }),
      c('kind', 'text', { notNull: true }),
      c('speaker_entity', 'int', { references: 'entities' }),
      c('speaker_name', 'text'),
      c('content_start', 'int', { notNull: true }),
      c('content_end', 'int', { notNull: true }),
      c('content', 'text', { notNull: true }),
      c('cue', 'text'),
      c('venue', 'text'),
      c('venue_entity', 'int', { references: 'entities' }),
      // The document's publication date, undated as '~' (sorts last): "earliest first" reads an index in order.
      c('published_sort', 'text', { notNull: true }),
    ],
  },
  claims: {
    name: 'claims',
    columns: [
      c('id', 'id'),
      c('doc', 'int', { notNull: true, references: 'documents' }),
      c('local_id', 'text', { notNull: true }),
      // 'claim' for the claims layer; 'quote' for a quote's content that no claim covers (claims are scored in English only).
      c('origin', 'text', { notNull: true }),
      c('span_start', 'int', { notNull: true }),
      c('span_end', 'int', { notNull: true }),
      c('text', 'text', { notNull: true }),
      c('voice', 'text', { notNull: true }),
      c('quote_local', 'text'),
      c('speaker_entity', 'int', { references: 'entities' }),
      c('checkworthiness', 'real'),
      c('frame', 'text'),
      c('cluster', 'int', { references: 'claim_clusters' }),
      c('published_sort', 'text', { notNull: true }),
    ],
  },
  claim_clusters: {
    name: 'claim_clusters',
    // key: 'f:<predicate>:<entity keys>' for a claim frame, 'l:<claim id>' for a cluster found by wording alone.
    columns: [c('id', 'id'), c('key', 'text', { notNull: true }), c('label', 'text', { notNull: true }), c('frame', 'text'), c('minhash', 'blob')],
  },
  claim_bands: { name: 'claim_bands', columns: [c('band_key', 'bigint', { notNull: true }), c('cluster', 'int', { notNull: true })], primaryKey: ['band_key', 'cluster'], keyOnly: true },
  techniques: {
    name: 'techniques',
    columns: [c('doc', 'int', { notNull: true, references: 'documents' }), c('technique', 'text', { notNull: true }), c('span_start', 'int', { notNull: true }), c('span_end', 'int', { notNull: true }), c('score', 'real', { notNull: true })],
  },
  narratives: { name: 'narratives', columns: [c('id', 'text', { notNull: true }), c('title', 'text', { notNull: true })], primaryKey: ['id'] },
  doc_narratives: {
    name: 'doc_narratives',
    columns: [c('doc', 'int', { notNull: true, references: 'documents' }), c('narrative', 'text', { notNull: true, references: 'narratives' }), c('score', 'real', { notNull: true }), c('stance', 'text', { notNull: true }), c('examples', 'text'), c('published_sort', 'text', { notNull: true })],
    primaryKey: ['doc', 'narrative'],
  },
  narrative_evidence: {
    name: 'narrative_evidence',
    columns: [c('doc', 'int', { notNull: true, references: 'documents' }), c('narrative', 'text', { notNull: true }), c('span_start', 'int', { notNull: true }), c('span_end', 'int', { notNull: true }), c('text', 'text', { notNull: true })],
  },
  // Summaries, rebuilt from the rows above at the end of each ingest (src/corpus/summaries.ts), so the corpus-wide
  // views read a few rows instead of grouping every quote and claim. Lists are JSON text.
  speaker_stats: {
    name: 'speaker_stats',
    columns: [c('entity', 'int', { notNull: true }), c('canonical', 'text', { notNull: true }), c('gazetteer_id', 'text'), c('quotes', 'int', { notNull: true }), c('articles', 'int', { notNull: true }), c('outlets', 'int', { notNull: true }), c('languages', 'text'), c('outlet_counts', 'text'), c('first_quoted', 'text'), c('last_quoted', 'text')],
    primaryKey: ['entity'],
  },
  cluster_stats: {
    name: 'cluster_stats',
    columns: [c('cluster', 'int', { notNull: true }), c('articles', 'int', { notNull: true }), c('outlets', 'text'), c('languages', 'text'), c('timeline', 'text'), c('first', 'text')],
    primaryKey: ['cluster'],
  },
  narrative_stats: {
    name: 'narrative_stats',
    columns: [c('narrative', 'text', { notNull: true }), c('articles', 'int', { notNull: true }), c('outlets', 'text'), c('languages', 'text'), c('timeline', 'text')],
    primaryKey: ['narrative'],
  },
  outlet_stats: {
    name: 'outlet_stats',
    columns: [c('outlet', 'text', { notNull: true }), c('articles', 'int', { notNull: true }), c('first_published', 'text'), c('last_published', 'text'), c('languages', 'text'), c('narratives', 'text'), c('techniques', 'text'), c('republished', 'int'), c('originals_copied', 'int')],
    primaryKey: ['outlet'],
  },
};

const i = (table: string, columns: string[], unique = false): Index => ({ name: `${table}_${columns.join('_')}`, table, columns, unique });

export const indexes: Record<string, Index> = Object.fromEntries(
  [
    i('documents', ['identity'], true),
    i('documents', ['content_hash']),
    i('documents', ['outlet', 'published']),
    i('documents', ['language']),
    i('documents', ['published']),
    i('documents', ['dup_group']),
    i('entities', ['key'], true),
    i('entity_aliases', ['alias_key']),
    i('doc_entities', ['entity']),
    i('quotes', ['doc']),
    i('quotes', ['speaker_entity', 'published_sort']),
    i('claims', ['doc']),
    i('claims', ['cluster', 'published_sort']),
    i('claim_clusters', ['key'], true),
    i('techniques', ['doc']),
    i('doc_narratives', ['narrative', 'published_sort']),
    i('narrative_evidence', ['doc', 'narrative']),
    i('speaker_stats', ['quotes']),
    i('narrative_stats', ['articles']),
    i('cluster_stats', ['articles']),
    i('outlet_stats', ['articles']),
  ].map((x) => [x.name, x]),
);
