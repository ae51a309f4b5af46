// Bytes → string: BOM, then the declared character set (caller override, then <meta> in the first 2 KB of HTML),
// then UTF-8 (also with a few invalid bytes, replaced and counted), then a byte-frequency guess among legacy character sets.
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

  const declared = opts.declared ? resolveLabel(opts.declared, 'given', messages) : null;
  // UTF-16 without a BOM is full of NUL bytes: named by the caller, it is text, not binary.
  if (declared === 'utf-16le' || declared === 'utf-16be') return decodeWith(bytes, declared, messages);
  assertNotBinary(bytes, opts.name);
  if (declared === 'utf-8') return utf8Lenient(bytes, 'given as UTF-8', messages);
  if (declared) return decodeWith(bytes, declared, messages);

  const fromMeta = opts.isHtml ? metaCharset(bytes) : null;
  const metaEncoding = fromMeta ? resolveLabel(fromMeta, 'declared in the page', messages) : null;
  const utf8 = scanUtf8(bytes);
  if (metaEncoding) {
    if (metaEncoding === 'utf-8') {
      if (isMostlyUtf8(utf8)) return utf8Lenient(bytes, 'declares UTF-8', messages);
      messages.push(message(SOURCE, 'encoding-declared-invalid', 'warning', 'The page declares UTF-8 but most of its non-ASCII bytes are not UTF-8; guessed the character set instead.'));
      return sniffed(bytes, messages);
    }
    if (utf8.valid > 0 && isMostlyUtf8(utf8)) {
      messages.push(message(SOURCE, 'encoding-declared-wrong', 'info', `The page declares ${metaEncoding} but its bytes are UTF-8; read it as UTF-8.`));
      return utf8Lenient(bytes, 'is UTF-8', messages);
    }
    return decodeWith(bytes, metaEncoding, messages);
  }
  if (isMostlyUtf8(utf8)) return utf8Lenient(bytes, 'reads as UTF-8', messages);
  return sniffed(bytes, messages);
}

/**
 * UTF-8 with any invalid bytes replaced by U+FFFD and counted in a warning: a few bad bytes (a truncated copy, one
 * stray Latin-1 character) must not flip the whole document to a legacy character set.
 */
function utf8Lenient(bytes: Uint8Array, how: string, messages: Message[]): Decoded {
  const { invalid } = scanUtf8(bytes);
  if (invalid) {
    messages.push(
      message(SOURCE, 'encoding-invalid-bytes', 'warning', `The input ${how} but has ${invalid} invalid UTF-8 byte${invalid === 1 ? '' : 's'}; read as UTF-8 with each replaced by \uFFFD.`, null, { actual: String(invalid) }),
    );
  }
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', messages };
}

export interface Utf8Scan {
  /** Well-formed multi-byte sequences. */
  valid: number;
  /** Bytes that are not part of a well-formed sequence. */
  invalid: number;
}

/** Counts well-formed multi-byte UTF-8 sequences and stray bytes (overlongs, surrogates and > U+10FFFF count as stray). */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let valid = 0;
  let invalid = 0;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    }
    let ok = need > 0 && i + need < n;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) ok = false;
    }
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** Valid UTF-8, or UTF-8 with a few stray bytes: at most one stray byte per 20 well-formed sequences. */
function isMostlyUtf8(scan: Utf8Scan): boolean {
  return scan.invalid === 0 || (scan.valid >= 1 && scan.invalid * 20 <= scan.valid);
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
