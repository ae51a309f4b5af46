// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time, and the source files
// with the most self time, so a profile of `npm run bench -- analyze` can be read without DevTools.
// --under=findNarratives keeps the samples inside that function (a stage's run function) and adds total times.
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/analyze-profile.ts && npx tsx bench/cpuprofile-top.ts /tmp/prof/*.cpuprofile
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

function readProfile(path: string): Profile {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Profile;
  } catch (error) {
    throw new Error(`Cannot read the CPU profile ${path} (${(error as Error).message}): pass a .cpuprofile written by node --cpu-prof.`);
  }
}

/** Self time in µs per profile node, from the sample deltas (hit counts alone ignore varying sample intervals). */
function selfTimes(profile: Profile): Map<number, number> {
  const self = new Map<number, number>();
  const { samples = [], timeDeltas = [] } = profile;
  for (let i = 0; i < samples.length; i++) self.set(samples[i], (self.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0));
  return self;
}

const shortUrl = (url: string) => url.replace(/^file:\/\//, '').replace(/^.*?\/(src|bench|node_modules)\//, '$1/');

/**
 * Keeps only the samples taken inside a call of `under` (a function name, e.g. a stage's run function), and adds the
 * inclusive (total) time of each function there: what a stage spends, and in which of its callees.
 */
function restrict(profile: Profile, self: Map<number, number>, under: string | null): { self: Map<number, number>; inclusive: Map<number, number> | null } {
  if (!under) return { self, inclusive: null };
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const kept = new Map<number, number>();
  const inclusive = new Map<number, number>();
  for (const [id, t] of self) {
    const chain: number[] = [];
    let inside = false;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      chain.push(at);
      if (byId.get(at)!.callFrame.functionName === under) {
        inside = true;
        break;
      }
    }
    if (!inside) continue;
    kept.set(id, t);
    for (const at of chain) inclusive.set(at, (inclusive.get(at) ?? 0) + t);
  }
  return { self: kept, inclusive };
}

function summarise(path: string, top: number, under: string | null): void {
  const profile = readProfile(path);
  const { self, inclusive } = restrict(profile, selfTimes(profile), under);
  const total = [...self.values()].reduce((a, b) => a + b, 0) || 1;
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const totalByFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? shortUrl(url) : '(native)';
    const fn = `${functionName || '(anonymous)'} ${file}${url ? `:${lineNumber + 1}` : ''}`;
    // Recursion would count a sample twice in a function's total; the outermost frame is enough to be roughly right.
    const inc = inclusive?.get(node.id) ?? 0;
    if (inc) totalByFunction.set(fn, (totalByFunction.get(fn) ?? 0) + inc);
    const t = self.get(node.id) ?? 0;
    if (!t) continue;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + t);
    byFile.set(file, (byFile.get(file) ?? 0) + t);
  }
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, t]) => `${(t / 1000).toFixed(0).padStart(8)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n');
  console.log(`# ${path}${under ? ` inside ${under}` : ''}: ${(total / 1e6).toFixed(1)} s sampled\n\n## top ${top} functions by self time\n${rows(byFunction)}\n\n## top ${top} files by self time\n${rows(byFile)}\n`);
  if (inclusive) console.log(`## top ${top} functions by total time (self + callees; recursive ones over-counted)\n${rows(totalByFunction)}\n`);
}

const args = process.argv.slice(2);
const topArg = args.find((a) => a.startsWith('--top='));
const top = topArg ? Number(topArg.slice(6)) : 40;
const underArg = args.find((a) => a.startsWith('--under='));
const under = underArg ? underArg.slice(8) : null;
const paths = args.filter((a) => !a.startsWith('--'));
if (!paths.length || !Number.isInteger(top) || top < 1) {
  console.error('Usage: tsx bench/cpuprofile-top.ts [--top=40] [--under=functionName] <file.cpuprofile>…');
  process.exit(2);
}
for (const path of paths) summarise(path, top, under);
