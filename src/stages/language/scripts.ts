// Writing systems by code point range: a paragraph in Cyrillic or Arabic script needs no n-gram model to be told from
// English, and when it is too short for one its script still names the most likely language.

export type Script = 'latin' | 'cyrillic' | 'arabic' | 'greek' | 'hebrew' | 'devanagari' | 'thai' | 'hangul' | 'kana' | 'han' | 'georgian' | 'armenian';

/** Per script: the languages an n-gram model may choose between, and the one to assume when it cannot. */
export const SCRIPT_LANGUAGES: Record<Script, { candidates: string[]; fallback: string | null }> = {
  latin: { candidates: [], fallback: null },
  cyrillic: { candidates: ['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk'], fallback: 'ru' },
  arabic: { candidates: ['ar', 'fa', 'ur'], fallback: 'ar' },
  greek: { candidates: [], fallback: 'el' },
  hebrew: { candidates: [], fallback: 'he' },
  devanagari: { candidates: ['hi', 'mr', 'ne'], fallback: 'hi' },
  thai: { candidates: [], fallback: 'th' },
  hangul: { candidates: [], fallback: 'ko' },
  kana: { candidates: [], fallback: 'ja' },
  han: { candidates: [], fallback: 'zh' },
  georgian: { candidates: [], fallback: 'ka' },
  armenian: { candidates: [], fallback: 'hy' },
};

const SCRIPTS = Object.keys(SCRIPT_LANGUAGES) as Script[];
const LATIN = 0;
const idOf = (s: Script) => SCRIPTS.indexOf(s);
const [GREEK, CYRILLIC, ARMENIAN, HEBREW, ARABIC, DEVANAGARI, THAI, GEORGIAN, HANGUL, KANA, HAN] = (
  ['greek', 'cyrillic', 'armenian', 'hebrew', 'arabic', 'devanagari', 'thai', 'georgian', 'hangul', 'kana', 'han'] as Script[]
).map(idOf);

/** The script's index in SCRIPTS, or -1 for no letter. */
function scriptOf(c: number): number {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? LATIN : -1;
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return LATIN;
  if (c >= 0x1e00 && c <= 0x1eff) return LATIN;
  if (c >= 0x370 && c <= 0x3ff) return GREEK;
  if (c >= 0x400 && c <= 0x52f) return CYRILLIC;
  if (c >= 0x531 && c <= 0x58f) return ARMENIAN;
  if (c >= 0x5d0 && c <= 0x5ea) return HEBREW;
  if ((c >= 0x620 && c <= 0x64a) || (c >= 0x66e && c <= 0x6d3) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) return ARABIC;
  if (c >= 0x900 && c <= 0x97f) return DEVANAGARI;
  if (c >= 0xe00 && c <= 0xe7f) return THAI;
  if (c >= 0x10a0 && c <= 0x10ff) return GEORGIAN;
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)) return HANGUL;
  if (c >= 0x3040 && c <= 0x30ff) return KANA;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return HAN;
  return -1;
}

// Counting buffers, reused: this runs on every character of every paragraph.
const counts = new Int32Array(SCRIPTS.length);
const order: number[] = [];

/** Letters per script in `text[start, end)`, in the order each script first occurs (as a Map fills). */
export function countScripts(text: string, start = 0, end = text.length): Map<Script, number> {
  counts.fill(0);
  order.length = 0;
  for (let i = start; i < end; i++) {
    const s = scriptOf(text.charCodeAt(i));
    if (s < 0) continue;
    if (counts[s]++ === 0) order.push(s);
  }
  const out = new Map<Script, number>();
  for (const s of order) out.set(SCRIPTS[s], counts[s]);
  return out;
}

/** The script of most letters, with their number and the letters in all scripts. Kana anywhere makes Han text Japanese. */
export function mainScript(counts: Map<Script, number>): { script: Script | null; letters: number; total: number } {
  let script: Script | null = null;
  let letters = 0;
  let total = 0;
  for (const [s, n] of counts) {
    total += n;
    if (n > letters) [script, letters] = [s, n];
  }
  if (script === 'han' && (counts.get('kana') ?? 0) > 0) script = 'kana';
  return { script, letters, total };
}
