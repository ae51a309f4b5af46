// The command line of `npm run bench`: bench names, and options the benches read as `--name=value`. People also
// write `--name value` (`server --engine postgres`), which would make the value a bench name ("Unknown benchmark:
// postgres"); such a pair is joined into `--name=value` here, so every bench sees one form.

/** Options that take no value: the word after one of them is a bench name, not its value. */
export const FLAGS: ReadonlySet<string> = new Set(['--keep']);

export interface BenchArgs {
  /** Bench names, in the order given. */
  names: string[];
  /** Every option as `--name=value` (or the bare flag). */
  options: string[];
}

export function parseBenchArgs(args: readonly string[], benches: ReadonlySet<string>): BenchArgs {
  const names: string[] = [];
  const options: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('-')) names.push(a);
    else if (a.includes('=') || FLAGS.has(a)) options.push(a);
    else {
      const value = args[i + 1];
      // `--name` last, or before another option or a bench name: a flag the benches test with includes().
      if (value === undefined || value.startsWith('-') || benches.has(value)) options.push(a);
      else {
        options.push(`${a}=${value}`);
        i++;
      }
    }
  }
  return { names, options };
}

/** The value of option `--name=value` on the command line (everything after the first '='), or undefined. */
export function given(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=').slice(1).join('=');
}

/** A numeric option `--name=N`, or `fallback`. */
export function arg(name: string, fallback: number): number {
  return Number(given(name) ?? fallback);
}
