// Opens a corpus store for the views: it must exist, and its summaries are brought up to date first (they are
// stale only when an ingest was killed before its end).
import { openStore, type Store } from '../store/index.js';
import { refreshSummaries, summariesStale } from './summaries.js';

export async function openCorpus(location: string): Promise<Store> {
  const store = await openStore(location, { mustExist: true });
  try {
    if (await summariesStale(store)) await refreshSummaries(store);
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}
