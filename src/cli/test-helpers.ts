// Shared by the CLI tests: run the CLI in a child process from source, or capture what a command prints in-process.
import { spawnSync } from 'node:child_process';

const CLI = new URL('./dev.ts', import.meta.url).pathname;

/** `claimtrail …args` in a child process (from source, under tsx), with its exit code and output. */
export function runCli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8', env: { ...process.env, CLAIMTRAIL_DEBUG: '' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a command in this process, collecting what it writes to stdout and stderr. */
export async function capture(fn: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  const write = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  let out = '';
  let err = '';
  // The commands write text; node:test's runner writes its own binary reports to stdout, which may come while an
  // async command runs (analysis in a worker thread): those pass through, or the runner loses them and the output breaks.
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => (typeof chunk === 'string' ? ((out += chunk), true) : (write as (c: Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest))) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => (typeof chunk === 'string' ? ((err += chunk), true) : (writeErr as (c: Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest))) as typeof process.stderr.write;
  try {
    return { code: await fn(), out, err };
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
  }
}
