// Right-to-left text in a left-to-right line: a terminal (and a Markdown viewer) applies the Unicode bidi algorithm to
// the whole line, so an Arabic outlet name followed by a count shows the count on the wrong side ("3 الإمارة" for
// "الإمارة 3"). First-strong isolates (U+2068 … U+2069) keep each name's direction to itself.

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** The text wrapped in FSI … PDI when it holds right-to-left letters; unchanged otherwise (most names). */
export function isolate(text: string): string {
  return RTL.test(text) ? `\u2068${text}\u2069` : text;
}
