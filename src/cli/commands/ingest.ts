import { parseArgs } from 'node:util';
import { checkCatalogueFiles } from '../catalogue-files.js';
import { encodingOption } from '../encoding-option.js';
import { ClaimtrailError } from '../../core/errors.js';
import { ingestCorpus, type IngestProgress, type IngestSummary } from '../../corpus/ingest/ingest.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/file.js';
import { DEFAULT_MAX_CHARS } from '../../ingest/limit.js';
import { DEFAULT_TIME_LIMIT_MS } from '../../corpus/ingest/ingest.js';
import { withStoreCatalogues } from '../../store/catalogues/catalogues.js';
import { openStore, storeLocation } from '../../store/index.js';
import { intOption } from './corpus-view.js';
import { loadEmbeddings } from '../../knowledge/embeddings/index.js';

export const ingestHelp = `claimtrail ingest <files or folders…> --db FILE [options]

Analyses articles and stores them in a corpus (a SQLite file, created on first use). Reads folders of .html/.htm/.txt
(each optionally .gz), .jsonl (one article a line: {"text" or "html", "url", "title", "published", "outlet",
"language"}), RSS/Atom feeds (.rss .atom .xml) and WARC files (.warc, .warc.gz). Runs on every core.

Running it again on the same input stores nothing twice; a run that was stopped (even killed) continues where it
stopped. Bad items are reported with their file and position, and the rest goes on.

Options:
  --db FILE            the corpus store (default: $CLAIMTRAIL_DB)
  --narratives FILE    a narrative catalogue added to the built-in one, as for analyze; repeat for several
  --narratives-only    match only the --narratives files
  --embeddings DIR     a local ONNX sentence-embedding model for example-only narratives, as for analyze
  --workers N          analysis threads (default: the cores available)
  --batch N            articles per transaction (default 64)
  --max-bytes N        largest article accepted (default ${DEFAULT_MAX_BYTES})
  --max-chars N        characters of clean text analysed per article; more is cut with a warning (default ${DEFAULT_MAX_CHARS})
  --encoding NAME      character set of article files (.html, .txt), as for analyze (utf-16le/utf-16be for BOM-less
                       UTF-16); feeds, JSONL and WARC records say their own
  --time-limit SECONDS an article whose analysis takes longer is stopped and recorded as failed (default
                       ${DEFAULT_TIME_LIMIT_MS / 1000}; 0: none)
  --format text|json   the summary as a sentence (default) or JSON
  --queue              with --db postgres://…: only add the items to the job queue and return; "claimtrail
                       worker" processes (any number, on any machines) analyse and store them`;

export async function ingestCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { db: { type: 'string' }, narratives: { type: 'string', multiple: true }, 'narratives-only': { type: 'boolean' }, embeddings: { type: 'string' }, workers: { type: 'string' }, batch: { type: 'string' }, 'max-bytes': { type: 'string' }, 'max-chars': { type: 'string' }, encoding: { type: 'string' }, 'time-limit': { type: 'string' }, format: { type: 'string', default: 'text' }, queue: { type: 'boolean', default: false } },
  });
  const location = storeLocation(values.db);
  if (!location) throw new ClaimtrailError('CLI_USAGE', { detail: 'Name the corpus store with --db FILE (or set CLAIMTRAIL_DB).' });
  if (!positionals.length) throw new ClaimtrailError('CLI_USAGE', { detail: `Give at least one file or folder.\n\n${ingestHelp}` });
  if (values.format !== 'text' && values.format !== 'json') throw new ClaimtrailError('CLI_USAGE', { detail: `Unknown --format "${values.format}". Use text or json.` });
  checkCatalogueFiles(values.narratives ?? []);
  const encoding = encodingOption(values.encoding);
  if (values.embeddings) loadEmbeddings(values.embeddings); // a folder that is not a model stops the run here
  const narratives = values.narratives || values['narratives-only'] || values.embeddings ? { files: values.narratives ?? [], builtIn: !values['narratives-only'], embeddings: values.embeddings } : undefined;

  // Loaded only for --queue: it needs pg and graphile-worker, and a SQLite ingest where they are missing must name
  // the one package it does need (static imports resolve in parallel, so the first missing one named was random).
  if (values.queue) return (await import('./ingest-queue.js')).enqueueCommand(location, positionals, values.format);

  const store = await openStore(location);
  const bar = new ByteBar();
  let summary: IngestSummary;
  try {
    summary = await ingestCorpus({
      store,
      paths: positionals,
      workers: intOption('workers', values.workers),
      batchSize: intOption('batch', values.batch),
      maxBytes: intOption('max-bytes', values['max-bytes']),
      maxChars: intOption('max-chars', values['max-chars']),
      encoding,
      timeLimitMs: timeLimitOption(values['time-limit']),
      preset: await withStoreCatalogues(store, narratives).then((n) => (n ? { narratives: n } : undefined)), // and the store's catalogues
      onProblem: (line) => bar.print(`claimtrail: ${line}`),
      onProgress: (p) => bar.draw(p),
    });
  } finally {
    bar.clear();
    await store.close();
  }
  if (values.format === 'json') process.stdout.write(`${JSON.stringify({ ...summary, store: location }, null, 2)}\n`);
  else process.stdout.write(`${sentence(summary, location)}\n`);
  return summary.problems ? 1 : 0;
}

/** --time-limit in seconds (fractions allowed, 0 for none) → milliseconds; undefined for the default. */
function timeLimitOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0) throw new ClaimtrailError('CLI_USAGE', { detail: `--time-limit must be a number of seconds (0 for none), not "${value}".` });
  return seconds * 1000;
}

function sentence(s: IngestSummary, location: string): string {
  const rate = s.analysed / Math.max(s.seconds, 1e-3);
  return [
    `Ingested ${s.inputs} input${s.inputs === 1 ? '' : 's'} into ${location} in ${s.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s analysed):`,
    `${s.stored} stored, ${s.duplicates} already stored under the same URL or text, ${s.skipped} skipped as done by an earlier run, ${s.failed} failed;`,
    `${s.problems} problem${s.problems === 1 ? '' : 's'}${s.problems ? ' (see above)' : ''}.`,
  ].join(' ');
}

/** A progress bar over the bytes read, with the analysis rate and an ETA; drawn on a terminal only. */
class ByteBar {
  private readonly started = Date.now();
  private last = 0;
  private shown = false;
  private readonly enabled = !!process.stderr.isTTY && !process.env.CI;

  draw(p: IngestProgress): void {
    const now = Date.now();
    if (!this.enabled || now - this.last < 200) return;
    this.last = now;
    const seconds = Math.max((now - this.started) / 1000, 1e-3);
    const share = p.bytesTotal ? Math.min(p.bytesRead / p.bytesTotal, 1) : 0;
    const eta = share > 0 ? Math.ceil((seconds / share) * (1 - share)) : 0;
    const width = 24;
    const filled = Math.round(share * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(0)}% · ${p.stored} stored · ${(p.analysed / seconds).toFixed(1)} articles/s · ETA ${eta}s\x1b[K`);
    this.shown = true;
  }

  print(line: string): void {
    this.clear();
    process.stderr.write(`${line}\n`);
  }

  clear(): void {
    if (this.shown) process.stderr.write('\r\x1b[K');
    this.shown = false;
  }
}
