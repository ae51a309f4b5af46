import type { Paragraph, Span } from '../../core/types.js';
import type { Found } from './found.js';

// Two layouts where the speaker is marked by typography, not by a verb, so the tagger (trained on prose) misses them:
// - transcript turns, "PENCE: Well, look, …" — an upper-case speaker label opening a paragraph, the colon as cue;
// - epigraph lines, "“…” ― Sonya Herridge" — a quotation followed by a dash and the speaker's name, the dash as cue.
// PolNeAR marks both so (Source = label or name, Cue = ":" or the dash, Content = the turn or the quotation).

// An upper-case label of one to four words ("WALLACE", "JAKE TAPPER", "SEN. BROWN"), after an optional opening mark.
const LABEL = /^(["“]?)(\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,3}):[ \t]+(?=\S)/u;
// Section labels of news pages that take the same shape but are no speaker (PolNeAR train has each of these).
const NOT_A_SPEAKER = new Set(
  ('CORRECTION CORRECTIONS UPDATE UPDATED PREVIOUSLY VIDEO WATCH EXCLUSIVE BYLINE EMAIL LOOK BOOM BUSTED BREAKING ' +
    'NOTE EDITOR EDITORS NOTE PHOTO PHOTOS READ MORE RELATED SOURCE SOURCES ANALYSIS OPINION LIVE Q A QUESTION ANSWER TRANSCRIPT')
    .split(' '),
);
// "“…” ― Name" closing a paragraph: a quotation, a dash (horizontal bar, em or en dash), one to six name words.
const EPIGRAPH = /([”"])\s*([―—–])\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|del|la|van|von|y)){0,5})\.?\s*$/u;
const OPENING = /[“"]/;

/**
 * Transcript turns and epigraph attributions in the lines of the body paragraphs. Transcript labels count only where the text
 * has at least two turns (one "NAME:" paragraph is more often a section label than a dialogue).
 */
export function typographicQuotes(text: string, paragraphs: readonly Paragraph[]): Found[] {
  const turns: Found[] = [];
  const epigraphs: Found[] = [];
  for (const p of paragraphs) {
    if (p.kind === 'title') continue;
    // Line by line: pages often set such turns and epigraphs one per line inside one paragraph.
    let at = p.start;
    for (const line of text.slice(p.start, p.end).split('\n')) {
      const turn = turnIn(line, at);
      if (turn) turns.push(turn);
      else {
        const epigraph = epigraphIn(line, at);
        if (epigraph) epigraphs.push(epigraph);
      }
      at += line.length + 1;
    }
  }
  return [...(turns.length >= 2 ? turns : []), ...epigraphs].sort((a, b) => a.content.start - b.content.start);
}

function turnIn(line: string, at: number): Found | null {
  const m = LABEL.exec(line);
  if (!m) return null;
  const label = m[2];
  if (label.replace(/[^\p{Lu}]/gu, '').length < 2 || label.split(' ').some((w) => NOT_A_SPEAKER.has(w.replace(/[.'’]/g, '')))) return null;
  const sourceStart = at + m[1].length;
  const source: Span = { start: sourceStart, end: sourceStart + label.length };
  const content = trimmed(line, at, m[0].length, line.length);
  return content ? { kind: 'direct', content, cue: { start: source.end, end: source.end + 1 }, source, addressee: null } : null;
}

function epigraphIn(line: string, at: number): Found | null {
  const m = EPIGRAPH.exec(line);
  if (!m) return null;
  const close = m.index;
  // The quotation opens at the paragraph's first non-space character and runs to the closing mark.
  const first = line.search(/\S/);
  if (first < 0 || !OPENING.test(line[first]) && line[first] !== '”') return null;
  if (close - first < 10) return null;
  const dash = line.indexOf(m[2], close + 1);
  const nameStart = line.indexOf(m[3], dash + 1);
  // A sentence stop after the last name word is no part of the name ("Carla Sanchez."); an initial keeps its dot.
  const name = /\p{L}{2,}\.$/u.test(m[3]) ? m[3].slice(0, -1) : m[3];
  return {
    kind: 'direct',
    content: { start: at + first, end: at + close + 1 },
    cue: { start: at + dash, end: at + dash + 1 },
    source: { start: at + nameStart, end: at + nameStart + name.length },
    addressee: null,
  };
}

function trimmed(line: string, at: number, from: number, to: number): Span | null {
  while (from < to && /\s/.test(line[from])) from++;
  while (to > from && /\s/.test(line[to - 1])) to--;
  return to > from ? { start: at + from, end: at + to } : null;
}
