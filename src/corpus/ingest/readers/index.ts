// Routes each input to its reader by name: .jsonl, RSS/Atom (.rss .atom .xml), WARC (.warc), and article files
// (.html .htm .txt …, each optionally .gz). Folders are walked in name order. One stream of events comes out.
import { readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFailure } from '../../../cli/failures.js';
import { ClaimtrailError } from '../../../core/errors.js';
import { itemKey, type ByteCounter, type ReaderEvent } from '../item.js';
import { readFeed } from './feed.js';
import { readJsonl } from './jsonl.js';
import { readWarc } from './warc.js';

export type InputKind = 'jsonl' | 'feed' | 'warc' | 'file';

export interface PlannedInput {
  path: string;
  kind: InputKind;
  size: number;
}

export function inputKind(name: string): InputKind | null {
  const n = name.toLowerCase().replace(/\.gz$/, '');
  if (/\.(jsonl|ndjson)$/.test(n)) return 'jsonl';
  if (/\.(rss|atom|xml)$/.test(n)) return 'feed';
  if (/\.(warc|arc)$/.test(n)) return 'warc';
  if (/\.(x?html?|xht|txt|text|md)$/.test(n)) return 'file';
  return null;
}

/** Lists the inputs (folders walked, in name order) with their sizes; a missing path is a problem, not a stop. */
export function planInputs(paths: string[]): { inputs: PlannedInput[]; problems: string[] } {
  const inputs: PlannedInput[] = [];
  const problems: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const st = statSync(path, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(path);
      else {
        const kind = inputKind(name);
        if (kind) inputs.push({ path, kind, size: st.size });
      }
    }
  };
  for (const path of paths) {
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) problems.push(new ClaimtrailError('INPUT_NOT_FOUND', { input: path }).message);
    else if (st.isDirectory()) walk(path);
    else inputs.push({ path, kind: inputKind(path) ?? 'file', size: st.size });
  }
  return { inputs, problems };
}

export async function* readInputs(inputs: PlannedInput[], counter?: ByteCounter): AsyncGenerator<ReaderEvent> {
  for (const input of inputs) {
    if (input.kind === 'jsonl') yield* readJsonl(input.path, counter);
    else if (input.kind === 'feed') yield* readFeed(input.path, counter);
    else if (input.kind === 'warc') yield* readWarc(input.path, counter);
    else yield await readArticleFile(input.path, counter);
  }
}

async function readArticleFile(path: string, counter?: ByteCounter): Promise<ReaderEvent> {
  try {
    const bytes = await readFile(path);
    counter?.add(bytes.length);
    return { type: 'item', item: { key: itemKey('file', bytes), origin: path, input: { kind: 'bytes', name: path, bytes } } };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const failure = code === 'ENOENT' ? new ClaimtrailError('INPUT_FORMAT', { input: path, detail: 'the file is gone (moved or deleted during the run); it is skipped.' }) : error;
    return { type: 'problem', origin: path, message: describeFailure(path, failure) };
  }
}
