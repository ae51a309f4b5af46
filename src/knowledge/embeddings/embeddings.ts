// `--embeddings DIR`: a local ONNX sentence-embedding model with its tokenizer.json, run by onnxruntime-node (an
// optional dependency: without it, or without --embeddings, nothing here is loaded). The model runs in a worker
// thread; `embed` blocks on it (Atomics.wait), so the pipeline's stages stay synchronous. Nothing is downloaded.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { ClaimtrailError } from '../../core/errors.js';

export interface Embedder {
  /** Unit-length sentence embeddings, one per text. */
  embed(texts: string[]): Float32Array[];
  dims: number;
  dir: string;
  close(): Promise<void>;
}

export interface EmbeddingOptions {
  /** Tokens per text, special tokens included (default 128). */
  maxTokens?: number;
  /** Texts per model call (default 32). */
  batch?: number;
  /** Milliseconds one call may take before it is an error (default 60 s). */
  timeoutMs?: number;
}

const loaded = new Map<string, Embedder>();

/** The model in `dir` (model.onnx or onnx/model.onnx, and tokenizer.json); one per folder and process. */
export function loadEmbeddings(dir: string, options: EmbeddingOptions = {}): Embedder {
  const hit = loaded.get(dir);
  if (hit) return hit;
  const fail = (detail: string): never => {
    throw new ClaimtrailError('EMBEDDINGS_INVALID', { input: dir, detail });
  };
  if (!existsSync(dir)) throw new ClaimtrailError('INPUT_NOT_FOUND', { input: dir });
  const model = [join(dir, 'model.onnx'), join(dir, 'onnx', 'model.onnx')].find((f) => existsSync(f)) ?? fail('no model.onnx in it');
  const tokenizer = join(dir, 'tokenizer.json');
  if (!existsSync(tokenizer)) fail('no tokenizer.json in it');
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  // From TypeScript sources (tsx), the worker registers tsx before it imports its module; a failure to start is
  // answered through the same channel, since this thread is blocked and would not see an 'error' event.
  const url = new URL(`./worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url).href;
  const start = url.endsWith('.ts') ? `import('tsx/esm/api').then((m) => m.register()).then(() => import(${JSON.stringify(url)}))` : `import(${JSON.stringify(url)})`;
  const code = `const { workerData: d } = require('node:worker_threads');
${start}.catch((e) => { d.port.postMessage({ error: String(e && e.message || e) }); Atomics.store(d.flag, 0, 1); Atomics.notify(d.flag, 0); });`;
  const worker = new Worker(code, {
    eval: true,
    workerData: { model, tokenizer, flag, port: port2, maxTokens: options.maxTokens ?? 128 },
    transferList: [port2],
  });
  worker.unref();
  const timeout = options.timeoutMs ?? 60_000;
  const wait = (): { vectors?: Float32Array[]; error?: string; ready?: { dims: number } } => {
    if (Atomics.wait(flag, 0, 0, timeout) === 'timed-out') fail(`no answer from the model within ${timeout} ms`);
    Atomics.store(flag, 0, 0);
    const got = receiveMessageOnPort(port1);
    if (!got) fail('the model worker stopped');
    return got!.message as { vectors?: Float32Array[]; error?: string; ready?: { dims: number } };
  };
  const first = wait();
  if (first.error) {
    void worker.terminate();
    fail(first.error);
  }
  const batch = options.batch ?? 32;
  const embedder: Embedder = {
    dims: first.ready!.dims,
    dir,
    embed(texts) {
      const out: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += batch) {
        worker.postMessage(texts.slice(i, i + batch));
        const got = wait();
        if (got.error) fail(got.error);
        out.push(...got.vectors!);
      }
      return out;
    },
    async close() {
      loaded.delete(dir);
      port1.close();
      await worker.terminate();
    },
  };
  loaded.set(dir, embedder);
  return embedder;
}
