// Reads the check-worthiness training data from ../shared/datasets (never copied into the repository) and
// splits it the same way every time, so the training script and the evaluation agree on what is held out.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv1a } from '../features/hash.js';

export interface Example {
  text: string;
  label: 0 | 1;
  /** 'claimbuster' or the CLEF debate's file name (without .tsv). */
  group: string;
  /** The CLEF line number (1-based), or the ClaimBuster sentence id. */
  id: number;
}

export type Split = 'train' | 'dev' | 'test';

const REPO = resolve(fileURLToPath(new URL('../../../', import.meta.url)));
/** ../shared/datasets/checkworthiness beside the checkout (or under CLAIMTRAIL_DATASETS, as the eval harness). */
export const DATASETS = join(process.env.CLAIMTRAIL_DATASETS ?? resolve(REPO, '../shared/datasets'), 'checkworthiness');
export const CLAIMBUSTER_DIR = join(DATASETS, 'claimbuster');
export const CLEF2019_DIR = join(DATASETS, 'clef2019-t1', 'training');

/**
 * Whole CLEF 2019 debates held out. None is a general-election presidential debate, which ClaimBuster
 * also covers (1960–2016), so no sentence of a test debate is seen in training through ClaimBuster.
 */
export const CLEF_TEST = ['20160209_msnbc_dem', '20170228_trump_address', '20180916_trump_miami', '20181112_trump_pelosi', '20190108_oval_office'];
export const CLEF_DEV = ['20170315_nashville', '20180926_un_press'];

/** ClaimBuster: FNV-1a of the sentence id mod 10 — 0 is test, 1 is dev, the rest train. */
export function claimbusterSplit(sentenceId: number): Split {
  const r = fnv1a(String(sentenceId)) % 10;
  return r === 0 ? 'test' : r === 1 ? 'dev' : 'train';
}

export function clefSplit(debate: string): Split {
  return CLEF_TEST.includes(debate) ? 'test' : CLEF_DEV.includes(debate) ? 'dev' : 'train';
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
      if (!byId.has(row.sentence_id)) byId.set(row.sentence_id, { text: row.text, label: row.label ? 1 : 0, group: 'claimbuster', id: row.sentence_id });
    }
  }
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

/** One CLEF debate file: line_number<TAB>speaker<TAB>text<TAB>label. */
export function readClefDebate(path: string, group: string): Example[] {
  const out: Example[] = [];
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const cols = line.split('\t');
    if (cols.length < 4) continue;
    out.push({ text: cols[2], label: cols[3].trim() === '1' ? 1 : 0, group, id: Number(cols[0]) });
  }
  return out;
}

export function readClef2019(dir = CLEF2019_DIR): Example[] {
  return readdirSync(dir).filter((n) => n.endsWith('.tsv')).sort()
    .flatMap((n) => readClefDebate(join(dir, n), n.replace(/\.tsv$/, '')));
}

export function splitOf(example: Example): Split {
  return example.group === 'claimbuster' ? claimbusterSplit(example.id) : clefSplit(example.group);
}
