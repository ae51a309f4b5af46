// claimtrail eval extraction --html DIR --out FILE.json: {id: {"articleBody": text}} for every page in DIR,
// the format article-extraction benchmarks read (id = file name without .html / .html.gz).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { ClaimtrailError } from '../../core/errors.js';
import { decodeBytes } from '../../ingest/decode.js';
import { fromHtml } from '../../ingest/html/index.js';
import { checkOutputPath, writeOutputFile } from '../output-file.js';

export const evalExtractionHelp = `  claimtrail eval extraction --html DIR --out FILE.json [--force]
      {id: {"articleBody": text}} for every .html / .html.gz page in DIR (id = file name without extension);
      the body text without the headline line; an existing FILE that is not such an output needs --force`;

const PAGE = /\.html?(\.gz)?$/i;

/** Returns 0 when every page was extracted, 1 when some could not be (each named on stderr). */
export async function evalExtraction(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { html: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean', default: false } }, strict: true });
  if (!values.html || !values.out) throw new ClaimtrailError('CLI_USAGE', { detail: `Give the pages folder and the output file: --html DIR --out FILE.json\n\n${evalExtractionHelp}` });
  if (!existsSync(values.html) || !statSync(values.html).isDirectory()) throw new ClaimtrailError('INPUT_NOT_FOUND', { input: values.html });
  const check = { kind: 'extraction' as const, force: values.force === true };
  checkOutputPath(values.out, check); // before the pages are read: a refused --out costs nothing
  const files = readdirSync(values.html).filter((f) => PAGE.test(f)).sort();
  const out: Record<string, { articleBody: string }> = {};
  let failed = 0;
  for (const file of files) {
    const path = join(values.html, file);
    try {
      out[file.replace(PAGE, '')] = { articleBody: extract(path, file) };
    } catch (error) {
      failed++;
      process.stderr.write(`claimtrail eval extraction: skipped "${path}": ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  writeOutputFile(values.out, `${JSON.stringify(out, null, 1)}\n`, check);
  process.stderr.write(`claimtrail eval extraction: wrote ${files.length - failed} of ${files.length} pages to ${values.out}\n`);
  return failed ? 1 : 0;
}

function extract(path: string, file: string): string {
  let bytes: Uint8Array = readFileSync(path);
  if (bytes.length === 0) throw new ClaimtrailError('INPUT_EMPTY', { input: path });
  if (/\.gz$/i.test(file)) {
    try {
      bytes = gunzipSync(bytes);
    } catch (error) {
      throw new ClaimtrailError('INPUT_GZIP', { input: path, detail: error instanceof Error ? error.message : String(error) });
    }
  }
  const { text, encoding, messages } = decodeBytes(bytes, { name: path, isHtml: true });
  return fromHtml(text, { name: path, encoding, bytes: bytes.length, messages, titleInText: false }).text;
}
