// Starts `claimtrail worker` processes from source (tests, the scale benchmark) and stops them.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface WorkerProcess {
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

export function spawnWorker(url: string, args: string[] = []): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/dev.ts', 'worker', '--db', url, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CLAIMTRAIL_DB: '' } });
  const output: string[] = [];
  child.stderr?.setEncoding('utf8').on('data', (s: string) => output.push(s));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output, exited };
}

/** SIGTERM, then SIGKILL if it has not stopped after `graceMs`. */
export async function stopWorker(w: WorkerProcess, graceMs = 10_000): Promise<void> {
  if (w.child.exitCode !== null || w.child.signalCode !== null) return;
  w.child.kill('SIGTERM');
  const t = setTimeout(() => w.child.kill('SIGKILL'), graceMs);
  await w.exited;
  clearTimeout(t);
}
