import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { analyzeFile } from '../../analyze.js';
import { ClaimtrailError } from '../../core/errors.js';
import type { Doc } from '../../core/types.js';
import { EXPORT_FORMATS, exportDocuments, type ExportFormat } from '../../export/index.js';
import { TABLE_KINDS, type TableKind } from '../../export/tables.js';
import { DEFAULT_MIN_TECHNIQUE_SCORE, type ExportContext } from '../../export/types.js';
import { gapSummary, GapTally } from './export-gaps.js';
import type { StreamedFormat } from '../../export/stream.js';
import { DEFAULT_MAX_BYTES, listInputs } from '../../ingest/file.js';
import { describeFailure } from '../failures.js';
import { checkOutputPath, openOutputStream, writeOutputFile, type OutputCheck } from '../output-file.js';
import type { StreamOptions } from './export-stream.js';

export const exportHelp = `claimtrail export <files or folders…> --format claimreview|stix|misp|csv|jsonl|parquet [options]

Analyses the articles and writes them in a format analysts' tools read:
  claimreview  schema.org ClaimReview drafts (JSON-LD), one per claim, without a verdict
  stix         a STIX 2.1 bundle: a report per article, identities, DISARM attack-patterns, evidence
  misp         MISP events (JSON) with URL, quote and claim attributes and DISARM galaxy tags
  csv, jsonl   one row per document, quote, claim, technique span and narrative match, with offsets
  parquet      the same rows as a Parquet file (needs --out)

Options:
  --out FILE            write to FILE instead of stdout (written beside FILE and renamed when done; never the --db store)
  --force               replace an existing --out file that this command did not write
  --kinds LIST          csv/jsonl/parquet rows to write, comma-separated (${TABLE_KINDS.join(',')}; default all)
  --min-score N         technique spans below N are left out of stix and misp (default ${DEFAULT_MIN_TECHNIQUE_SCORE})
  --no-formula-guard    csv: keep cells starting with = + - @ as they are (default: prefixed with ')
  --verbose             list every gap on stderr (default: one summary line)
  --quiet               no gap lines on stderr (failures are still reported)
  --encoding NAME, --kind html|text, --max-bytes N, --language CODE   as for analyze

What the documents lack (URL, date, outlet, a DISARM mapping) is stated inside the output (stix, misp, claimreview),
summed up in one stderr line; --verbose lists each. An undated article's STIX and MISP times are the analysis time
(with --db: when it was stored), never a made-up date. See "claimtrail help export" and the README's Export section.
With --db FILE (or postgres://…), <what> is a stored document id, narrative:ID or search:QUERY (up to 1,000 documents),
or all (every stored document: the whole store; --all says the same).`;

export async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string' },
      kinds: { type: 'string' },
      'min-score': { type: 'string' },
      'no-formula-guard': { type: 'boolean', default: false },
      db: { type: 'string' },
      all: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      encoding: { type: 'string' },
      kind: { type: 'string' },
      'max-bytes': { type: 'string' },
      language: { type: 'string' },
    },
  });
  const format = values.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new ClaimtrailError('CLI_USAGE', { detail: `${values.format ? `Unknown --format "${values.format}"` : 'Give --format'}. Use one of: ${EXPORT_FORMATS.join(', ')}.` });
  if (format === 'parquet' && !values.out) throw new ClaimtrailError('CLI_USAGE', { detail: 'parquet is binary: give --out FILE.parquet.' });
  if (values.all) {
    // --all: the whole store, the same as the selector `all`.
    if (!values.db || positionals.length) throw new ClaimtrailError('CLI_USAGE', { detail: '--all exports every document of the --db store: give --db, and no other document, narrative or search.' });
    positionals.push('all');
  }
  if (!positionals.length) throw new ClaimtrailError('CLI_USAGE', { detail: `Give at least one ${values.db ? 'document id, narrative:ID or search:QUERY' : 'article file or folder'}.\n\n${exportHelp}` });
  const kinds = values.kinds?.split(',').map((k) => k.trim()).filter(Boolean) as TableKind[] | undefined;
  const badKind = kinds?.find((k) => !TABLE_KINDS.includes(k));
  if (badKind) throw new ClaimtrailError('CLI_USAGE', { detail: `Unknown row kind "${badKind}" in --kinds. Use some of: ${TABLE_KINDS.join(', ')}.` });
  const minScore = values['min-score'] === undefined ? undefined : Number(values['min-score']);
  if (minScore !== undefined && !(minScore >= 0 && minScore <= 1)) throw new ClaimtrailError('CLI_USAGE', { detail: `--min-score must be a number from 0 to 1, not "${values['min-score']}".` });
  if (values.kind && values.kind !== 'html' && values.kind !== 'text') throw new ClaimtrailError('CLI_USAGE', { detail: `Unknown --kind "${values.kind}". Use html or text.` });
  const maxBytes = values['max-bytes'] ? Number(values['max-bytes']) : DEFAULT_MAX_BYTES;
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new ClaimtrailError('CLI_USAGE', { detail: `--max-bytes must be a positive number, not "${values['max-bytes']}".` });
  const readOptions = {
    encoding: values.encoding ?? null,
    kind: (values.kind as 'html' | 'text' | undefined) ?? null,
    maxBytes,
    language: values.language ? { force: values.language } : undefined,
  };

  if (values.verbose && values.quiet) throw new ClaimtrailError('CLI_USAGE', { detail: 'Give --verbose or --quiet, not both.' });
  const outCheck = { kind: format, force: values.force === true, reads: values.db ? [values.db] : [] };
  if (values.out) checkOutputPath(values.out, outCheck); // before any work: a wrong --out stops the run at once
  if (values.db && positionals.length === 1 && positionals[0] === 'all') {
    const gapOptions = { verbose: values.verbose === true, quiet: values.quiet === true };
    if (format === 'csv' || format === 'jsonl' || format === 'parquet') return exportWholeStore(values.db, { format, kinds: kinds ?? TABLE_KINDS, formulaGuard: !values['no-formula-guard'] }, values.out, outCheck, gapOptions);
    return exportWholeStore(values.db, { format, extra: { minTechniqueScore: minScore, scope: 'all' } }, values.out, outCheck, gapOptions);
  }
  const failures: string[] = [];
  const docs: Doc[] = [];
  let scope: string | undefined;
  // Files are analysed now: their analysis time stands in for a missing publication date (STIX, MISP).
  const analysedAt = new Date().toISOString();
  let stored: ExportContext = { recordedAt: () => analysedAt };
  if (values.db) {
    // Loaded only with --db: it opens the store (better-sqlite3 or pg), which exporting analysed files does not need.
    const { selectStored } = await import('./export-select.js');
    const selected = await selectStored(values.db, positionals);
    docs.push(...selected.docs);
    scope = selected.scope;
    stored = selected.context;
  }
  for (const path of values.db ? [] : positionals) {
    try {
      for (const input of listInputs([path])) {
        try {
          docs.push(analyzeFile(input, readOptions));
        } catch (error) {
          failures.push(describeFailure(input, error));
        }
      }
    } catch (error) {
      failures.push(describeFailure(path, error));
    }
  }
  failures.forEach((f) => process.stderr.write(`claimtrail: ${f}\n`));

  const context: ExportContext = { ...stored, minTechniqueScore: minScore, scope };
  const options = { kinds, formulaGuard: !values['no-formula-guard'] };
  const output = exportDocuments(format, docs, context, options);
  if (values.out) writeOutputFile(values.out, output.body, outCheck);
  else process.stdout.write(output.body);
  const gapLines = values.quiet ? [] : values.verbose ? output.gaps.map((g) => `claimtrail export: gap: ${g}`) : gapSummary(output.gaps, format);
  for (const line of gapLines) process.stderr.write(`${line}\n`);
  if (failures.length) {
    process.stderr.write(`claimtrail: exported ${docs.length} of ${docs.length + failures.length} inputs; ${failures.length} failed (see above).\n`);
    return 1;
  }
  return 0;
}

/** The whole store, streamed (see export-stream.ts); --out is written beside and renamed at the end. */
async function exportWholeStore(db: string, options: StreamOptions | JsonStreamOptions, out: string | undefined, check: OutputCheck, gapOptions: { verbose: boolean; quiet: boolean }): Promise<number> {
  // Loaded here: it opens the store (better-sqlite3 or pg), an optional package that exporting files does not need.
  const { streamAllJson, streamAllRows } = await import('./export-stream.js');
  const tally = new GapTally();
  const onGaps = (gaps: readonly string[]): void => {
    if (gapOptions.verbose) for (const g of gaps) process.stderr.write(`claimtrail export: gap: ${g}\n`);
    else tally.add(gaps);
  };
  const run = (stream: Writable): Promise<number> =>
    'extra' in options ? streamAllJson(db, options.format, options.extra, stream, onGaps) : streamAllRows(db, options, stream);
  let written: number;
  if (out) {
    const file = openOutputStream(out, check);
    try {
      written = await run(file.stream);
    } catch (error) {
      await file.abort();
      throw error;
    }
    await file.commit();
  } else written = await run(process.stdout);
  if (!gapOptions.quiet) {
    if (!written && !('extra' in options)) process.stderr.write('claimtrail export: Empty export: no documents for all.\n');
    for (const line of tally.summary(options.format)) process.stderr.write(`${line}\n`);
  }
  return 0;
}

interface JsonStreamOptions {
  format: StreamedFormat;
  extra: Pick<ExportContext, 'minTechniqueScore' | 'scope'>;
}
