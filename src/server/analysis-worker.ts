// A worker thread of the analysis pool: analyses one article per message and posts the document (or the error) back.
import { parentPort } from 'node:worker_threads';
import { analyze, type AnalyzeInput } from '../analyze.js';
import { isClaimtrailError } from '../core/errors.js';

parentPort?.on('message', ({ id, input }: { id: number; input: AnalyzeInput }) => {
  try {
    parentPort?.postMessage({ id, doc: analyze(input) });
  } catch (error) {
    const e = error as Error;
    parentPort?.postMessage({ id, error: isClaimtrailError(error) ? { code: error.code, params: error.params } : { message: e.message, stack: e.stack } });
  }
});
// The models load on the first analysis: done here, so a request's time limit measures its own analysis only.
try {
  analyze({ text: 'The minister said on Monday that the port had reopened.', name: 'warm-up' });
} catch {
  // a failure here shows again, with its message, on the first real request
}
parentPort?.postMessage({ ready: true });
