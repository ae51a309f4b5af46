// Runs in a worker thread: loads the ONNX model and its tokenizer, then answers embedding requests. The host
// (embeddings.ts) waits on a shared flag, so the stage stays synchronous while onnxruntime-node runs async.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { parseTokenizer } from './tokenizer.js';

interface Setup {
  model: string;
  tokenizer: string;
  flag: Int32Array;
  port: MessagePort;
  maxTokens: number;
}

// The subset of onnxruntime-node used here, typed locally: the package is an optional dependency, so the build
// must not need its type declarations (CI installs without it).
interface OrtTensor {
  dims: readonly number[];
  data: unknown;
}
interface OrtSession {
  inputNames: readonly string[];
  outputNames: readonly string[];
  run(feeds: Record<string, OrtTensor>): Promise<Record<string, OrtTensor>>;
}
interface OrtModule {
  InferenceSession: { create(path: string, options: { intraOpNumThreads: number; interOpNumThreads: number }): Promise<OrtSession> };
  Tensor: new (type: 'int64', data: BigInt64Array, dims: number[]) => OrtTensor;
}
// A variable specifier keeps tsc from resolving the optional package at build time.
const ORT_PACKAGE: string = 'onnxruntime-node';

const { model, tokenizer: tokenizerFile, flag, port, maxTokens } = workerData as Setup;

function answer(message: { vectors?: Float32Array[]; error?: string; ready?: { dims: number } }): void {
  port.postMessage(message);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

async function main(): Promise<void> {
  let ort: OrtModule;
  try {
    ort = (await import(ORT_PACKAGE)) as OrtModule;
  } catch {
    return answer({ error: 'onnxruntime-node is not installed (npm install onnxruntime-node; ONNXRUNTIME_NODE_INSTALL=skip keeps its CPU binary)' });
  }
  let session: OrtSession;
  let tokenizer: ReturnType<typeof parseTokenizer>;
  try {
    tokenizer = parseTokenizer(JSON.parse(readFileSync(tokenizerFile, 'utf8')));
  } catch (error) {
    return answer({ error: `${tokenizerFile}: ${(error as Error).message}` });
  }
  try {
    session = await ort.InferenceSession.create(model, { intraOpNumThreads: 1, interOpNumThreads: 1 });
  } catch (error) {
    return answer({ error: `${model}: ${(error as Error).message.split('\n')[0]}` });
  }
  const embed = async (texts: string[]): Promise<Float32Array[]> => {
    const ids = texts.map((t) => tokenizer.encode(t, maxTokens));
    const width = Math.max(1, ...ids.map((x) => x.length));
    const flat = new BigInt64Array(texts.length * width);
    const mask = new BigInt64Array(texts.length * width);
    ids.forEach((row, i) => row.forEach((id, j) => ((flat[i * width + j] = BigInt(id)), (mask[i * width + j] = 1n))));
    const feeds: Record<string, OrtTensor> = {};
    for (const name of session.inputNames) {
      const data = name.includes('mask') ? mask : name.includes('type') ? new BigInt64Array(flat.length) : flat;
      feeds[name] = new ort.Tensor('int64', data, [texts.length, width]);
    }
    const out = (await session.run(feeds))[session.outputNames[0]];
    const dims = out.dims;
    const data = out.data as Float32Array;
    return texts.map((_, i) => {
      // [batch, tokens, dims] is pooled by the mean over real tokens; [batch, dims] is the sentence already.
      const d = dims[dims.length - 1];
      const v = new Float32Array(d);
      if (dims.length === 3) {
        const n = ids[i].length || 1;
        for (let j = 0; j < ids[i].length; j++) for (let k = 0; k < d; k++) v[k] += data[(i * width + j) * d + k] / n;
      } else v.set(data.subarray(i * d, (i + 1) * d));
      const norm = Math.hypot(...v) || 1;
      for (let k = 0; k < d; k++) v[k] /= norm;
      return v;
    });
  };
  try {
    const [probe] = await embed(['probe']);
    answer({ ready: { dims: probe.length } });
  } catch (error) {
    return answer({ error: `${model}: ${(error as Error).message.split('\n')[0]}` });
  }
  parentPort!.on('message', (texts: string[]) => {
    embed(texts).then(
      (vectors) => answer({ vectors }),
      (error: Error) => answer({ error: `${model}: ${error.message.split('\n')[0]}` }),
    );
  });
}

void main();
