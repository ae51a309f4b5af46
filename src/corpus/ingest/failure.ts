// Which failures of one item are the item's own fault (recorded as done: a re-run would fail the same way) and
// which are ours (a bug, a broken install: not recorded, so a later run tries the item again).
import { describeFailure } from '../../cli/failures.js';
import { ClaimtrailError, isClaimtrailError } from '../../core/errors.js';

export interface ItemFailure {
  error: string;
  input: boolean;
}

/**
 * A RangeError (call stack exceeded, string or array too long) is a resource limit this document hit: it fails
 * the same way every time, so it counts as the input's fault and is recorded, instead of being retried forever.
 */
export function classifyFailure(origin: string, error: unknown): ItemFailure {
  if (error instanceof RangeError) {
    const named = new ClaimtrailError('INPUT_TOO_COMPLEX', { input: origin, detail: error.message }, { cause: error });
    return { error: named.message, input: true };
  }
  return { error: describeFailure(origin, error), input: isClaimtrailError(error) && error.code.startsWith('INPUT_') };
}

/** The failure of an item stopped at the time limit: the input's fault, recorded. */
export function timeoutFailure(origin: string, ms: number): ItemFailure {
  return { error: new ClaimtrailError('INPUT_TIMEOUT', { input: origin, limit: ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s` }).message, input: true };
}
