// claimtrail eval clef-claim-retrieval --claims verified_claims.docs.tsv --queries tweets.queries.tsv:
// CLEF CheckThat! 2020 Task 2 files in, a TREC run out (query_id Q0 vclaim_id rank score claimtrail).
import { parseArgs } from 'node:util';
import { detect } from 'tinyld';
import { ClaimtrailError } from '../../core/errors.js';
import { readQueries, readVerifiedClaims, runLine } from '../../retrieval/clef.js';
import { ClaimRetriever } from '../../retrieval/retriever.js';
import { looksEnglish } from '../../retrieval/text.js';

export const evalClefClaimRetrievalHelp = `  claimtrail eval clef-claim-retrieval --claims verified_claims.docs.tsv --queries tweets.queries.tsv [--depth N] [--bm25]
      prints a TREC run: query_id<TAB>Q0<TAB>vclaim_id<TAB>rank<TAB>score<TAB>claimtrail, up to N (default 1,000) claims
      per query, BM25 re-ranked by claimtrail's built-in re-ranking model (README section Quality; --bm25: BM25 alone)`;

export async function evalClefClaimRetrieval(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { claims: { type: 'string' }, queries: { type: 'string' }, depth: { type: 'string', default: '1000' }, bm25: { type: 'boolean' } },
  });
  if (!values.claims || !values.queries) {
    throw new ClaimtrailError('CLI_USAGE', { detail: `Give both files: --claims verified_claims.docs.tsv --queries tweets.queries.tsv\n\n${evalClefClaimRetrievalHelp}` });
  }
  const depth = Number(values.depth);
  if (!Number.isInteger(depth) || depth < 1) throw new ClaimtrailError('CLI_USAGE', { detail: `--depth must be a positive whole number, not "${values.depth}".` });
  const claims = readVerifiedClaims(values.claims);
  const queries = readQueries(values.queries);
  const retriever = new ClaimRetriever(claims, values.bm25 ? { model: null } : {});
  const out: string[] = [];
  for (const q of queries) {
    // The verified claims are English; say so for a query that is not, rather than miss it silently.
    const language = looksEnglish(q.text) ? 'en' : detect(q.text) || 'not English';
    if (language !== 'en') {
      process.stderr.write(`claimtrail: query ${q.id} reads as "${language}"; the verified claims are English, so only shared names and numbers can match it.\n`);
    }
    retriever.search(q.text, depth).forEach((hit, i) => out.push(runLine(q.id, hit.id, i + 1, hit.score)));
  }
  process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
  return 0;
}
