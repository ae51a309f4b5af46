// Where a sentence sits: its debate turn (speaker, first or last line of a turn, after a question) or its place in
// an article. The model reads these as features; a sentence given alone (ClaimBuster, a single test string) has none,
// and the model learnt that case from ClaimBuster's stand-alone sentences.

export interface LineContext {
  /** Share of the transcript's lines spoken by this line's speaker, in [0, 1]: main speakers make the claims. */
  speakerShare?: number;
  /** This speaker's share over the largest speaker's share, in [0, 1]: in a primary debate every candidate's share is small. */
  speakerRank?: number;
  /** Share of this speaker's lines that are questions: moderators and interviewers ask, candidates claim. */
  speakerAsks?: number;
  /** Share of this speaker's lines that address someone by title and name ("Senator Rubio", "Mr. Trump"): with
   * asking, the mark of a moderator, whose lines with numbers quote the candidates rather than claim. */
  speakerAddresses?: number;
  /** Audience reactions and stage directions ("SYSTEM", "AUDIENCE", "(APPLAUSE)"). */
  stage?: boolean;
  /** First and last line of a speaker's turn. */
  turnStart?: boolean;
  turnEnd?: boolean;
  /** Lines in this turn. */
  turnLength?: number;
  /** The previous turn (another speaker) ended with a question: this turn answers it. */
  afterQuestion?: boolean;
  /** Position in the transcript or article, in [0, 1). */
  position?: number;
  /** The line's word count over the transcript's median line's: transcripts are cut into lines differently (a whole
   * answer, a sentence, half a sentence), so a line's length says more against its own transcript's. */
  lengthRatio?: number;
  /** Share of this speaker's lines with a digit or a magnitude word: the speakers who cite figures make the claims. */
  speakerFigures?: number;
  /** The line's index in its turn (0: the turn's first line). */
  turnIndex?: number;
  /** Share of the turn's other lines with a digit or a magnitude word: an answer built on figures. */
  turnFigures?: number;
  /** The neighbouring sentences (same turn or not), for a few of their cues. */
  prev?: string;
  next?: string;
}

export interface Line {
  speaker: string;
  text: string;
}

const QUESTION = /\?\s*["')\]]*\s*$/;
const ADDRESS = /\b(?:Senator|Governor|Secretary|Mr\.?|Mrs\.?|Ms\.?|Congressman|Congresswoman|Mayor|President|Speaker|Leader)\s+[A-Z][a-z]+/;
const STAGE_SPEAKERS = /^(system|audience|unidentified|\(.*\))/i;
const FIGURE = /\d|\b(?:percent|million|billion|trillion|thousand|hundred)\b/i;

/** The context of each line of a transcript, in order. */
export function transcriptContexts(lines: readonly Line[]): LineContext[] {
  const counts = new Map<string, number>();
  const questions = new Map<string, number>();
  const addresses = new Map<string, number>();
  const figures = new Map<string, number>();
  for (const l of lines) {
    if (FIGURE.test(l.text)) figures.set(key(l.speaker), (figures.get(key(l.speaker)) ?? 0) + 1);
    if (ADDRESS.test(l.text)) addresses.set(key(l.speaker), (addresses.get(key(l.speaker)) ?? 0) + 1);
    counts.set(key(l.speaker), (counts.get(key(l.speaker)) ?? 0) + 1);
    if (QUESTION.test(l.text)) questions.set(key(l.speaker), (questions.get(key(l.speaker)) ?? 0) + 1);
  }
  const most = Math.max(1, ...counts.values());
  const words = lines.map((l) => wordCount(l.text));
  const figure = lines.map((l) => FIGURE.test(l.text));
  const median = Math.max(1, [...words].sort((a, b) => a - b)[Math.floor(words.length / 2)] ?? 1);
  // Turns: runs of lines by the same speaker.
  const turnOf: number[] = [];
  const turns: { start: number; end: number }[] = [];
  lines.forEach((l, i) => {
    if (i === 0 || key(l.speaker) !== key(lines[i - 1].speaker)) turns.push({ start: i, end: i + 1 });
    else turns[turns.length - 1].end = i + 1;
    turnOf.push(turns.length - 1);
  });
  return lines.map((l, i) => {
    const turn = turns[turnOf[i]];
    const before = turnOf[i] > 0 ? turns[turnOf[i] - 1] : null;
    return {
      speakerShare: (counts.get(key(l.speaker)) ?? 0) / lines.length,
      speakerRank: (counts.get(key(l.speaker)) ?? 0) / most,
      speakerAsks: (questions.get(key(l.speaker)) ?? 0) / (counts.get(key(l.speaker)) ?? 1),
      speakerAddresses: (addresses.get(key(l.speaker)) ?? 0) / (counts.get(key(l.speaker)) ?? 1),
      stage: STAGE_SPEAKERS.test(l.speaker.trim()) || /^\s*[([].*[)\]]\s*$/.test(l.text),
      turnStart: i === turn.start,
      turnEnd: i === turn.end - 1,
      turnLength: turn.end - turn.start,
      afterQuestion: before !== null && QUESTION.test(lines[before.end - 1].text),
      position: i / lines.length,
      lengthRatio: words[i] / median,
      turnIndex: i - turn.start,
      turnFigures: turn.end - turn.start > 1 ? (countTrue(figure, turn.start, turn.end) - (figure[i] ? 1 : 0)) / (turn.end - turn.start - 1) : 0,
      speakerFigures: (figures.get(key(l.speaker)) ?? 0) / (counts.get(key(l.speaker)) ?? 1),
      prev: i > 0 ? lines[i - 1].text : undefined,
      next: i + 1 < lines.length ? lines[i + 1].text : undefined,
    };
  });
}

/** The context of each sentence of an article: position and neighbours only (no speakers, no turns). */
export function articleContexts(sentences: readonly string[]): LineContext[] {
  return sentences.map((_, i) => ({
    position: i / sentences.length,
    prev: i > 0 ? sentences[i - 1] : undefined,
    next: i + 1 < sentences.length ? sentences[i + 1] : undefined,
  }));
}

function countTrue(flags: readonly boolean[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (flags[i]) n++;
  return n;
}

function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function key(speaker: string): string {
  return speaker.trim().toUpperCase();
}
