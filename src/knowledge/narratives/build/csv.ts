// CSV rows as records keyed by the header (build time only).
import { parseDelimited } from '../../../core/delimited.js';

export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...body] = parseDelimited(text, ',');
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
