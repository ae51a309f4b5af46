// The CLEF CheckThat! 2020 Task 2 files: verified claims (vclaim_id, vclaim, title), queries (tweet_id, text) and
// qrels (tweet_id 0 vclaim_id relevance), and the TREC run format results are written in.
import { readFileSync } from 'node:fs';
import { ClaimtrailError } from '../core/errors.js';
import { parseDelimited } from '../core/delimited.js';

export interface VerifiedClaim {
  id: string;
  claim: string;
  title: string;
}

export interface Query {
  id: string;
  text: string;
}

function rows(path: string, minFields: number, what: string): string[][] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ClaimtrailError('INPUT_NOT_FOUND', { input: path }, { cause: error });
  }
  const all = parseDelimited(text, '\t');
  // A header row ("\tvclaim\ttitle", "\ttweet_content") is skipped when its first field is not an id.
  const body = all.length && !/^\S+$/.test(all[0][0] ?? '') ? all.slice(1) : all;
  const bad = body.findIndex((r) => r.length < minFields);
  if (bad >= 0) {
    throw new ClaimtrailError('INPUT_FORMAT', { input: path, detail: `row ${bad + 1} has ${body[bad].length} fields; expected ${what}, tab-separated` });
  }
  return body;
}

export function readVerifiedClaims(path: string): VerifiedClaim[] {
  return rows(path, 2, 'vclaim_id, vclaim, title').map((r) => ({ id: r[0].trim(), claim: r[1] ?? '', title: r[2] ?? '' }));
}

export function readQueries(path: string): Query[] {
  return rows(path, 2, 'tweet_id, tweet_content').map((r) => ({ id: r[0].trim(), text: r[1] ?? '' }));
}

/** tweet_id → the vclaim ids that verify it (relevance > 0). */
export function readQrels(path: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of rows(path, 4, 'tweet_id, 0, vclaim_id, relevance')) {
    if (Number(r[3]) <= 0) continue;
    const set = out.get(r[0].trim()) ?? new Set<string>();
    set.add(r[2].trim());
    out.set(r[0].trim(), set);
  }
  return out;
}

/** One line of a TREC run: query_id Q0 vclaim_id rank score tag. */
export function runLine(queryId: string, docId: string, rank: number, score: number, tag = 'claimtrail'): string {
  return `${queryId}\tQ0\t${docId}\t${rank}\t${score.toFixed(6)}\t${tag}`;
}
