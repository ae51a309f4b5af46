// The seeded generator of src/core/seeded-random.ts with the helpers the page mutations use: the same seed gives the
// same pages on every machine, so a finding can be replayed.
import { mulberry32 } from '../core/seeded-random.js';

export class Rng {
  /** A float in [0, 1). */
  readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}
