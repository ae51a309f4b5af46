// A bounded HTTP load loop for the server bench: `connections` requests in flight over keep-alive sockets, until
// `count` requests are done or `seconds` have passed, whichever comes first. Records every latency and every error.
import { Agent, request } from 'node:http';

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  statuses: Record<string, number>;
}

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export async function load(base: string, next: (i: number) => LoadRequest, options: { connections: number; count: number; seconds: number }): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const url = new URL(base);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const one = (r: LoadRequest) =>
    new Promise<void>((resolve) => {
      const t = performance.now();
      const headers: Record<string, string> = { ...(r.body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(r.body)) } : {}), ...r.headers };
      const req = request({ agent, host: url.hostname, port: url.port, method: r.method, path: r.path, headers }, (res) => {
        res.resume();
        res.on('end', () => {
          latencies.push(performance.now() - t);
          const key = String(res.statusCode);
          statuses[key] = (statuses[key] ?? 0) + 1;
          if ((res.statusCode ?? 500) >= 400) errors++;
          resolve();
        });
      });
      req.on('error', (e) => {
        errors++;
        statuses[e.message] = (statuses[e.message] ?? 0) + 1;
        resolve();
      });
      req.end(r.body);
    });
  const worker = async () => {
    while (issued < options.count && performance.now() < deadline) await one(next(issued++));
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.max(0, Math.ceil(q * latencies.length) - 1))] ?? 0;
  return { requests: latencies.length, seconds, perSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99), max: latencies[latencies.length - 1] ?? 0, errors, statuses };
}
