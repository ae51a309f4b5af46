// Counting as trafilatura's tests/comparison.py does: every `with` snippet found in the extracted text is a true
// positive (else a false negative), every `without` snippet found a false positive (else a true negative); the
// test is a plain substring test. Here both sides have their whitespace collapsed to single spaces first
// (trafilatura's output keeps line breaks that snippets spanning two blocks would otherwise miss).
import type { GoldPage } from './dataset.js';

export interface Counts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export interface FieldScore {
  correct: number;
  total: number;
  accuracy: number;
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function countSnippets(text: string, page: GoldPage): Counts {
  const hay = collapse(text);
  const c: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const s of page.with) hay.includes(collapse(s)) ? c.tp++ : c.fn++;
  for (const s of page.without) hay.includes(collapse(s)) ? c.fp++ : c.tn++;
  return c;
}

export function rates(c: Counts): { precision: number; recall: number; f1: number; accuracy: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const all = c.tp + c.fn + c.fp + c.tn;
  return { precision, recall, f1, accuracy: all ? (c.tp + c.tn) / all : 0 };
}

function norm(s: string): string {
  return collapse(s).toLowerCase().replace(/[“”"'’‘]/g, '');
}

export function titleMatches(found: string | null, gold: string): boolean {
  return !!found && norm(found) === norm(gold);
}

/** Any gold author name (gold may list several: an array, joined with ";") contained in what was found. */
export function authorMatches(found: string | null, gold: string): boolean {
  if (!found) return false;
  const f = norm(found);
  return gold.split(/;/).map(norm).filter(Boolean).some((name) => f.includes(name));
}

/** Same calendar day as written in the page (the date part of an ISO string, or a date parsed from text). */
export function dateMatches(found: string | null, gold: string): boolean {
  if (!found) return false;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(found)?.[0] ?? toDay(found);
  return day !== null && day === gold.slice(0, 10);
}

function toDay(s: string): string | null {
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

export function field(correct: number, total: number): FieldScore {
  return { correct, total, accuracy: total ? correct / total : 0 };
}
