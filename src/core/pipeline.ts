import { ClaimtrailError } from './errors.js';
import { message } from './messages.js';
import { withMessages } from './doc.js';
import type { Stage, StageFn } from './stage.js';
import type { Capability, Doc } from './types.js';

interface Step {
  name: string;
  run: StageFn;
}

/** Capabilities a freshly ingested document already has. */
const GIVEN: readonly Capability[] = [];

/**
 * An ordered list of stages, checked as it is built: every `requires` must be assigned by an earlier stage.
 * A stage that throws on one document is recorded as an error message on that document; the rest of the
 * stages that do not depend on it still run.
 */
export class Pipeline {
  private readonly steps: Step[] = [];
  private readonly assigned = new Set<Capability>(GIVEN);
  private readonly stageAssigns = new Map<string, readonly Capability[]>();
  private readonly stageRequires = new Map<string, readonly Capability[]>();
  private frozen = false;

  use<Options>(stage: Stage<Options>, options: Options): this;
  use(stage: Stage<void>): this;
  use<Options>(stage: Stage<Options>, options?: Options): this {
    if (this.frozen) throw new ClaimtrailError('PIPELINE_FROZEN', { stage: stage.name });
    if (this.stageAssigns.has(stage.name)) throw new ClaimtrailError('PIPELINE_DUPLICATE_STAGE', { stage: stage.name });
    for (const requirement of stage.requires) {
      if (!this.assigned.has(requirement)) throw new ClaimtrailError('PIPELINE_MISSING_REQUIREMENT', { stage: stage.name, requirement });
    }
    this.steps.push({ name: stage.name, run: stage.create(options as Options) });
    this.stageAssigns.set(stage.name, stage.assigns);
    this.stageRequires.set(stage.name, stage.requires);
    stage.assigns.forEach((c) => this.assigned.add(c));
    return this;
  }

  get stageNames(): string[] {
    return this.steps.map((s) => s.name);
  }

  /**
   * Runs every stage on `doc`. With `cpuMicros`, adds each stage's CPU time (user + system, µs, from process.cpuUsage)
   * under its name: the per-stage table of `npm run bench -- analyze` (CPU, not wall time, since machines are shared).
   */
  run(doc: Doc, cpuMicros?: Map<string, number>): Doc {
    this.frozen = true;
    const failed = new Set<Capability>();
    let current = doc;
    for (const step of this.steps) {
      const missing = this.stageRequires.get(step.name)!.filter((c) => failed.has(c));
      if (missing.length) {
        this.stageAssigns.get(step.name)!.forEach((c) => failed.add(c));
        current = withMessages(current, [message('pipeline', 'stage-skipped', 'warning', `Stage "${step.name}" skipped: ${missing.join(', ')} failed earlier.`)]);
        continue;
      }
      const before = cpuMicros ? process.cpuUsage() : undefined;
      try {
        current = step.run(current);
      } catch (error) {
        this.stageAssigns.get(step.name)!.forEach((c) => failed.add(c));
        const reason = error instanceof Error ? error.message : String(error);
        current = withMessages(current, [
          message('pipeline', 'stage-failed', 'error', `Stage "${step.name}" failed: ${reason}`, null, {
            note: error instanceof Error && error.stack ? error.stack.split('\n').slice(0, 4).join('\n') : undefined,
          }),
        ]);
      } finally {
        if (before && cpuMicros) {
          const used = process.cpuUsage(before);
          cpuMicros.set(step.name, (cpuMicros.get(step.name) ?? 0) + used.user + used.system);
        }
      }
    }
    return current;
  }
}

export function createPipeline(): Pipeline {
  return new Pipeline();
}
