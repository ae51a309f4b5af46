// The page a fuzz task names: from the usual mix, or a big hostile page when the run asked for a minimum size.
import { bigPage } from './big-pages.js';
import { fuzzPage, type FuzzPage } from './pages.js';

export function pageOf(task: { seed: number; index: number; big: boolean; minMb?: number }): FuzzPage {
  return task.minMb ? bigPage(task.seed, task.index, task.minMb) : fuzzPage(task.seed, task.index, { big: task.big });
}
