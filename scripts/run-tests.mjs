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
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: ['ignore', 'pipe', 'inherit'] });
const failures = [];
let current = null;
let rest = '';
function readLine(line) {
  const failed = /^(\s*)not ok \d+ - (.*)$/.exec(line);
  if (failed) {
    current = { indent: failed[1].length, name: failed[2], detail: [] };
    failures.push(current);
    return;
  }
  if (!current) return;
  // The YAML block under a result ends with "...".
  if (/^\s*\.\.\.$/.test(line) || /^\s*(ok|not ok) \d+ - /.test(line)) { current = null; return; }
  if (!/^\s*---$/.test(line) && current.detail.length < 18) current.detail.push(line.trim());
}
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const text = rest + chunk.toString('utf8');
  const lines = text.split('\n');
  rest = lines.pop() ?? '';
  lines.forEach(readLine);
});
child.on('close', (code, signal) => {
  if (rest) readLine(rest);
  // A failing subtest also fails its parent: list the innermost ones (deepest first) with their error lines.
  if (failures.length) {
    console.log(`\n# ${failures.length} failing (subtests and their parents):`);
    for (const f of failures) {
      console.log(`# FAILED: ${' '.repeat(f.indent)}${f.name}`);
      for (const d of f.detail) console.log(`#   ${d}`);
    }
  }
  process.exit(code ?? (signal ? 1 : 0));
});
