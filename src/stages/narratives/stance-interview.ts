// Interviews and transcripts give the interviewee's words, not the outlet's: an answer labelled as such ("A: …",
// "Ответ: …", "Antwort: …", "Réponse : …", "ج: …"), a line a speaker heads ("Lavrov: …", "Посол: …"), a dialogue
// line opened by a dash in an article whose dashed lines ask questions ("— Вы считаете …? — США создали …"), and,
// in an article the headline or lead calls an interview, a paragraph answering the question paragraph before it.
import type { Doc, Sentence } from '../../core/types.js';
import { speakerIn } from './headline.js';
import { within, type Reading } from './reading.js';
import type { StanceCue } from './stance-cues.js';

export interface InterviewContext {
  doc: Doc;
  reading: Reading;
  sentences: readonly Sentence[];
  ranges: [number, number][];
  cues: readonly StanceCue[];
}

/** How many words a speaker label heading a line may take before its colon ("Russia's ambassador:"). */
const LABEL_WORDS = 4;
const QUESTION_END = /[?؟]\s*$/u;
// A dialogue dash opening a line (em or en dash; a hyphen opens lists, not speech).
const DIALOGUE_DASH = /^[—–]/u;

type Opener = 'answer' | 'question' | 'dash-answer' | null;

const dialogues = new WeakMap<Reading, boolean>();

/** Whether sentence `index` is an interviewee's answer or a speaker's line of a transcript. */
export function interviewAnswer(ctx: InterviewContext, index: number): boolean {
  const paragraph = ctx.sentences[index].paragraph;
  if (isTitle(ctx, index)) return false;
  let first = index;
  for (let j = index; j >= 0 && ctx.sentences[j].paragraph === paragraph; j--) {
    first = j;
    const kind = opener(ctx, j);
    if (kind === 'question') return false;
    if (kind === 'answer') return true;
    if (kind === 'dash-answer') return askedInDialogue(ctx);
  }
  // An unlabelled answer on a line of its own: the line before, in the same paragraph, ends with a question, in an
  // article that says it is an interview (turns written one a line, with no blank line between them).
  const line = lineOf(ctx, index);
  if (line > first && QUESTION_END.test(text(ctx, line - 1)) && calledInterview(ctx)) return true;
  // An unlabelled answer: the paragraph before ends with a question, in an article that says it is an interview.
  const before = first - 1;
  return before >= 0 && !isTitle(ctx, before) && QUESTION_END.test(text(ctx, before)) && calledInterview(ctx);
}

/**
 * Whether sentence `index` is an interviewer's question: a line a question label or a dialogue dash opens, or a
 * question of an article that calls itself an interview. The question puts the claim to the interviewee; the
 * outlet does not say it ("— Les sanctions ont-elles ruiné l'Europe ?").
 */
export function interviewQuestion(ctx: InterviewContext, index: number): boolean {
  if (isTitle(ctx, index) || !QUESTION_END.test(text(ctx, index))) return false;
  const paragraph = ctx.sentences[index].paragraph;
  for (let j = index; j >= 0 && ctx.sentences[j].paragraph === paragraph; j--) {
    const kind = opener(ctx, j);
    if (kind === 'question') return true;
    if (kind !== null) return false;
  }
  return calledInterview(ctx);
}

function isTitle(ctx: InterviewContext, j: number): boolean {
  return ctx.doc.layers.paragraphs?.[ctx.sentences[j].paragraph]?.kind === 'title';
}

function text(ctx: InterviewContext, j: number): string {
  const s = ctx.sentences[j];
  return ctx.doc.text.slice(s.start, s.end).trim();
}

/** How sentence `j` opens: with a question or answer label, a speaker label, a dialogue dash, or none of them. */
function opener(ctx: InterviewContext, j: number): Opener {
  const [from, to] = ctx.ranges[j];
  const tokens = ctx.reading.tokens;
  const line = text(ctx, j);
  const asks = QUESTION_END.test(line);
  if (DIALOGUE_DASH.test(line) && lineStart(ctx.doc.text, ctx.sentences[j].start)) return asks ? 'question' : 'dash-answer';
  // "Abg. Dr. M. (fraktionslos): …": the segmenter ends a sentence at a title's stop; the label starts the line.
  const head = abbreviatedHead(ctx, j);
  let start = head ?? from;
  while (start < to && !tokens[start].word) start++;
  let colon = -1;
  for (let i = start, words = 0; i < to && words <= LABEL_WORDS; i++) {
    if (tokens[i].raw === ':') {
      colon = i;
      break;
    }
    if (tokens[i].word) words++;
  }
  if (colon <= start) return null;
  const here = within(ctx.cues, start, colon);
  if (here.some((c) => c.kind === 'question-label' && c.from === start)) return 'question';
  if (here.some((c) => c.kind === 'answer-label' && c.from === start)) return 'answer';
  // A speaker heads a transcript line on its own ("Lavrov: …"); "Lavrov said: «…»" is a quote, and the outlet goes on after it.
  if ((head === null && !lineStart(ctx.doc.text, ctx.sentences[j].start)) || here.some((c) => c.kind === 'not-speaker' || c.kind === 'label' || c.kind === 'claim-label' || c.kind === 'report')) return null;
  if (within(ctx.reading.marks, start, colon).some((m) => m.kind === 'report')) return null;
  const speaker = here.some((c) => c.kind === 'speaker-role') || speakerIn(ctx.doc, tokens[start].start, tokens[colon - 1].end, false);
  if (!speaker) return null;
  return asks ? 'question' : 'answer';
}

// A line head of abbreviated titles alone ("Abg.", "Dr.", "Sen.", "M.", "Mme"): what the segmenter cut off a speaker label.
const ABBREVIATIONS = /^(?:\p{L}{1,5}\.\s*)+$/u;

/**
 * The first token of the line of sentence `j` where only abbreviated titles stand before it on that line, in
 * sentences of their own ("Abg." before "Dr. M. (fraktionslos): …"); null otherwise.
 */
function abbreviatedHead(ctx: InterviewContext, j: number): number | null {
  let k = j;
  while (k > 0 && ctx.sentences[k - 1].paragraph === ctx.sentences[j].paragraph && !lineStart(ctx.doc.text, ctx.sentences[k].start) && ABBREVIATIONS.test(text(ctx, k - 1))) k--;
  return k < j && lineStart(ctx.doc.text, ctx.sentences[k].start) ? ctx.ranges[k][0] : null;
}

/** The first sentence of the line that sentence `index` stands on, within its paragraph. */
function lineOf(ctx: InterviewContext, index: number): number {
  const paragraph = ctx.sentences[index].paragraph;
  let j = index;
  while (j > 0 && ctx.sentences[j - 1].paragraph === paragraph && !lineStart(ctx.doc.text, ctx.sentences[j].start)) j--;
  return j;
}

/** The sentence starting at `at` opens its line. */
function lineStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}

/** Some dialogue line of the article asks a question: its dashed lines are an interview, not asides. */
function askedInDialogue(ctx: InterviewContext): boolean {
  let asked = dialogues.get(ctx.reading);
  if (asked === undefined) {
    asked = ctx.sentences.some((s, j) => !isTitle(ctx, j) && DIALOGUE_DASH.test(text(ctx, j)) && lineStart(ctx.doc.text, s.start) && QUESTION_END.test(text(ctx, j)));
    dialogues.set(ctx.reading, asked);
  }
  return asked;
}

/** The headline or the first body sentence calls the piece an interview ("Interview with …", "Интервью", "Entretien", "مقابلة"). */
function calledInterview(ctx: InterviewContext): boolean {
  let body = 0;
  for (let j = 0; j < ctx.sentences.length && body < 1; j++) {
    if (!isTitle(ctx, j)) body++;
    if (within(ctx.cues, ...ctx.ranges[j]).some((c) => c.kind === 'interview')) return true;
  }
  return false;
}
