// The UA narratives catalogue (../shared/datasets/narratives/ua-disinfo-narratives-catalogue): 13 narratives →
// 623 English case excerpts. The narrative is given on the first row of each group only, so it is carried forward.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetPath } from '../dataset-paths.js';

export interface Excerpt {
  /** Narrative index (0-based, in order of first appearance). */
  label: number;
  text: string;
}

export interface FewShotData {
  narratives: string[];
  excerpts: Excerpt[];
}

export const UA_FOLDER = 'narratives/ua-disinfo-narratives-catalogue';

/** The excerpts, or the reason they cannot be read (the dataset folder is absent). */
export function loadUaCatalogue(): { data: FewShotData | null; missing: string | null } {
  const { path, missing } = datasetPath(UA_FOLDER);
  if (missing) return { data: null, missing };
  const rows = JSON.parse(readFileSync(join(path, 'narratives-cases-en.json'), 'utf8')) as { Narrative?: string | null; Disinfo_cases_en?: string | null }[];
  return { data: fromRows(rows), missing: null };
}

export function fromRows(rows: { Narrative?: string | null; Disinfo_cases_en?: string | null }[]): FewShotData {
  const narratives: string[] = [];
  const excerpts: Excerpt[] = [];
  let current = -1;
  for (const row of rows) {
    const title = row.Narrative?.trim();
    if (title) {
      current = narratives.indexOf(title);
      if (current < 0) current = narratives.push(title) - 1;
    }
    const text = row.Disinfo_cases_en?.trim();
    if (text && current >= 0) excerpts.push({ label: current, text });
  }
  return { narratives, excerpts };
}
