import { isClaimtrailError } from '../core/errors.js';

/** Turns anything thrown while handling one input into one clear line for the user; a bug says so and how to see more. */
export function describeFailure(input: string, error: unknown): string {
  if (isClaimtrailError(error)) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  const stack = process.env.CLAIMTRAIL_DEBUG && error instanceof Error ? `\n${error.stack}` : '';
  return `"${input}": internal error (${detail}). This is a bug in claimtrail; rerun with CLAIMTRAIL_DEBUG=1 for details and report it.${stack}`;
}
