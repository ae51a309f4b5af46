// Worker thread: analyses the items the main thread sends and sends back the rows to store (or the failure line).
import { parentPort, workerData } from 'node:worker_threads';
import { describeFailure } from '../../cli/failures.js';
import { isClaimtrailError } from '../../core/errors.js';
import { ItemAnalyzer, type AnalyzeItemOptions } from './analyze-item.js';
import type { ItemInput } from './item.js';
import type { DocRecord } from './record.js';

export interface Task {
  seq: number;
  origin: string;
  input: ItemInput;
}

/** `input`: the input itself is bad (recorded as done, never retried); otherwise a fault of ours, retried next run. */
export type TaskResult = { seq: number; record: DocRecord } | { seq: number; error: string; input: boolean };

const analyzer = new ItemAnalyzer(workerData as AnalyzeItemOptions);
const port = parentPort;
if (!port) throw new Error('worker.ts runs only as a worker thread');

port.on('message', (task: Task) => {
  let result: TaskResult;
  try {
    result = { seq: task.seq, record: analyzer.record(task.input) };
  } catch (error) {
    result = { seq: task.seq, error: describeFailure(task.origin, error), input: isClaimtrailError(error) && error.code.startsWith('INPUT_') };
  }
  // Copied, not transferred: zlib's output may share its ArrayBuffer with other buffers.
  port.postMessage(result);
});
port.postMessage({ ready: true });
