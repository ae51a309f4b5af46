// Worker thread: analyses the items the main thread sends and sends back the rows to store (or the failure line);
// for `analyze`, the analysed document itself.
import { parentPort, workerData } from 'node:worker_threads';
import type { Doc } from '../../core/types.js';
import { ItemAnalyzer, type AnalyzeItemOptions } from './analyze-item.js';
import { classifyFailure } from './failure.js';
import type { ItemInput } from './item.js';
import type { DocRecord } from './record.js';

export interface Task {
  seq: number;
  origin: string;
  input: ItemInput;
  /** 'doc': send back the analysed document (`analyze`) instead of the rows to store; 'read': the document as read, not analysed (the fuzz suite). */
  want?: 'record' | 'doc' | 'read';
}

/** `input`: the input itself is bad (recorded as done, never retried); otherwise a fault of ours, retried next run. */
export type TaskResult = { seq: number; record: DocRecord } | { seq: number; error: string; input: boolean };

/** What a 'doc' task sends back. */
export type DocResult = { seq: number; doc: Doc } | { seq: number; error: string; input: boolean };

const analyzer = new ItemAnalyzer(workerData as AnalyzeItemOptions);
const port = parentPort;
if (!port) throw new Error('worker.ts runs only as a worker thread');
// Built before saying ready, so that a time limit counts analysis only, not the seconds of loading knowledge.
try {
  analyzer.warm();
} catch {
  // A broken knowledge file fails each task with its own message.
}

port.on('message', (task: Task) => {
  let result: TaskResult | DocResult;
  try {
    if (task.want === 'doc') result = { seq: task.seq, doc: analyzer.analyze(task.input) };
    else if (task.want === 'read') result = { seq: task.seq, doc: analyzer.document(task.input) };
    else result = { seq: task.seq, record: analyzer.record(task.input) };
  } catch (error) {
    result = { seq: task.seq, ...classifyFailure(task.origin, error) };
  }
  // Copied, not transferred: zlib's output may share its ArrayBuffer with other buffers.
  port.postMessage(result);
});
port.postMessage({ ready: true });
