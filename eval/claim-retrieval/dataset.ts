// CLEF CheckThat! 2020 Task 2 (../shared/datasets/claim-retrieval/clef2020-t2): verified claims, train and dev tweets.
import { join } from 'node:path';
import { readQrels, readQueries, readVerifiedClaims, type Query, type VerifiedClaim } from '../../src/retrieval/clef.js';
import { datasetPath } from '../dataset-paths.js';

export const DATASET = 'claim-retrieval/clef2020-t2';

export interface Split {
  queries: Query[];
  qrels: Map<string, Set<string>>;
}

export function datasetMissing(): string | null {
  return datasetPath(DATASET).missing;
}

export function readClaims(): VerifiedClaim[] {
  return readVerifiedClaims(join(datasetPath(DATASET).path, 'verified_claims.docs.tsv'));
}

export function readSplit(name: 'train' | 'dev'): Split {
  const dir = join(datasetPath(DATASET).path, name);
  return { queries: readQueries(join(dir, 'tweets.queries.tsv')), qrels: readQrels(join(dir, 'tweet-vclaim-pairs.qrels')) };
}
