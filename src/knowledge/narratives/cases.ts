// The EUvsDisinfo case list as shipped (data/euvsdisinfo-cases.json, built by scripts/build-narratives.ts):
// slug, title, date and what the title says (read at build time) of every case. The URL is rebuilt from the slug.
import { readFileSync } from 'node:fs';
import { ClaimtrailError } from '../../core/errors.js';

export interface CaseRecord {
  /** The case slug on euvsdisinfo.eu ("the-us-created-isis-and-terrorism-in-the-middle-east"). */
  id: string;
  title: string;
  date: string | null;
  url: string;
  /**
   * What the narratives stage read in the title and the case's EUvsDisinfo keywords, at build time:
   * "ids;PREDICATES;agent>PRED>patient …" (participant and concept ids, predicate classes, claim frames).
   */
  features: string;
}

export interface CaseIndexFile {
  about: string;
  source: string;
  urlPrefix: string;
  /** [slug, title, date, features]; an empty slug means the slug is the title's (see slugOf). */
  cases: [string, string, string, string][];
}

export const CASES_FILE = new URL('./data/euvsdisinfo-cases.json', import.meta.url);

let cached: CaseRecord[] | null = null;

export function loadCases(url: URL = CASES_FILE): CaseRecord[] {
  if (cached && url === CASES_FILE) return cached;
  let file: CaseIndexFile;
  try {
    file = JSON.parse(readFileSync(url, 'utf8')) as CaseIndexFile;
  } catch (error) {
    throw new ClaimtrailError('KNOWLEDGE_INVALID', { input: url.pathname, detail: `${(error as Error).message}; rebuild it with "npx tsx scripts/build-narratives.ts"` }, { cause: error });
  }
  const records = file.cases.map(([slug, title, date, features]) => {
    const id = slug || slugOf(title);
    return { id, title, date: date || null, url: `${file.urlPrefix}${id}/`, features };
  });
  if (url === CASES_FILE) cached = records;
  return records;
}

/** The slug euvsdisinfo.eu gives most titles: ASCII, lower case, apostrophes dropped, other runs → "-". */
export function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x00-\x7f]/g, (c) => (/[’‘`]/.test(c) ? '' : ' '))
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
