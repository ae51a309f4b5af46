// claimtrail/store: opening a corpus store. A file path is SQLite (needs better-sqlite3), a postgres:// URL is
// PostgreSQL (needs pg, loaded only for such a URL). The views and ingestCorpus that work on an opened store are in
// the main entry, 'claimtrail'.
export { openStore, LATEST_VERSION } from './store/index.js';
export type { Engine, OpenOptions, Row, SqlRunner, SqlValue, Store, TextHit, TextSearch } from './store/index.js';
export { openCorpus } from './corpus/open.js';
