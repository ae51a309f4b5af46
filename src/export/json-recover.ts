// A JSON reader that keeps going: a broken element of an array is reported (offset, line, column) and skipped, and
// the elements around it are kept; several top-level values (JSON Lines, concatenated JSON) are read as a list.
// It also remembers where each object starts, so later checks can point into the file.

export interface JsonProblem {
  offset: number;
  line: number;
  column: number;
  message: string;
}

export interface Recovered {
  /** The value read (a list when the text held several top-level values), or undefined when nothing could be read. */
  value: unknown;
  problems: JsonProblem[];
  /** Where an object or array of `value` starts (1-based line and column). */
  positionOf(node: object): { line: number; column: number } | null;
  /** Whether an element of this array was dropped. */
  damaged(node: object): boolean;
}

class Stop extends Error {
  constructor(readonly offset: number, message: string) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function parseRecovering(text: string): Recovered {
  const starts = new WeakMap<object, number>();
  const damagedNodes = new WeakSet<object>();
  const problems: JsonProblem[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const describe = (at: number): string => (at >= text.length ? 'end of file' : `“${text[at]}”`);
  const stop = (message: string): never => {
    throw new Stop(i, message);
  };
  let lines: number[] | null = null;
  const where = (offset: number): { line: number; column: number } => lineColumn(text, offset, (lines ??= lineStartsOf(text)));
  const report = (e: unknown): void => {
    if (!(e instanceof Stop)) throw e;
    problems.push({ offset: e.offset, ...where(e.offset), message: e.message });
  };

  const value = (): unknown => {
    ws();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) return (i += word.length), v;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m) return (i += m[0].length), Number(m[0]);
    return stop(`unexpected ${describe(i)} where a value should be`);
  };
  const string = (): string => {
    const from = i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) stop('line break or control character inside a string');
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) throw new Stop(from, 'string not closed');
    i++;
    try {
      return JSON.parse(text.slice(from, i)) as string;
    } catch {
      throw new Stop(from, 'bad escape in string');
    }
  };
  const object = (): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    starts.set(out, i++);
    ws();
    if (text[i] === '}') return i++, out;
    for (;;) {
      ws();
      if (text[i] !== '"') stop(`expected a property name in quotes, found ${describe(i)}`);
      const key = string();
      ws();
      if (text[i] !== ':') stop(`expected “:” after "${key}", found ${describe(i)}`);
      i++;
      out[key] = value();
      ws();
      if (text[i] === ',') i++;
      else if (text[i] === '}') return i++, out;
      else stop(`expected “,” or “}” after "${key}", found ${describe(i)}`);
    }
  };
  const array = (): unknown[] => {
    const out: unknown[] = [];
    starts.set(out, i++);
    ws();
    if (text[i] === ']') return i++, out;
    for (;;) {
      const from = i;
      try {
        out.push(value());
      } catch (e) {
        report(e);
        damagedNodes.add(out);
        i = skipElement(text, from);
        if (i >= text.length) stop('array not closed after a broken element');
      }
      ws();
      if (text[i] === ',') i++;
      else if (text[i] === ']') return i++, out;
      else stop(`expected “,” or “]” in a list, found ${describe(i)}`);
    }
  };

  const values: unknown[] = [];
  for (ws(); i < text.length; ws()) {
    const from = i;
    try {
      values.push(value());
    } catch (e) {
      report(e);
      // Resume at the next line that starts a value in column 1: the next record of a JSON Lines file.
      const at = /\n[[{]/g;
      at.lastIndex = Math.max(from + 1, e instanceof Stop ? e.offset : from);
      i = at.exec(text) ? at.lastIndex - 1 : text.length;
    }
  }
  return {
    value: values.length > 1 ? values : values[0],
    problems,
    positionOf: (node) => (starts.has(node) ? where(starts.get(node) as number) : null),
    damaged: (node) => damagedNodes.has(node),
  };
}

/** From an element's start, the offset of the “,” or “]” that ends it (brackets balanced, strings skipped). */
function skipElement(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i += text[i] === '\\' ? 2 : 1);
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) return c === ']' ? i : i + 1;
      depth--;
    } else if (c === ',' && depth === 0) return i;
  }
  return text.length;
}

/** 1-based line and column of an offset; `lineStarts` (from lineStartsOf) makes repeated look-ups logarithmic. */
export function lineColumn(text: string, offset: number, lineStarts: number[] = lineStartsOf(text)): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1 };
}

export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
