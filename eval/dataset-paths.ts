import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** ../shared/datasets beside the checkout (or CLAIMTRAIL_DATASETS). */
export const DATASETS = process.env.CLAIMTRAIL_DATASETS ?? fileURLToPath(new URL('../../shared/datasets/', import.meta.url));

/** The folder of one dataset, or a reason to skip when it is absent. */
export function datasetPath(relative: string): { path: string; missing: string | null } {
  const path = join(DATASETS, relative);
  return { path, missing: existsSync(path) ? null : `dataset ${relative} not found at ${path} (put ../shared/datasets beside the checkout or set CLAIMTRAIL_DATASETS)` };
}
