import type { Message, Severity, Span } from './types.js';

/** Builds a message about the text (a finding, not a failure). */
export function message(
  source: string,
  ruleId: string,
  severity: Severity,
  reason: string,
  place: Span | null = null,
  extra: Pick<Message, 'actual' | 'expected' | 'note'> = {},
): Message {
  return { ruleId, source, severity, reason, place: place ? { start: place.start, end: place.end } : null, ...extra };
}
