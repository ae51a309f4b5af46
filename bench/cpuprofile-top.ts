// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time, and the source files
// with the most self time, so a profile of `npm run bench -- analyze` can be read without DevTools.
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

function summarise(path: string, top: number): void {
  const profile = readProfile(path);
  const self = selfTimes(profile);
  const total = [...self.values()].reduce((a, b) => a + b, 0) || 1;
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const node of profile.nodes) {
    const t = self.get(node.id) ?? 0;
    if (!t) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? shortUrl(url) : '(native)';
    const fn = `${functionName || '(anonymous)'} ${file}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + t);
    byFile.set(file, (byFile.get(file) ?? 0) + t);
  }
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, t]) => `${(t / 1000).toFixed(0).padStart(8)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n');
  console.log(`# ${path}: ${(total / 1e6).toFixed(1)} s sampled\n\n## top ${top} functions by self time\n${rows(byFunction)}\n\n## top ${top} files by self time\n${rows(byFile)}\n`);
}

const args = process.argv.slice(2);
const topArg = args.find((a) => a.startsWith('--top='));
const top = topArg ? Number(topArg.slice(6)) : 40;
const paths = args.filter((a) => !a.startsWith('--'));
if (!paths.length || !Number.isInteger(top) || top < 1) {
  console.error('Usage: tsx bench/cpuprofile-top.ts [--top=40] <file.cpuprofile>…');
  process.exit(2);
}
for (const path of paths) summarise(path, top);
