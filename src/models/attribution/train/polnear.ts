// Reads one PolNeAR split folder (text/*.txt, attributions/*_<annotator>.ann): used to train the attribution tagger and
// by eval/attribution. Where several annotators annotated an article, the file whose annotator id sorts first is used.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnn, type Attribution } from '../../../stages/quotes/brat.js';

export interface GoldArticle {
  name: string;
  text: string;
  /** The annotator whose file was used (the suffix of the .ann name). */
  annotator: string;
  attributions: Attribution[];
}

export function loadSplit(folder: string, limit = Infinity): GoldArticle[] {
  const anns = readdirSync(join(folder, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const byArticle = new Map<string, string>();
  for (const f of anns) {
    const base = f.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!byArticle.has(base)) byArticle.set(base, f);
  }
  const texts = readdirSync(join(folder, 'text')).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
  const out: GoldArticle[] = [];
  for (const file of texts) {
    const name = file.slice(0, -4);
    const ann = byArticle.get(name);
    if (!ann) continue;
    out.push({
      name,
      text: readFileSync(join(folder, 'text', file), 'utf8'),
      annotator: ann.slice(name.length + 1, -4),
      attributions: parseAnn(readFileSync(join(folder, 'attributions', ann), 'utf8'), ann),
    });
  }
  return out;
}

/**
 * A PolNeAR text's first line is its headline: the title, so the segmenter makes it the title paragraph. The line is
 * read up to its newline whatever whitespace ends it: 141 of train's 840 headlines (7 of dev's 84) end in a space
 * ("… 'dangerously wrong'; \n"), and reading only lines that end right at the newline left those as body text, their
 * "Name: statement" headline quotes unread.
 */
export function headlineOf(text: string): string | null {
  const line = /^([^\n]*)\n/.exec(text)?.[1].trim() ?? '';
  return line || null;
}
