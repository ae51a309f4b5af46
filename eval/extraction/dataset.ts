// The trafilatura evaluation pages: {url: {file, with[], without[], title?, author?, date?}} and their HTML files.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export interface GoldPage {
  url: string;
  file: string;
  with: string[];
  without: string[];
  title: string | null;
  author: string | null;
  date: string | null;
}

interface RawEntry {
  file: string;
  with?: string[];
  without?: string[];
  title?: string;
  author?: string | string[];
  date?: string;
}

export const DEFAULT_DATASET = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/datasets/extraction/trafilatura-en');

export function datasetMissing(dir: string): string | null {
  if (!existsSync(join(dir, 'evaldata-en-subset.json')) || !existsSync(join(dir, 'html'))) {
    return `extraction dataset not found at ${dir} (expected evaldata-en-subset.json and html/); see ../shared/datasets/extraction/trafilatura-en/SOURCE.txt`;
  }
  return null;
}

export function loadGold(dir: string): GoldPage[] {
  const raw = JSON.parse(readFileSync(join(dir, 'evaldata-en-subset.json'), 'utf8')) as Record<string, RawEntry>;
  return Object.entries(raw).map(([url, e]) => ({
    url,
    file: e.file,
    with: e.with ?? [],
    without: e.without ?? [],
    title: e.title?.trim() || null,
    author: (Array.isArray(e.author) ? e.author.join('; ') : e.author)?.trim() || null,
    date: e.date?.trim() || null,
  }));
}

/** The page's bytes, from html/<file> or html/<file>.gz; null when neither exists. */
export function readPage(dir: string, file: string): Uint8Array | null {
  const plain = join(dir, 'html', file);
  if (existsSync(plain)) return readFileSync(plain);
  if (existsSync(`${plain}.gz`)) return gunzipSync(readFileSync(`${plain}.gz`));
  return null;
}
