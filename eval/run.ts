// npm run eval [-- task…]: scores claimtrail on ../shared/datasets with the metrics published results use,
// and checks each metric against its floor in eval/baseline.json. Exits 1 on a regression.
import { regressions } from './baseline.js';

interface EvalResult {
  skipped: boolean;
  message: string;
  metrics: Record<string, number>;
}

interface Task {
  run(): Promise<EvalResult>;
  print(result: EvalResult): void;
}

/** Each harness prints its own table; some return it as a string, some write lines. */
function task<R extends EvalResult>(load: () => Promise<{ run: () => Promise<R>; print: (r: R, log: (l: string) => void) => string | void }>): Task {
  let mod: Awaited<ReturnType<typeof load>> | null = null;
  return {
    async run() {
      mod = await load();
      return mod.run();
    },
    print(result) {
      const text = mod!.print(result as R, (line) => console.log(line));
      if (typeof text === 'string') console.log(text);
    },
  };
}

const tasks: Record<string, Task> = {
  extraction: task(async () => {
    const m = await import('./extraction/index.js');
    return { run: () => m.runExtractionEval(), print: m.print };
  }),
  attribution: task(async () => {
    const m = await import('./attribution/index.js');
    return { run: () => m.runAttributionEval(), print: m.print };
  }),
  checkworthiness: task(async () => {
    const m = await import('./checkworthiness/index.js');
    return { run: () => m.runCheckworthinessEval(), print: m.print };
  }),
  techniques: task(async () => {
    const m = await import('./techniques/index.js');
    return { run: () => m.runTechniquesEval(), print: m.print };
  }),
  narratives: task(async () => {
    const m = await import('./narratives/index.js');
    return { run: () => m.runNarrativesEval(), print: m.print };
  }),
  'narratives-fewshot': task(async () => {
    const m = await import('./narratives-fewshot/index.js');
    return { run: () => m.runFewShotEval(), print: m.print };
  }),
  'claim-retrieval': task(async () => {
    const m = await import('./claim-retrieval/index.js');
    return { run: () => m.runClaimRetrievalEval(), print: m.print };
  }),
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !tasks[w]);
if (unknown.length) {
  console.error(`Unknown eval task: ${unknown.join(', ')}. Tasks: ${Object.keys(tasks).join(', ')}.`);
  process.exit(2);
}
let failed = false;
for (const name of wanted.length ? wanted : Object.keys(tasks)) {
  const result = await tasks[name].run();
  console.log(`\n## ${name}\n`);
  if (result.skipped) {
    console.log(`skipped: ${result.message}`);
    continue;
  }
  tasks[name].print(result);
  const below = regressions(name, result.metrics);
  if (below.length) {
    failed = true;
    console.log(`\nREGRESSION in ${name} (floors in eval/baseline.json):\n  ${below.join('\n  ')}`);
  } else console.log(`\n${name}: every metric at or above its floor in eval/baseline.json`);
}
process.exit(failed ? 1 : 0);
