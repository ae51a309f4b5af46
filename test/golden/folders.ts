import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

export const ARTICLES = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));

export interface GoldenFolder {
  slug: string;
  dir: string;
  /** The article file: source.html / source.txt in the folder, or the path named in source.ref (e.g. ../shared/fixtures/…). */
  source: string;
  expected: string;
}

export function goldenFolders(): GoldenFolder[] {
  return readdirSync(ARTICLES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(ARTICLES, d.name);
      const own = readdirSync(dir).find((f) => /^source\.(html|txt)$/.test(f));
      const ref = join(dir, 'source.ref');
      const source = own ? join(dir, own) : existsSync(ref) ? resolve(dir, readFileSync(ref, 'utf8').trim()) : '';
      return { slug: d.name, dir, source, expected: join(dir, 'analysis.json') };
    })
    .filter((f) => f.source && existsSync(f.expected));
}
