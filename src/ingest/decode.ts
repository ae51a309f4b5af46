// Bytes → string: BOM, then the declared character set (caller override, then <meta> in the first 2 KB of HTML),
// then strict UTF-8, then a byte-frequency guess among common legacy character sets.
import { decodeText } from './windows-1252.js';
import { ClaimtrailError } from '../core/errors.js';
import { message } from '../core/messages.js';
import type { Message } from '../core/types.js';

export interface DecodeOptions {
  name: string;
  /** A character set named by the caller (HTTP header, --encoding); overrides <meta>. */
  declared?: string | null;
  isHtml: boolean;
}

export interface Decoded {
  text: string;
  /** The WHATWG name of the character set used ("utf-8", "windows-1251"). */
  encoding: string;
  /** Notes on how the character set was chosen (unknown labels, guesses). */
  messages: Message[];
}

const SOURCE = 'ingest-decode';

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions): Decoded {
  const messages: Message[] = [];
  const bom = fromBom(bytes);
  if (bom) return { text: decodeText(bytes.subarray(bom.skip), bom.encoding), encoding: bom.encoding, messages };
  assertNotBinary(bytes, opts.name);

  const declared = opts.declared ? resolveLabel(opts.declared, 'given', messages) : null;
  if (declared) return decodeWith(bytes, declared, messages);

  const fromMeta = opts.isHtml ? metaCharset(bytes) : null;
  const metaEncoding = fromMeta ? resolveLabel(fromMeta, 'declared in the page', messages) : null;
  const utf8 = tryUtf8(bytes);
  if (metaEncoding) {
    if (metaEncoding === 'utf-8' && utf8 === null) {
      messages.push(message(SOURCE, 'encoding-declared-invalid', 'warning', 'The page declares UTF-8 but its bytes are not valid UTF-8; guessed the character set instead.'));
      return sniffed(bytes, messages);
    }
    if (metaEncoding !== 'utf-8' && utf8 !== null && hasMultiByte(bytes)) {
      messages.push(message(SOURCE, 'encoding-declared-wrong', 'info', `The page declares ${metaEncoding} but its bytes are valid UTF-8; read it as UTF-8.`));
      return { text: utf8, encoding: 'utf-8', messages };
    }
    return decodeWith(bytes, metaEncoding, messages);
  }
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', messages };
  return sniffed(bytes, messages);
}

function sniffed(bytes: Uint8Array, messages: Message[]): Decoded {
  const encoding = sniffLegacy(bytes);
  messages.push(message(SOURCE, 'encoding-guessed', 'info', `No usable character set declared and not UTF-8; guessed ${encoding} from the byte frequencies.`));
  return decodeWith(bytes, encoding, messages);
}

function decodeWith(bytes: Uint8Array, encoding: string, messages: Message[]): Decoded {
  return { text: decodeText(bytes, encoding), encoding, messages };
}

function fromBom(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  return null;
}

/** NUL bytes in the first KB, or mostly control characters: not text. */
function assertNotBinary(bytes: Uint8Array, name: string): void {
  const head = bytes.subarray(0, 1024);
  let controls = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0) throw new ClaimtrailError('INPUT_BINARY', { input: name, detail: `a NUL byte at offset ${i}` });
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  if (head.length >= 16 && controls / head.length > 0.1) {
    throw new ClaimtrailError('INPUT_BINARY', { input: name, detail: `${Math.round((controls / head.length) * 100)}% control bytes in the first KB` });
  }
}

/** The WHATWG name for a label, or null (with a message) when the label is unknown. */
function resolveLabel(label: string, how: string, messages: Message[]): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    messages.push(message(SOURCE, 'encoding-unknown-label', 'warning', `Unknown character set "${label}" ${how}; guessed from the bytes instead.`, null, { actual: label }));
    return null;
  }
}

const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i;

function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 2048));
  return META_CHARSET.exec(head)?.[1] ?? null;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasMultiByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

// ---- Guessing a legacy single-byte character set ----

interface Candidate {
  encoding: string;
  /** Frequent letters of the languages written in it, most frequent first. */
  frequent: string;
  latin: boolean;
}

const RUSSIAN = 'оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё';
const ARABIC = 'اليمونرتبعهةدفقسكحجأإشصطخذثزضظغءآىئؤ';
const WESTERN = 'éèàüöäñçóáíúâêôßãõïëîûœøåæ';
const CENTRAL = 'ěščřžýáíéůúňťďąęłńóśźżőűăâîșțľĺŕ';

const CANDIDATES: Candidate[] = [
  { encoding: 'windows-1252', frequent: WESTERN, latin: true },
  { encoding: 'iso-8859-2', frequent: CENTRAL, latin: true },
  { encoding: 'windows-1250', frequent: CENTRAL, latin: true },
  { encoding: 'windows-1251', frequent: RUSSIAN, latin: false },
  { encoding: 'koi8-r', frequent: RUSSIAN, latin: false },
  { encoding: 'windows-1256', frequent: ARABIC, latin: false },
];

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const COMMON_PUNCT = '\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00ab\u00bb\u2116\u00a0\u00a9\u00b0\u060c\u061f\u061b';

/**
 * Scores each candidate decoding of the non-ASCII bytes: frequent letters of the candidate's languages score,
 * capitals inside lower-case words, symbols and (for Latin sets) long runs of accented letters cost.
 */
export function sniffLegacy(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 65536);
  let best = CANDIDATES[0].encoding;
  let bestScore = -Infinity;
  for (const candidate of CANDIDATES) {
    const score = scoreDecoding(decodeText(sample, candidate.encoding), candidate);
    if (score > bestScore) {
      bestScore = score;
      best = candidate.encoding;
    }
  }
  return best;
}

function scoreDecoding(text: string, candidate: Candidate): number {
  let score = 0;
  let run = 0;
  let prev = '';
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      run = 0;
      prev = ch;
      continue;
    }
    if (LETTER.test(ch)) {
      const rank = candidate.frequent.indexOf(ch);
      score += rank < 0 ? 0 : rank < 12 ? 2 : 1;
      if (UPPER.test(ch) && LOWER.test(prev)) score -= 2;
      run++;
      if (candidate.latin && run >= 3) score -= 2;
    } else {
      run = 0;
      if (!COMMON_PUNCT.includes(ch)) score -= 2;
    }
    prev = ch;
  }
  return score;
}
