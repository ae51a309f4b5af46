// Quality floors: eval/baseline.json holds, per task, the measured value of each metric at the last accepted change.
// A metric below its floor by more than EPSILON is a regression; tests and `npm run eval` fail on it.
import { readFileSync } from 'node:fs';

export const EPSILON = 0.005;
const FILE = new URL('./baseline.json', import.meta.url);

export type Floors = Record<string, number>;

export function readFloors(task: string): Floors {
  const all = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, Record<string, unknown>>;
  const floors: Floors = {};
  for (const [metric, value] of Object.entries(all[task] ?? {})) if (typeof value === 'number') floors[metric] = value;
  return floors;
}

/** Lists each metric that fell below its floor, as "metric: measured < floor". */
export function regressions(task: string, measured: Record<string, number>): string[] {
  const out: string[] = [];
  for (const [metric, floor] of Object.entries(readFloors(task))) {
    const value = measured[metric];
    if (value === undefined) out.push(`${metric}: not measured (floor ${floor})`);
    else if (value < floor - EPSILON) out.push(`${metric}: ${value.toFixed(4)} < floor ${floor}`);
  }
  return out;
}
