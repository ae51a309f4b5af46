// Reads ClaimReview feeds (JSON-LD: one review, a list, an @graph, a DataFeed, JSON Lines, or reviews embedded in
// pages' JSON-LD) into a catalogue of verified claims for matching. A broken file names the file and position of each
// problem, and the intact reviews around it are still read.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { ClaimtrailError } from '../core/errors.js';
import { parseRecovering, type Recovered } from './json-recover.js';

export interface VerifiedClaim {
  /** The review's @id, else its url, else a hash of text, url and date. */
  id: string;
  /** claimReviewed. */
  text: string;
  /** The fact-check's URL. */
  url: string | null;
  /** The textual rating (reviewRating.alternateName), else "value/best". */
  rating: string | null;
  /** datePublished of the review. */
  date: string | null;
  /** The reviewing organisation or person. */
  author: string | null;
  /** Who made the claim (itemReviewed.author), when given. */
  claimant: string | null;
  language: string | null;
  source: { file: string; line: number | null; column: number | null };
}

export interface ImportProblem {
  file: string;
  line: number | null;
  column: number | null;
  severity: 'error' | 'warning';
  message: string;
}

export interface FeedImport {
  claims: VerifiedClaim[];
  problems: ImportProblem[];
}

type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => !!v && typeof v === 'object' && !Array.isArray(v);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

function str(v: unknown): string | null {
  const x = first(v);
  if (typeof x === 'string') return x.trim() || null;
  if (typeof x === 'number') return String(x);
  if (isNode(x)) return str(x['@value']);
  return null;
}

function nameOf(v: unknown): string | null {
  const x = first(v);
  return isNode(x) ? str(x.name) : str(x);
}

function isClaimReview(node: Node): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((t) => typeof t === 'string' && /^(?:(?:https?:\/\/)?schema\.org\/|schema:)?ClaimReview$/.test(t));
}

function ratingOf(v: unknown): string | null {
  const r = first(v);
  if (!isNode(r)) return str(r);
  const text = str(r.alternateName) ?? str(r.name);
  if (text) return text;
  const value = str(r.ratingValue);
  return value ? `${value}${str(r.bestRating) ? `/${str(r.bestRating)}` : ''}` : null;
}

function hasDamage(v: unknown, parsed: Recovered): boolean {
  if (Array.isArray(v)) return parsed.damaged(v) || v.some((x) => hasDamage(x, parsed));
  return isNode(v) && Object.values(v).some((x) => hasDamage(x, parsed));
}

/** Parses one feed's text; `file` names it in problems. */
export function parseClaimReviewFeed(text: string, file: string): FeedImport {
  const parsed = parseRecovering(text);
  const problems: ImportProblem[] = parsed.problems.map((p) => ({ file, line: p.line, column: p.column, severity: 'error', message: `broken JSON: ${p.message}; that item was skipped` }));
  const claims: VerifiedClaim[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!isNode(v)) return;
    if (!isClaimReview(v)) return Object.values(v).forEach(visit);
    const at = parsed.positionOf(v);
    const where = { file, line: at?.line ?? null, column: at?.column ?? null };
    const problem = (severity: ImportProblem['severity'], message: string): void => void problems.push({ ...where, severity, message });
    if (hasDamage(v, parsed)) return problem('error', 'ClaimReview with a broken part: skipped');
    const claimText = str(v.claimReviewed);
    if (!claimText) return problem('error', 'ClaimReview without claimReviewed: skipped');
    const url = str(v.url) ?? (/^https?:/.test(str(v['@id']) ?? '') ? str(v['@id']) : null);
    const rating = ratingOf(v.reviewRating);
    if (!rating) problem('warning', 'ClaimReview without a reviewRating: imported with rating null');
    const date = str(v.datePublished);
    const item = first(v.itemReviewed);
    claims.push({
      id: str(v['@id']) ?? url ?? `claimreview:${createHash('sha256').update(`${claimText}\u0000${url ?? ''}\u0000${date ?? ''}`).digest('hex').slice(0, 16)}`,
      text: claimText,
      url,
      rating,
      date,
      author: nameOf(v.author),
      claimant: isNode(item) ? nameOf(item.author) : null,
      language: str(v.inLanguage),
      source: where,
    });
  };
  visit(parsed.value);
  if (parsed.value === undefined && !problems.length) problems.push({ file, line: null, column: null, severity: 'error', message: 'empty file: no JSON-LD' });
  else if (!claims.length && !problems.some((p) => p.severity === 'error')) problems.push({ file, line: null, column: null, severity: 'warning', message: 'no ClaimReview items found' });
  return { claims, problems };
}

/** Reads a feed file; a missing file is a ClaimtrailError, anything inside it a problem. */
export function readClaimReviewFeed(path: string): FeedImport {
  if (!existsSync(path)) throw new ClaimtrailError('INPUT_NOT_FOUND', { input: path });
  return parseClaimReviewFeed(readFileSync(path, 'utf8'), path);
}
