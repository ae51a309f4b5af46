// Node 20's test runner has no glob for .ts files: find the tests beside the code and run them under tsx.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['src', 'eval', 'test'];
const files = [];
function walk(path) {
  let st;
  try { st = statSync(path); } catch { return; }
  if (st.isFile()) { if (path.endsWith('.test.ts')) files.push(path); return; }
  for (const name of readdirSync(path)) if (name !== 'node_modules') walk(join(path, name));
}
roots.forEach(walk);
files.sort();
// The TAP stream passes through as it comes; failures are gathered and listed again at the end, because CI keeps only
// the tail of a long run and a failure early in it would otherwise not be seen there.
function run(list, concurrency) {
  const child = spawn(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...list], { stdio: ['ignore', 'pipe', 'inherit'] });
  const failures = [];
  const durations = [];
  let top = null;
  let current = null;
  let rest = '';
  const readLine = (line) => {
    const result = /^(?:ok|not ok) \d+ - (.*)$/.exec(line);
    if (result) top = result[1];
    const took = /^  duration_ms: ([\d.]+)$/.exec(line);
    if (took && top !== null) { durations.push({ name: top, ms: Number(took[1]) }); top = null; }
    const failed = /^(\s*)not ok \d+ - (.*)$/.exec(line);
    if (failed) {
      current = { indent: failed[1].length, name: failed[2], detail: [], file: null };
      failures.push(current);
      return;
    }
    if (!current) return;
    // The YAML block under a result ends with "...".
    if (/^\s*\.\.\.$/.test(line) || /^\s*(ok|not ok) \d+ - /.test(line)) { current = null; return; }
    const at = /^\s*location: '(.+\.test\.ts):\d+:\d+'$/.exec(line);
    if (at) current.file = at[1];
    if (!/^\s*---$/.test(line) && current.detail.length < 18) current.detail.push(line.trim());
  };
  return new Promise((resolve) => {
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      lines.forEach(readLine);
    });
    child.on('close', (code, signal) => {
      if (rest) readLine(rest);
      resolve({ code: code ?? (signal ? 1 : 0), failures, durations });
    });
  });
}

function list(failures, heading) {
  console.log(`\n# ${heading}`);
  for (const f of failures) {
    console.log(`# FAILED: ${' '.repeat(f.indent)}${f.name}${f.file ? ` (${f.file})` : ''}`);
    for (const d of f.detail) console.log(`#   ${d}`);
  }
}

// The slowest top-level tests are named at the end, so the run's time can be watched where CI shows it.
function slowest(durations) {
  const top = [...durations].sort((a, b) => b.ms - a.ms).slice(0, 12);
  if (!top.length) return;
  console.log(`\n# slowest of ${durations.length} top-level tests:`);
  for (const d of top) console.log(`# ${(d.ms / 1000).toFixed(1).padStart(6)} s  ${d.name.slice(0, 110)}`);
}

const first = await run(files, 2);
slowest(first.durations);
if (first.code === 0) process.exit(0);
list(first.failures, `${first.failures.length} failing (subtests and their parents):`);
// Files whose tests failed run once more, alone and one at a time: the end-to-end tests (killed servers, leases,
// child processes) have timing that two loaded cores can stretch. A file that passes alone is named as flaky, so it is
// seen and mended; one that fails again fails the run. A failure with no file to rerun (a crash) fails it at once.
const again = [...new Set(first.failures.map((f) => f.file))];
if (!first.failures.length || again.includes(null)) process.exit(first.code);
console.log(`\n# rerunning alone: ${again.join(', ')}`);
const second = await run(again, 1);
if (second.code !== 0) {
  list(second.failures, `${second.failures.length} failing again when run alone:`);
  process.exit(second.code);
}
console.log(`\n# FLAKY: ${again.length} file(s) failed in the full run and passed alone: ${again.join(', ')}`);
process.exit(0);
