// A bounded HTTP load loop for the server bench: `connections` requests in flight over keep-alive sockets, until
// `count` requests are done or `seconds` have passed, whichever comes first. Records every latency and every error,
// overall and per kind of request (search, document, narratives…), so one mixed run measures each route under the
// load of all the others.
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
  /** p99 (ms) of the requests sent in each 10 s of the run, in order: where in the run the slow ones were. */
  windows: number[];
}

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
  /** What the request is, for the per-kind figures (default: "all"). */
  kind?: string;
}

class Tally {
  readonly latencies: number[] = [];
  /** The latencies again, by the 10 s window their request was sent in. */
  readonly byWindow: number[][] = [];
  readonly statuses: Record<string, number> = {};
  errors = 0;

  add(ms: number | null, status: string, error: boolean, sentAt = 0): void {
    if (ms !== null) {
      this.latencies.push(ms);
      (this.byWindow[Math.floor(sentAt / 10_000)] ??= []).push(ms);
    }
    this.statuses[status] = (this.statuses[status] ?? 0) + 1;
    if (error) this.errors++;
  }

  result(seconds: number): LoadResult {
    const quantile = (values: number[], q: number) => {
      const l = [...values].sort((a, b) => a - b);
      return l[Math.min(l.length - 1, Math.max(0, Math.ceil(q * l.length) - 1))] ?? 0;
    };
    const l = this.latencies;
    const windows = Array.from(this.byWindow, (w) => quantile(w ?? [], 0.99));
    return { requests: l.length, seconds, perSecond: l.length / seconds, p50: quantile(l, 0.5), p99: quantile(l, 0.99), max: Math.max(0, ...l), errors: this.errors, statuses: this.statuses, windows };
  }
}

/**
 * With `halves`, each kind also gets a row for the requests sent in the second half of the run ("search, second
 * half"): once caches are warm, the steady state, which the whole run's figures mix with the start.
 */
export async function load(base: string, next: (i: number) => LoadRequest, options: { connections: number; count: number; seconds: number; halves?: boolean }): Promise<LoadResult & { byKind: Record<string, LoadResult> }> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const url = new URL(base);
  const all = new Tally();
  const kinds = new Map<string, Tally>();
  let issued = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const one = (r: LoadRequest) =>
    new Promise<void>((resolve) => {
      const t = performance.now();
      const kindOf = (name: string) => kinds.get(name) ?? (kinds.set(name, new Tally()).get(name) as Tally);
      const tallies = [all, kindOf(r.kind ?? 'all')];
      if (options.halves && t >= started + (options.seconds * 1000) / 2) tallies.push(kindOf(`${r.kind ?? 'all'}, second half`));
      const headers: Record<string, string> = { ...(r.body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(r.body)) } : {}), ...r.headers };
      const req = request({ agent, host: url.hostname, port: url.port, method: r.method, path: r.path, headers }, (res) => {
        res.resume();
        res.on('end', () => {
          const ms = performance.now() - t;
          const error = (res.statusCode ?? 500) >= 400;
          for (const x of tallies) x.add(ms, String(res.statusCode), error, t - started);
          resolve();
        });
      });
      req.on('error', (e) => {
        for (const x of tallies) x.add(null, e.message, true);
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
  const span = (kind: string) => (kind.endsWith(', second half') ? seconds - options.seconds / 2 : seconds);
  return { ...all.result(seconds), byKind: Object.fromEntries([...kinds].map(([k, v]) => [k, v.result(span(k))])) };
}
