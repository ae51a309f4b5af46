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
  process.stdout.write = ((chunk: string | Uint8Array) => ((out += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((err += String(chunk)), true)) as typeof process.stderr.write;
  try {
    return { code: await fn(), out, err };
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
  }
}
