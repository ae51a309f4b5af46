// Reads PTC (SemEval-2020 Task 11) from ../shared/datasets (never copied into the repository) and splits it by
// article id the same way every time, so the training script and the evaluation agree on what is held out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv1a } from '../features/hash.js';
import { offsetMap } from './offsets.js';

export interface GoldSpan {
  technique: string;
  start: number;
  end: number;
}

export interface Article {
  id: string;
  text: string;
  spans: GoldSpan[];
}

export type PtcSplit = 'train' | 'tune' | 'heldout';

const REPO = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
export const PTC_DIR = resolve(process.env.CLAIMTRAIL_DATASETS ?? resolve(REPO, '../shared/datasets'), 'techniques/ptc');

/** The 14 technique names of SemEval-2020 Task 11, in the order of the organisers' list. */
export const TECHNIQUES = [
  'Appeal_to_Authority', 'Appeal_to_fear-prejudice', 'Bandwagon,Reductio_ad_hitlerum', 'Black-and-White_Fallacy',
  'Causal_Oversimplification', 'Doubt', 'Exaggeration,Minimisation', 'Flag-Waving', 'Loaded_Language',
  'Name_Calling,Labeling', 'Repetition', 'Slogans', 'Thought-terminating_Cliches', 'Whataboutism,Straw_Men,Red_Herring',
] as const;

/**
 * FNV-1a of the article id mod 10: 0–1 held out for evaluation (~20%), 2 kept for tuning thresholds,
 * the rest train. Tuning articles are trained on too in the final fit; held-out ones never are.
 */
export function ptcSplit(articleId: string): PtcSplit {
  const r = fnv1a(`ptc:${articleId}`) % 10;
  return r <= 1 ? 'heldout' : r === 2 ? 'tune' : 'train';
}

export function ptcMissing(): string | null {
  return existsSync(join(PTC_DIR, 'train-articles')) ? null : `PTC not found at ${PTC_DIR} (put ../shared/datasets beside the checkout or set CLAIMTRAIL_DATASETS)`;
}

/** Parses a TC labels file (id TAB technique TAB start TAB end); lines that do not parse are skipped. */
export function parseTcLabels(content: string): Array<GoldSpan & { id: string }> {
  const out: Array<GoldSpan & { id: string }> = [];
  for (const line of content.split('\n')) {
    const [id, technique, s, e] = line.trim().split('\t');
    const start = Number(s);
    const end = Number(e);
    if (id && technique && Number.isInteger(start) && Number.isInteger(end) && end > start) out.push({ id, technique, start, end });
  }
  return out;
}

/** All PTC train articles with their TC spans, sorted by id; `splits` filters by ptcSplit. */
export function loadPtc(splits: readonly PtcSplit[]): Article[] {
  const articleDir = join(PTC_DIR, 'train-articles');
  const byId = new Map<string, GoldSpan[]>();
  for (const s of parseTcLabels(readFileSync(join(PTC_DIR, 'train-task2-TC.labels'), 'utf8'))) {
    const list = byId.get(s.id) ?? [];
    list.push({ technique: s.technique, start: s.start, end: s.end });
    byId.set(s.id, list);
  }
  const out: Article[] = [];
  for (const file of readdirSync(articleDir).sort()) {
    const m = /^article(\d+)\.txt$/.exec(file);
    if (!m || !splits.includes(ptcSplit(m[1]))) continue;
    const text = readFileSync(join(articleDir, file), 'utf8');
    const map = offsetMap(text);
    const spans = (byId.get(m[1]) ?? [])
      .map((s) => ({ technique: s.technique, start: map.toUnits(s.start), end: map.toUnits(s.end) }))
      .filter((s) => s.end <= text.length && s.end > s.start)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    out.push({ id: m[1], text, spans });
  }
  return out;
}
