import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnn, type Attribution } from './brat.js';

export interface GoldArticle {
  name: string;
  text: string;
  /** The annotator whose file was used (the suffix of the .ann name). */
  annotator: string;
  attributions: Attribution[];
}

/**
 * Articles of one PolNeAR split folder (text/*.txt, attributions/*_<annotator>.ann). Where several annotators annotated
 * an article (the agreement articles), the file of the annotator whose id sorts first is used, so runs are repeatable.
 */
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
