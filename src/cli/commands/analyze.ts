import { mkdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkCatalogueFiles } from '../catalogue-files.js';
import { encodingOption } from '../encoding-option.js';
import { ClaimtrailError } from '../../core/errors.js';
import type { Doc } from '../../core/types.js';
import { DEFAULT_MAX_BYTES, listInputs, readInputBytes } from '../../ingest/file.js';
import { DEFAULT_MAX_CHARS } from '../../ingest/limit.js';
import { DEFAULT_TIME_LIMIT_MS } from '../../corpus/ingest/ingest.js';
import { ItemFailedError, TimedAnalyzer } from '../../corpus/ingest/timed-analyzer.js';
import { toHtml } from '../../report/html.js';
import { toMarkdown } from '../../report/markdown.js';
import { describeFailure } from '../failures.js';
import { Progress } from '../progress.js';
import { loadEmbeddings } from '../../knowledge/embeddings/index.js';
import { openOutputStream, writeOutputFile } from '../output-file.js';
import { buildKnowledge } from '../../stages/narratives/index.js';

const FORMATS = ['json', 'jsonl', 'md', 'html'] as const;
type Format = (typeof FORMATS)[number];

export const analyzeHelp = `claimtrail analyze (or analyse) <files or folders…> [options]

Analyses articles (.html, .htm, .txt, each optionally .gz; folders are read recursively; "-" reads stdin).

Options:
  --format json|jsonl|md|html   output format (default json; json with several inputs prints an array)
  --out PATH                    write to PATH instead of stdout (html with several inputs: a folder); written beside
                                PATH and renamed when done, so a failed run leaves PATH as it was
  --force                       replace an existing --out file that this command did not write (never a --db store)
  --encoding NAME               character set of the inputs (default: declared or sniffed)
  --kind html|text              treat inputs as HTML or text (default: from name and content)
  --max-bytes N                 largest input accepted (default ${DEFAULT_MAX_BYTES})
  --max-chars N                 characters of clean text analysed per input; more is cut with a warning
                                (default ${DEFAULT_MAX_CHARS})
  --time-limit SECONDS          stop an input whose analysis takes longer, and go on (default ${DEFAULT_TIME_LIMIT_MS / 1000}; 0: none)
  --language CODE               skip language detection and use this ISO 639-1 code
  --narratives FILE             a narrative catalogue (YAML or JSON; README section Narratives; check it with
                                "claimtrail narratives check FILE") added to the
                                built-in one; repeat for several files
  --narratives-only             match only the --narratives files (leave the built-in catalogue out)
  --embeddings DIR              a local ONNX sentence-embedding model (model.onnx, tokenizer.json) that narratives
                                given by examples alone are also compared with (README section Narratives)
  --stance-rules                each narrative's article stance from the rules' strongest mention (refutes >
                                endorses > asserts > reports), not the learned stance model
  --narrative-rules             keep the narratives the rules keep (score 0.5 and up, through every gate), not
                                those the learned narrative verifier keeps`;

export async function analyzeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      encoding: { type: 'string' },
      kind: { type: 'string' },
      'max-bytes': { type: 'string' },
      'max-chars': { type: 'string' },
      'time-limit': { type: 'string' },
      language: { type: 'string' },
      narratives: { type: 'string', multiple: true },
      'narratives-only': { type: 'boolean' },
      embeddings: { type: 'string' },
      'stance-rules': { type: 'boolean' },
      'narrative-rules': { type: 'boolean' },
    },
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new ClaimtrailError('CLI_USAGE', { detail: `Unknown --format "${values.format}". Use one of: ${FORMATS.join(', ')}.` });
  if (!positionals.length) throw new ClaimtrailError('CLI_USAGE', { detail: `Give at least one file or folder.\n\n${analyzeHelp}` });
  if (values.kind && values.kind !== 'html' && values.kind !== 'text') throw new ClaimtrailError('CLI_USAGE', { detail: `Unknown --kind "${values.kind}". Use html or text.` });
  const maxBytes = values['max-bytes'] ? Number(values['max-bytes']) : DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new ClaimtrailError('CLI_USAGE', { detail: `--max-bytes must be a positive number, not "${values['max-bytes']}".` });
  const maxChars = values['max-chars'] ? Number(values['max-chars']) : DEFAULT_MAX_CHARS;
  if (!Number.isInteger(maxChars) || maxChars <= 0) throw new ClaimtrailError('CLI_USAGE', { detail: `--max-chars must be a positive whole number, not "${values['max-chars']}".` });
  const timeLimit = values['time-limit'] ? Number(values['time-limit']) : DEFAULT_TIME_LIMIT_MS / 1000;
  if (!Number.isFinite(timeLimit) || timeLimit < 0) throw new ClaimtrailError('CLI_USAGE', { detail: `--time-limit must be a number of seconds (0 for none), not "${values['time-limit']}".` });
  const options = {
    encoding: encodingOption(values.encoding),
    kind: (values.kind as 'html' | 'text' | undefined) ?? null,
    maxBytes,
    language: values.language ? { force: values.language } : undefined,
    narratives:
      values.narratives || values['narratives-only'] || values.embeddings || values['stance-rules'] || values['narrative-rules']
        ? { files: values.narratives ?? [], builtIn: !values['narratives-only'], embeddings: values.embeddings, stanceModel: values['stance-rules'] ? false : undefined, narrativeModel: values['narrative-rules'] ? false : undefined }
        : undefined,
  };

  if (values.embeddings) loadEmbeddings(values.embeddings); // so does a folder that is not a model
  checkCatalogueFiles(values.narratives ?? []);
  if (options.narratives) buildKnowledge(options.narratives); // a bad catalogue stops the run before any input is read
  const failures: string[] = [];
  const inputs: string[] = [];
  for (const path of positionals) {
    if (path === '-') inputs.push(path);
    else {
      try {
        inputs.push(...listInputs([path]));
      } catch (error) {
        failures.push(describeFailure(path, error));
      }
    }
  }
  failures.forEach((f) => process.stderr.write(`claimtrail: ${f}\n`));

  const sink = openSink(format, values.out, inputs.length, values.force === true);
  const progress = new Progress(inputs.length);
  // Each input is analysed in a worker thread under the time limit: one hostile page cannot stall the run.
  const analyzer = new TimedAnalyzer({ preset: { language: options.language, narratives: options.narratives }, maxBytes, maxChars, encoding: options.encoding, kind: options.kind }, timeLimit * 1000);
  let ok = 0;
  for (const input of inputs) {
    try {
      const doc = input === '-' ? await analyzer.analyze('<stdin>', await readStdin()) : await analyzer.analyze(input, readInputBytes(input));
      sink.write(doc, input);
      ok++;
    } catch (error) {
      const line = error instanceof ItemFailedError ? error.message : describeFailure(input, error);
      failures.push(line);
      process.stderr.write(`\nclaimtrail: ${line}\n`);
    }
    progress.tick();
  }
  progress.finish();
  await analyzer.close();
  await sink.close(ok > 0);
  if (failures.length) {
    process.stderr.write(`claimtrail: analysed ${ok} of ${ok + failures.length} inputs; ${failures.length} failed (see above).\n`);
    return 1;
  }
  return 0;
}

interface Sink {
  write(doc: Doc, input: string): void;
  /** keep: whether anything was analysed; if not, an existing --out file is left as it was. */
  close(keep: boolean): Promise<void>;
}

/** Streams results as they come, so memory stays flat over long runs. */
function openSink(format: Format, out: string | undefined, count: number, force: boolean): Sink {
  if (format === 'html' && count > 1) {
    if (!out) throw new ClaimtrailError('CLI_USAGE', { detail: 'html with several inputs needs --out FOLDER (one report per input).' });
    if (isFile(out)) throw new ClaimtrailError('CLI_USAGE', { detail: `--out "${out}" is a file; html with several inputs needs a folder (one report per input).` });
    mkdirSync(out, { recursive: true });
    const names = reportNames();
    return {
      write: (doc, input) => writeOutputFile(join(out, names(input)), toHtml(doc), { kind: 'html', force }),
      close: async () => {},
    };
  }
  const file = out ? openOutputStream(out, { kind: format, force }) : null;
  const stream = file ? file.stream : process.stdout;
  let n = 0;
  const render = (doc: Doc): string => {
    switch (format) {
      case 'jsonl':
        return `${JSON.stringify(doc)}\n`;
      case 'md':
        return `${n ? '\n---\n\n' : ''}${toMarkdown(doc)}`;
      case 'html':
        return toHtml(doc);
      case 'json':
        return count > 1 ? `${n ? ',\n' : '[\n'}${JSON.stringify(doc)}` : `${JSON.stringify(doc, null, 2)}\n`;
    }
  };
  return {
    write(doc) {
      stream.write(render(doc));
      n++;
    },
    async close(keep) {
      if (format === 'json' && count > 1) stream.write(n ? '\n]\n' : '[]\n');
      if (file) await (keep ? file.commit() : file.abort());
    },
  };
}

/**
 * One report file name per input: inputs of the same name in different folders (a/index.html, b/index.html) get
 * index.html, index-2.html…, so a run never replaces a report it has just written.
 */
export function reportNames(): (input: string) => string {
  const used = new Set<string>();
  return (input) => {
    const stem = basename(input).replace(/\.(x?html?|txt|text|md)?(\.gz)?$/i, '') || 'report';
    let name = `${stem}.html`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${stem}-${n}.html`;
    used.add(name.toLowerCase());
    return name;
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
