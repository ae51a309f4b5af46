// claimtrail eval ptc-si / ptc-tc: SemEval-2020 Task 11 submission formats for PTC article folders.
// Offsets are code points into the article files as on disk (title line included), as the organisers count them.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDoc } from '../../core/doc.js';
import { ClaimtrailError } from '../../core/errors.js';
import type { Doc } from '../../core/types.js';
import { positionsOf } from '../../models/techniques/features.js';
import { mergeSpans } from '../../models/techniques/metrics.js';
import { offsetMap } from '../../models/techniques/offsets.js';
import { segment } from '../../stages/segment/index.js';
import { createAnalyzer, docTokens } from '../../stages/techniques/index.js';

export const evalPtcHelp = `  claimtrail eval ptc-si --articles DIR [--model FILE]
      prints article_id<TAB>start<TAB>end for every technique span in DIR/article<ID>.txt (overlapping spans merged)
  claimtrail eval ptc-tc --articles DIR --template FILE [--model FILE]
      prints article_id<TAB>technique<TAB>start<TAB>end for every span of the template (lines: id<TAB>?<TAB>start<TAB>end)`;

const ARTICLE = /^article(\d+)\.txt$/;

function options(args: string[], template: boolean): { articles: string; template?: string; model?: string } {
  const { values } = parseArgs({ args, options: { articles: { type: 'string' }, template: { type: 'string' }, model: { type: 'string' } }, strict: true });
  if (!values.articles || (template && !values.template)) {
    throw new ClaimtrailError('CLI_USAGE', { detail: `Give ${template ? '--articles DIR and --template FILE' : '--articles DIR'}\n\n${evalPtcHelp}` });
  }
  if (!existsSync(values.articles) || !statSync(values.articles).isDirectory()) throw new ClaimtrailError('INPUT_NOT_FOUND', { input: values.articles });
  if (values.template && !existsSync(values.template)) throw new ClaimtrailError('INPUT_NOT_FOUND', { input: values.template });
  return { articles: values.articles, template: values.template, model: values.model };
}

/** The file as UTF-8 text (BOM kept: offsets count it); refuses binary and invalid bytes. */
function readArticle(path: string): string {
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new Error('binary file (NUL bytes), not text');
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}

const segmentDoc = segment.create();
const analyse = (text: string, name: string): Doc => segmentDoc(createDoc({ text, source: { name } }));
const fail = (command: string, what: string, error: unknown): void => {
  process.stderr.write(`claimtrail eval ${command}: skipped ${what}: ${error instanceof Error ? error.message : String(error)}\n`);
};

export async function evalPtcSi(args: string[]): Promise<number> {
  const o = options(args, false);
  const analyzer = createAnalyzer(o.model);
  let failed = 0;
  const lines: string[] = [];
  for (const file of readdirSync(o.articles).filter((f) => ARTICLE.test(f)).sort()) {
    const id = ARTICLE.exec(file)![1];
    try {
      const text = readArticle(join(o.articles, file));
      const map = offsetMap(text);
      for (const s of mergeSpans(analyzer.predict(analyse(text, file)))) lines.push(`${id}\t${map.toCodePoints(s.start)}\t${map.toCodePoints(s.end)}`);
    } catch (error) {
      failed++;
      fail('ptc-si', `"${join(o.articles, file)}"`, error);
    }
  }
  if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
  return failed ? 1 : 0;
}

export async function evalPtcTc(args: string[]): Promise<number> {
  const o = options(args, true);
  const analyzer = createAnalyzer(o.model);
  let failed = 0;
  const cache = new Map<string, { text: string; tokens: ReturnType<typeof docTokens>; positions: Map<string, number[]> } | null>();
  const load = (id: string) => {
    if (!cache.has(id)) {
      const path = join(o.articles, `article${id}.txt`);
      try {
        const text = readArticle(path);
        const tokens = docTokens(analyse(text, `article${id}.txt`), analyzer.cues);
        cache.set(id, { text, tokens, positions: positionsOf(tokens) });
      } catch (error) {
        fail('ptc-tc', `"${path}"`, error);
        cache.set(id, null);
      }
    }
    return cache.get(id) ?? null;
  };
  const out: string[] = [];
  readFileSync(o.template!, 'utf8').split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    const [id, , s, e] = line.trim().split('\t');
    const start = Number(s);
    const end = Number(e);
    const article = id && Number.isInteger(start) && Number.isInteger(end) && end > start ? load(id) : undefined;
    if (!article) {
      failed++;
      if (article === undefined) fail('ptc-tc', `template line ${n + 1} of "${o.template}"`, new Error(`expected id<TAB>?<TAB>start<TAB>end, got ${JSON.stringify(line)}`));
      return;
    }
    const map = offsetMap(article.text);
    const [from, to] = [map.toUnits(start), map.toUnits(end)];
    const toks = article.tokens.toks;
    let a = toks.findIndex((t) => t.end > from);
    let b = a;
    while (b >= 0 && b < toks.length && toks[b].start < to) b++;
    if (a < 0 || b <= a) [a, b] = [Math.max(0, toks.length - 1), toks.length];
    const technique = toks.length ? analyzer.model.classify(article.tokens, a, b, article.positions).technique : 'Loaded_Language';
    out.push(`${id}\t${technique}\t${start}\t${end}`);
  });
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
  return failed ? 1 : 0;
}
