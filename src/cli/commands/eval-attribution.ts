// claimtrail eval attribution --articles DIR --out DIR: PolNeAR-style brat .ann files for every .txt in DIR.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDoc, withLayers } from '../../core/doc.js';
import { ClaimtrailError } from '../../core/errors.js';
import { createPipeline } from '../../core/pipeline.js';
import { defineStage } from '../../core/stage.js';
import { quotes, toAttributions, writeAnn } from '../../stages/quotes/index.js';
import { segment } from '../../stages/segment/index.js';
import { headlineOf } from '../../models/attribution/train/polnear.js';
import { writeOutputFile } from '../output-file.js';

export const evalAttributionHelp = `  claimtrail eval attribution --articles DIR --out DIR [--force]
      writes DIR/<name>.ann (brat: Source, Cue, Content and an Attribution event each, as PolNeAR) for every <name>.txt;
      an existing <name>.ann that is not brat standoff is left alone unless --force`;

// Attribution spans do not depend on entities (they only name the speaker), so none are computed here.
const noEntities = defineStage({ name: 'entities', requires: [], assigns: ['entities'], create: () => (doc) => withLayers(doc, { entities: [] }) });

/** Returns 0 when every file was written, 1 when some could not be read (each named on stderr). */
export async function evalAttribution(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { articles: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false } }, strict: true });
  if (!values.articles || !values.out) throw new ClaimtrailError('CLI_USAGE', { detail: `Give both folders: --articles DIR --out DIR\n\n${evalAttributionHelp}` });
  if (!existsSync(values.articles) || !statSync(values.articles).isDirectory()) throw new ClaimtrailError('INPUT_NOT_FOUND', { input: values.articles });
  if (existsSync(values.out) && !statSync(values.out).isDirectory()) throw new ClaimtrailError('CLI_USAGE', { detail: `--out "${values.out}" is a file; eval attribution writes one .ann file per article into a folder. Give a folder path.` });
  mkdirSync(values.out, { recursive: true });
  // Each .ann replaces only an earlier .ann (or, with --force, any file of that name): written beside it and renamed.
  const check = { kind: 'ann' as const, force: values.force === true };
  const pipeline = createPipeline().use(segment).use(noEntities).use(quotes, undefined);
  const files = readdirSync(values.articles).filter((f) => f.endsWith('.txt')).sort();
  let failed = 0;
  for (const file of files) {
    const path = join(values.articles, file);
    try {
      const text = readText(path);
      // The first line is the headline (as PolNeAR's texts and the eval read them): a "Name: statement" headline is a quote.
      const doc = pipeline.run(createDoc({ text, source: { name: file }, meta: { language: 'en', title: headlineOf(text) } }));
      const crashed = doc.messages.find((m) => m.source === 'pipeline' && m.severity === 'error');
      if (crashed) throw new Error(crashed.reason);
      writeOutputFile(join(values.out, `${basename(file, '.txt')}.ann`), writeAnn(text, toAttributions(text, doc.layers.quotes ?? [])), check);
    } catch (error) {
      failed++;
      process.stderr.write(`claimtrail eval attribution: skipped "${path}": ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  process.stderr.write(`claimtrail eval attribution: wrote ${files.length - failed} of ${files.length} .ann files to ${values.out}\n`);
  return failed ? 1 : 0;
}

/** UTF-8 text, refused with a clear reason when it is not (offsets must match the file once decoded). */
function readText(path: string): string {
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new Error('binary file (NUL bytes), not text');
  // A byte-order mark is kept: brat offsets count it.
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}
