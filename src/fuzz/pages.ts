// Hostile pages for the fuzz suite and the size benchmark, built from a seed: an article page (English, Russian or
// Arabic), then one mutation — byte flips, truncation, tag soup, deep nesting, invalid UTF-8, UTF-16, legacy
// character sets with and without a charset, huge pages, binary.
import type { BigKind } from './big-pages.js';
import { Rng } from './rng.js';

const EN = [
  'Zamir Kabulov, the Russian presidential envoy to Afghanistan, said in an interview with RTVI that the United States created ISIS-K.',
  '"American helicopters would suddenly appear and relocate the fighters," he told the channel on Tuesday.',
  'According to Kabulov, NATO officials knew about the flights, a claim the Pentagon has denied.',
  'The Taliban spokesman Zabihullah Mujahid stated that the Islamic Emirate of Afghanistan would never allow terrorists on its soil.',
  'Critics argue that the puppet regime in Kabul was propped up by invaders for twenty years, costing billions of dollars.',
  'Is it a coincidence that the attacks began only after the withdrawal?',
];
const RU = [
  'Министр иностранных дел России Сергей Лавров заявил, что США и НАТО несут ответственность за кризис на Украине.',
  '«Они годами игнорировали наши предложения», — сказал Лавров журналистам в Москве.',
  'По словам Лаврова, санкции против России не дали результата.',
];
const AR = [
  'قال المبعوث الروسي الخاص إلى أفغانستان في مقابلة مع قناة تلفزيونية إن الولايات المتحدة أنشأت التنظيم.',
  'وأضاف أن طائرات مروحية أمريكية نقلت المقاتلين إلى مناطق أخرى.',
];

export type Language = 'en' | 'ru' | 'ar';
const SENTENCES: Record<Language, string[]> = { en: EN, ru: RU, ar: AR };

/** An article page of about `size` characters: a head with metadata, chrome, and paragraphs of prose. */
export function articlePage(size: number, language: Language = 'en', charset: string | null = 'utf-8', seed = 1): string {
  const rng = new Rng(seed);
  const sentences = SENTENCES[language];
  const head = `<!DOCTYPE html><html lang="${language}"><head>${charset ? `<meta charset="${charset}">` : ''}<title>${sentences[0].slice(0, 60)}</title><meta property="og:site_name" content="The Ledger"><meta property="article:published_time" content="2021-10-05T09:30:00Z"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${sentences[0].slice(0, 60)}</h1><div class="byline">By Sara Rahimi</div>`;
  const tail = '</article><footer>© The Ledger. All rights reserved.</footer></body></html>';
  const parts: string[] = [head];
  let length = head.length + tail.length;
  // Never over `size` (a 20 MB page must stay within a 20 MB limit), but at least one paragraph.
  for (;;) {
    const p = `<p>${rng.pick(sentences)} ${rng.pick(sentences)} ${rng.pick(sentences)}</p>\n`;
    if (parts.length > 1 && length + p.length > size) break;
    parts.push(p);
    length += p.length;
  }
  parts.push(tail);
  return parts.join('');
}

export type MutationKind =
  | 'clean' | 'byte-flips' | 'truncated' | 'tag-soup' | 'deep-nesting' | 'deep-unclosed' | 'invalid-utf8' | 'utf16-bom'
  | 'legacy-charset' | 'legacy-no-charset' | 'binary' | 'huge' | 'over-limit' | 'empty' | 'text' | 'entity-storm' | 'one-line';

export interface FuzzPage {
  /** Replays the page: `${seed}:${index}`. */
  id: string;
  kind: MutationKind | BigKind;
  name: string;
  bytes: Uint8Array;
}

export interface MixOptions {
  /** Pages of many megabytes (huge: up to 8 MB; over-limit: 50 MB) are slow: leave them out of short runs. */
  big?: boolean;
  /** Every page a big hostile one of at least this many MB (`bigPage`): the memory runs. */
  minMb?: number;
}

const COMMON: MutationKind[] = ['clean', 'byte-flips', 'byte-flips', 'truncated', 'truncated', 'tag-soup', 'tag-soup', 'invalid-utf8', 'utf16-bom', 'legacy-charset', 'legacy-no-charset', 'binary', 'empty', 'text', 'entity-storm', 'one-line'];

/** Page `index` of the run seeded `seed`. Deep nesting comes once in 200 pages; huge pages once in 5,000 when `big`. */
export function fuzzPage(seed: number, index: number, options: MixOptions = {}): FuzzPage {
  const rng = new Rng((seed * 1_000_003 + index) >>> 0);
  let kind: MutationKind = rng.pick(COMMON);
  if (rng.chance(1 / 200)) kind = rng.pick(['deep-nesting', 'deep-unclosed'] as const);
  if (options.big && rng.chance(1 / 5000)) kind = rng.pick(['huge', 'over-limit'] as const);
  const language = rng.pick(['en', 'en', 'ru', 'ar'] as const);
  const base = articlePage(800 + rng.int(6000), language, 'utf-8', rng.int(1 << 30));
  const id = `${seed}:${index}`;
  const page = (bytes: Uint8Array, name = `fuzz-${index}.html`): FuzzPage => ({ id, kind, name, bytes });
  const utf8 = (s: string) => new TextEncoder().encode(s);
  switch (kind) {
    case 'clean':
      return page(utf8(base));
    case 'byte-flips': {
      const bytes = utf8(base);
      const flips = 1 + rng.int(Math.max(1, bytes.length / 50));
      for (let i = 0; i < flips; i++) bytes[rng.int(bytes.length)] = rng.int(256);
      return page(bytes);
    }
    case 'truncated': {
      const bytes = utf8(base);
      return page(bytes.subarray(0, rng.int(bytes.length)));
    }
    case 'tag-soup':
      return page(utf8(tagSoup(rng, base)));
    case 'deep-nesting':
      return page(utf8(`<html><body>${'<div>'.repeat(100_000)}${base}${'</div>'.repeat(100_000)}</body></html>`));
    case 'deep-unclosed':
      return page(utf8(`<html><body>${rng.pick(['<div>', '<span>', '<blockquote>', '<td>', '<li>', '<a href=x>']).repeat(100_000)}${base}`));
    case 'invalid-utf8': {
      const bytes = Array.from(utf8(base));
      const n = 1 + rng.int(20);
      for (let i = 0; i < n; i++) bytes.splice(rng.int(bytes.length), 0, rng.pick([0xff, 0xfe, 0xc0, 0x80, 0xed, 0xf4, 0xe2]));
      return page(Uint8Array.from(bytes));
    }
    case 'utf16-bom': {
      const le = rng.chance(0.5);
      const body = Buffer.from(base, 'utf16le');
      if (!le) body.swap16();
      return page(Uint8Array.from([...(le ? [0xff, 0xfe] : [0xfe, 0xff]), ...body]));
    }
    case 'legacy-charset':
    case 'legacy-no-charset': {
      const encoding = language === 'ar' ? 'windows-1256' : language === 'ru' ? rng.pick(['windows-1251', 'koi8-r']) : 'windows-1252';
      const html = articlePage(800 + rng.int(6000), language, kind === 'legacy-charset' ? encoding : null, rng.int(1 << 30));
      return page(encodeLegacy(html, encoding));
    }
    case 'binary':
      return page(Uint8Array.from({ length: 1 + rng.int(20_000) }, () => rng.int(256)), rng.pick([`fuzz-${index}.html`, `fuzz-${index}.txt`, `fuzz-${index}.bin`]));
    case 'huge':
      return page(utf8(articlePage((1 + rng.int(8)) * 1024 * 1024, language)));
    case 'over-limit':
      return page(new Uint8Array(50 * 1024 * 1024).fill(0x61));
    case 'empty':
      return page(utf8(rng.pick(['', ' ', '\n\n', '<html></html>', '<html><body></body></html>', '<p></p>', '<!-- -->'])));
    case 'text':
      return page(utf8(base.replace(/<[^>]*>/g, '\n')), `fuzz-${index}.txt`);
    case 'entity-storm':
      return page(utf8(base.replace(/ /g, () => rng.pick(['&nbsp;', '&#x1F600;', '&amp;', '&#0;', '&#xD800;', '&bogus;', ' ']))));
    case 'one-line':
      // One sentence of tens of thousands of characters: no full stop anywhere.
      return page(utf8(`<html><body><p>${base.replace(/<[^>]*>|[.?!]/g, ' ').repeat(1 + rng.int(8))}</p></body></html>`));
    default:
      return page(utf8(base));
  }
}

function tagSoup(rng: Rng, html: string): string {
  const junk = ['<div>', '</div>', '<p>', '</p>', '<table><tr><td>', '</td>', '<script>', '</script>', '<style>', '<!--', '-->', '<![CDATA[', '<svg><math>', '</span>', '<a href="', '">', '<', '>', '&', '<br/>', '<title>', '<noscript>', '<template>', '<iframe>', '<textarea>', '<plaintext>', '<?xml?>', '<!DOCTYPE x>', '"', "'"];
  const parts = html.split(/(?=<)/);
  const out: string[] = [];
  for (const part of parts) {
    if (rng.chance(0.3)) out.push(rng.pick(junk));
    if (!rng.chance(0.1)) out.push(part);
  }
  return out.join('');
}

/** Encodes a string in a single-byte character set (characters it lacks become "?"). */
export function encodeLegacy(text: string, encoding: string): Uint8Array {
  const reverse = legacyTable(encoding);
  // One byte per code point, written straight into the array: spreading a 4 MB page into an array of one-character
  // strings first took 400 MB, more than the fuzz thread's heap (the thread died before reading the page).
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out[n++] = code < 0x80 ? code : reverse.get(ch) ?? 0x3f;
  }
  return out.subarray(0, n);
}

const tables = new Map<string, Map<string, number>>();

function legacyTable(encoding: string): Map<string, number> {
  let table = tables.get(encoding);
  if (!table) {
    const decoder = new TextDecoder(encoding);
    table = new Map();
    for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(new Uint8Array([b])), b);
    tables.set(encoding, table);
  }
  return table;
}
