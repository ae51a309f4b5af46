// What `analyze` and `ingest` do with one file, and whether it ended well: an analysed document whose every stage ran
// and whose store rows could be built, or a clear INPUT_* refusal naming the input. Anything else is a crash.
// Runs in the fuzz worker thread and, for the short run in npm test, inline.
import { ItemAnalyzer } from '../corpus/ingest/analyze-item.js';
import { classifyFailure } from '../corpus/ingest/failure.js';
import { toRecord } from '../corpus/ingest/record.js';
import { isClaimtrailError } from '../core/errors.js';
import type { Doc } from '../core/types.js';

/** 'read': only reading and article extraction; 'all': the pipeline and the store rows too. */
export type Depth = 'read' | 'all';

export type PageOutcome =
  | { result: 'analysed' }
  | { result: 'refused'; code: string }
  /** Every fault found on the page (a stage can fail and the rows still be built). */
  | { result: 'crash'; details: string[] };

export function checkPage(analyzer: ItemAnalyzer, name: string, bytes: Uint8Array, depth: Depth): PageOutcome {
  const input = { kind: 'bytes' as const, name, bytes };
  let doc: Doc;
  try {
    doc = depth === 'read' ? analyzer.document(input) : analyzer.analyze(input);
  } catch (error) {
    if (isClaimtrailError(error) && error.code.startsWith('INPUT_')) return { result: 'refused', code: error.code };
    // As ingest does: a RangeError (stack or string limit) is recorded as INPUT_TOO_COMPLEX, a refusal naming the input.
    if (error instanceof RangeError) return { result: 'refused', code: 'INPUT_TOO_COMPLEX' };
    return { result: 'crash', details: [classifyFailure(name, error).error] };
  }
  if (depth === 'read') return { result: 'analysed' };
  const details = doc.messages.filter((m) => m.ruleId === 'stage-failed').map((m) => m.reason);
  try {
    toRecord(doc); // what ingest stores
  } catch (error) {
    details.push(`building the store rows: ${error instanceof Error ? error.message : String(error)}`);
  }
  return details.length ? { result: 'crash', details } : { result: 'analysed' };
}
