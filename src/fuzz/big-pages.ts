// Big hostile pages for the memory runs (`npm run fuzz -- --min-size MB`): every page is megabytes of one hostile
// shape, so a run of them one after another in one thread shows whether memory stays flat. The mix of
// `fuzzPage` meets a big page once in 5,000 pages and then only a clean article; these are the shapes that cost
// memory per byte: many tiny elements (a tree node each), huge attributes, text without spaces, tag soup, deep
// nesting, a legacy charset, binary.
import { Rng } from './rng.js';
import { articlePage, encodeLegacy, type FuzzPage } from './pages.js';

export const BIG_KINDS = ['big-article', 'big-tag-soup', 'big-deep', 'big-tiny-elements', 'big-attributes', 'big-long-line', 'big-windows-1251', 'big-binary'] as const;
export type BigKind = (typeof BIG_KINDS)[number];

/** Largest big page: under the 20 MB input limit, so that every page is read (over it is only a refusal). */
export const MAX_BIG_MB = 19;

/** Page `index` of a big run seeded `seed`: `minMb`…MAX_BIG_MB megabytes (whole MB), of one of BIG_KINDS. */
export function bigPage(seed: number, index: number, minMb: number): FuzzPage & { kind: BigKind } {
  const { kind, size, rng } = plan(seed, index, minMb);
  return { id: `${seed}:${index}`, kind, name: `big-${index}.html`, bytes: bigBytes(kind, size, rng) };
}

/** The kind and size of a big page without building it (to pick pages for a probe). */
export function bigPageKind(seed: number, index: number, minMb: number): { kind: BigKind; size: number } {
  const { kind, size } = plan(seed, index, minMb);
  return { kind, size };
}

function plan(seed: number, index: number, minMb: number): { kind: BigKind; size: number; rng: Rng } {
  const rng = new Rng((seed * 7_000_003 + index * 31 + 17) >>> 0);
  const kind = rng.pick(BIG_KINDS);
  const low = Math.min(Math.max(1, Math.floor(minMb)), MAX_BIG_MB);
  const size = (low + rng.int(MAX_BIG_MB - low + 1)) * 1024 * 1024;
  return { kind, size, rng };
}

function bigBytes(kind: BigKind, size: number, rng: Rng): Uint8Array {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const article = (n: number, lang: 'en' | 'ru' = 'en') => articlePage(n, lang, 'utf-8', rng.int(1 << 30));
  switch (kind) {
    case 'big-article':
      return utf8(article(size));
    case 'big-tag-soup':
      return utf8(fill(size, () => rng.pick(SOUP) + rng.pick(['Officials said the talks would resume. ', 'x', ' ', '&amp;', 'Москва заявила. '])));
    case 'big-deep':
      // Unclosed nesting all the way, then an article: the depth cap must hold over megabytes.
      return utf8(fill(size - 8000, () => rng.pick(['<div>', '<span>', '<li>', '<td>', '<blockquote>'])) + article(7000));
    case 'big-tiny-elements':
      // The most tree nodes a byte can buy: about one element per 7 bytes, and a short article at the end.
      return utf8(`<html><body>${fill(size - 8000, () => rng.pick(['<b>x</b>', '<i></i>', '<a>y</a>', '<br>', '<p>']))}${article(7000)}</body></html>`);
    case 'big-attributes': {
      // A few attributes of megabytes each, on a meta, a div and a link, around a short article.
      const each = Math.floor((size - 8000) / 3) - 50;
      const value = () => 'Q'.repeat(each);
      return utf8(`<html><head><meta name="description" content="${value()}"></head><body><div class="${value()}"><a href="${value()}">x</a></div>${article(7000)}</body></html>`);
    }
    case 'big-long-line':
      // Text without a space or a full stop for megabytes: one word, one sentence.
      return utf8(`<html><body><p>${'Ж'.repeat(Math.floor((size - 100) / 4))}${'w'.repeat(Math.floor((size - 100) / 2))}</p></body></html>`);
    case 'big-windows-1251':
      return encodeLegacy(article(size, 'ru'), 'windows-1251');
    case 'big-binary': {
      const out = new Uint8Array(size);
      for (let i = 0; i < size; i++) out[i] = rng.int(256);
      return out;
    }
  }
}

const SOUP = ['<div>', '</div>', '<p>', '</p>', '<table><tr><td>', '</td>', '<span class="x">', '</span>', '<a href="/x">', '</a>', '<br/>', '<li>', '<!-- c -->', '<', '>', '"', '<b>', '</i>'];

/** Pieces from `next` joined up to `size` characters. */
function fill(size: number, next: () => string): string {
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const p = next();
    parts.push(p);
    length += p.length;
  }
  return parts.join('');
}
