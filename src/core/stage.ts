import type { Capability, Doc } from './types.js';

/** A stage's run function: a named function of the document that returns a new document. */
export type StageFn = (doc: Doc) => Doc;

export interface StageDefinition<Options = void> {
  name: string;
  /** What must be assigned by earlier stages. */
  requires: readonly Capability[];
  /** What this stage sets on the document. */
  assigns: readonly Capability[];
  /** Options → run function; called once when the pipeline is built (load data here, not per document). */
  create(options: Options): StageFn;
}

export interface Stage<Options = void> extends StageDefinition<Options> {
  readonly kind: 'stage';
}

export function defineStage<Options = void>(definition: StageDefinition<Options>): Stage<Options> {
  return Object.freeze({ ...definition, kind: 'stage' as const });
}
