// Reads the check-worthiness data from ../shared/datasets (never copied into the repository) and splits it the
// same way every time, so the training script and the evaluation agree on what is held out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv1a } from '../features/hash.js';

export interface Example {
  text: string;
  label: 0 | 1;
  /** 'claimbuster', or the debate's file name without .tsv (CLEF 2019 as is, CLEF 2020 Task 5 prefixed 't5:'). */
  group: string;
  /** The CLEF line number (1-based), or the ClaimBuster sentence id. */
  id: number;
  /** The speaker column of a debate line; null for ClaimBuster's stand-alone sentences. */
  speaker: string | null;
}

export type Split = 'train' | 'dev' | 'test';

const REPO = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
/** ../shared/datasets/checkworthiness beside the checkout (or under CLAIMTRAIL_DATASETS, as the eval harness). */
export const DATASETS = join(process.env.CLAIMTRAIL_DATASETS ?? resolve(REPO, '../shared/datasets'), 'checkworthiness');
export const CLAIMBUSTER_DIR = join(DATASETS, 'claimbuster');
export const CLEF2019_DIR = join(DATASETS, 'clef2019-t1', 'training');
/** The task's 7 annotated test debates (data/test_annotated in its repository), where a copy of them is kept. */
export const CLEF2019_TEST_DIR = join(DATASETS, 'clef2019-t1', 'test_annotated');
export const CLEF2020_T5_DIR = join(DATASETS, 'clef2020-t5', 'train-v2', 'training');

/** ClaimBuster: FNV-1a of the sentence id mod 10 — 0 is test, 1 is dev, the rest train. */
export function claimbusterSplit(sentenceId: number): Split {
  const r = fnv1a(String(sentenceId)) % 10;
  return r === 0 ? 'test' : r === 1 ? 'dev' : 'train';
}

export function datasetsAvailable(): boolean {
  return existsSync(CLAIMBUSTER_DIR) && existsSync(CLEF2019_DIR);
}

/** All ClaimBuster files, merged by sentence id (the 2x/2.5x/3x files share the positives, differ in negatives). */
export function readClaimbuster(dir = CLAIMBUSTER_DIR): Example[] {
  const byId = new Map<number, Example>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const rows = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { sentence_id: number; label: number; text: string }[];
    for (const row of rows) {
      if (!byId.has(row.sentence_id)) byId.set(row.sentence_id, { text: row.text, label: row.label ? 1 : 0, group: 'claimbuster', id: row.sentence_id, speaker: null });
    }
  }
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

/** One CLEF debate file: line_number<TAB>speaker<TAB>text<TAB>label, in file order. */
export function readClefDebate(path: string, group: string): Example[] {
  const out: Example[] = [];
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const cols = line.split('\t');
    if (cols.length < 4) continue;
    out.push({ text: cols[2], label: cols[3].trim() === '1' ? 1 : 0, group, id: Number(cols[0]), speaker: cols[1] });
  }
  return out;
}

/** The 19 CLEF 2019 Task 1 training debates (the official test debates are not in the datasets folder). */
export function readClef2019(dir = CLEF2019_DIR): Example[] {
  return readdirSync(dir).filter((n) => n.endsWith('.tsv')).sort()
    .flatMap((n) => readClefDebate(join(dir, n), n.replace(/\.tsv$/, '')));
}

export function clef2019TestAvailable(dir = CLEF2019_TEST_DIR): boolean {
  return existsSync(dir) && readdirSync(dir).some((n) => n.endsWith('.tsv'));
}

/** The CLEF 2019 Task 1 official test debates, when present (group = file name without .tsv, prefixed 'test:'). */
export function readClef2019Test(dir = CLEF2019_TEST_DIR): Example[] {
  return readdirSync(dir).filter((n) => n.endsWith('.tsv')).sort()
    .flatMap((n) => readClefDebate(join(dir, n), 'test:' + n.replace(/\.tsv$/, '')));
}

export function clef2020Available(): boolean {
  return existsSync(CLEF2020_T5_DIR);
}

/**
 * CLEF 2020 Task 5's 50 training transcripts with the split its own baseline script uses ("trained on all but the
 * latest 20% of the debates as they are used as the dev dataset"): file names start with the date, so the last
 * 10 by name are dev. The task's 20 test transcripts are not in the datasets folder.
 */
export function readClef2020T5(dir = CLEF2020_T5_DIR): { train: Example[]; dev: Example[] } {
  const names = readdirSync(dir).filter((n) => n.endsWith('.tsv')).sort();
  const cut = names.length - Math.round(names.length * 0.2);
  const read = (list: string[]) => list.flatMap((n) => readClefDebate(join(dir, n), 't5:' + n.replace(/\.tsv$/, '')));
  return { train: read(names.slice(0, cut)), dev: read(names.slice(cut)) };
}

/**
 * CLEF 2020 T5 transcripts that are CLEF 2019 Task 1 official test debates (the 2016-03-10 Miami GOP debate, the
 * 2018-10-15 "60 Minutes" interview; the other five test debates are not in T5): the official test is the project's
 * hidden check, so neither the shipped model nor the official-test protocol trains on them.
 */
export const CLEF2019_TEST_EVENTS: readonly string[] = ['t5:20160311_GOP_miami', 't5:20181015_60_min'];

/** CLEF 2020 T5 transcripts the shipped model may train on: all 50 but the CLEF 2019 official test debates. */
export function t5ForShipping(split: { train: Example[]; dev: Example[] }): Example[] {
  return [...split.train, ...split.dev].filter((e) => !CLEF2019_TEST_EVENTS.includes(e.group));
}

/** Normalised texts of four words or more (short lines such as "Thank you." are shared by unrelated debates). */
export function distinctiveTexts(lines: readonly Example[]): Set<string> {
  const out = new Set<string>();
  for (const l of lines) {
    const t = normalisedText(l.text);
    if (isDistinctive(t)) out.add(t);
  }
  return out;
}

/** Whether a normalised text has four words or more. */
export function isDistinctive(normalised: string): boolean {
  let spaces = 0;
  for (let i = 0; i < normalised.length && spaces < 3; i++) if (normalised.charCodeAt(i) === 32) spaces++;
  return spaces >= 3;
}

/**
 * Whether two transcripts are the same event: CLEF 2019 and 2020 T5 hold several debates twice, under other dates
 * and names and split into lines differently (20160209_msnbc_dem is T5's 20160204_democrats_new_hampshire). The
 * share of the smaller one's distinctive lines found in the other is 0.52–1 for those pairs and at most 0.04 for any
 * other pair of the 69 transcripts; 0.2 separates them.
 */
export function sameEvent(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return false;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  // And at least 5 lines: two short transcripts sharing one stock sentence are not one event (same-event pairs
  // here share 84 lines or more, other pairs at most 13).
  return shared >= 5 && shared / small.size >= 0.2;
}

/** A sentence's text as compared across datasets (the same debate appears in ClaimBuster and CLEF). */
export function normalisedText(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Groups examples by `group`, keeping file order inside each group. */
export function byGroup(examples: readonly Example[]): Map<string, Example[]> {
  const out = new Map<string, Example[]>();
  for (const e of examples) {
    const list = out.get(e.group);
    if (list) list.push(e);
    else out.set(e.group, [e]);
  }
  return out;
}
