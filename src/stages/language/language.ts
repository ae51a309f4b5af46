import { detectAll } from 'tinyld';
import { withLayers, withMessages, withMeta } from '../../core/doc.js';
import { message } from '../../core/messages.js';
import { defineStage } from '../../core/stage.js';
import type { Doc, LanguageSpan, Message } from '../../core/types.js';
import { loadFunctionWords } from './function-words.js';
import { countScripts, mainScript, SCRIPT_LANGUAGES } from './scripts.js';
import { modelVote, paragraphsOf, voteParagraph, type Undecided, type Vote } from './vote.js';

export interface LanguageOptions {
  /** Use this language and skip detection. */
  force?: string;
}

const SOURCE = 'language';
// The n-gram model is the costly part: a document asks it about this many undecided paragraphs at most.
const MODEL_CALLS = 12;
// Below this share of the voting letters the document's language is uncertain, and a page's declared language stands.
const MIN_CONFIDENCE = 0.6;
// A paragraph in another language is kept as a language span when it has this many letters (a sentence, not a name).
const SPAN_MIN_LETTERS = 40;

/**
 * The document language (ISO 639-1): each paragraph votes with its letters (function words for Latin-script prose,
 * the script and the n-gram model otherwise); debris does not vote; the language with most letters wins. Detection
 * wins over the page's declared language when it is confident.
 */
export const language = defineStage<LanguageOptions | undefined>({
  name: 'language',
  requires: [],
  assigns: ['language', 'languages'],
  create(options) {
    const knowledge = loadFunctionWords();
    return function detectLanguage(doc: Doc): Doc {
      if (options?.force) return withMeta(doc, { language: options.force });
      const budget = { modelCalls: MODEL_CALLS };
      const votes: Vote[] = [];
      const undecided: Undecided[] = [];
      for (const p of paragraphsOf(doc.text)) {
        const vote = voteParagraph(doc.text, p, knowledge, budget);
        if (vote && 'lang' in vote) votes.push(vote);
        else if (vote) undecided.push(vote);
      }
      // The model is asked only when the paragraphs it would decide could change the winner.
      if (undecided.length && !settled(votes, undecided)) {
        for (const u of undecided) {
          const vote = modelVote(doc.text, u, knowledge, budget);
          if (vote) votes.push(vote);
        }
        votes.sort((a, b) => a.start - b.start);
      }
      const decided = votes.length ? majority(votes) : fallback(doc.text);
      return decide(doc, decided, votes);
    };
  },
});

interface Decision {
  lang: string;
  confidence: number;
  how: string;
}

/** True when the leader's lead over the runner-up exceeds all the undecided letters. */
function settled(votes: Vote[], undecided: Undecided[]): boolean {
  const letters = lettersByLanguage(votes);
  const [first = 0, second = 0] = [...letters.values()].sort((a, b) => b - a);
  return first - second > undecided.reduce((n, u) => n + u.letters, 0);
}

function lettersByLanguage(votes: Vote[]): Map<string, number> {
  const letters = new Map<string, number>();
  for (const v of votes) letters.set(v.lang, (letters.get(v.lang) ?? 0) + v.letters);
  return letters;
}

/** The language with most voting letters; its share of them is the confidence. */
function majority(votes: Vote[]): Decision {
  const letters = lettersByLanguage(votes);
  const total = votes.reduce((n, v) => n + v.letters, 0);
  let lang = '';
  let most = 0;
  for (const [l, n] of letters) if (n > most) [lang, most] = [l, n];
  return { lang, confidence: most / total, how: `${votes.length} paragraph(s) voted` };
}

/** No paragraph could vote: the script of the whole text, else the model on its start, if it is sure. */
function fallback(text: string): Decision | null {
  const { script, letters } = mainScript(countScripts(text));
  const assumed = script ? SCRIPT_LANGUAGES[script].fallback : null;
  if (assumed && letters >= 2) return { lang: assumed, confidence: 0.5, how: `only ${script} script` };
  if (letters < 12) return null;
  const [best] = detectAll(text.slice(0, 1000));
  return best && best.accuracy >= 0.7 ? { lang: best.lang, confidence: best.accuracy * 0.5, how: 'the n-gram model on little text' } : null;
}

function decide(doc: Doc, decided: Decision | null, votes: Vote[]): Doc {
  const declared = doc.meta.language;
  const messages: Message[] = [];
  if (!decided) {
    if (declared) return doc;
    return withMessages(doc, [message(SOURCE, 'language-unknown', 'warning', 'Too little text to identify the language.')]);
  }
  let lang = decided.lang;
  if (declared && declared !== lang) {
    if (decided.confidence < MIN_CONFIDENCE) lang = declared;
    else {
      messages.push(
        message(SOURCE, 'language-mismatch', 'info', `The page declares "${declared}" but the text reads as "${lang}" (${decided.how}).`, null, { actual: lang, expected: declared }),
      );
    }
  } else if (decided.confidence < MIN_CONFIDENCE) {
    messages.push(message(SOURCE, 'language-uncertain', 'info', `The text reads as "${lang}" with low confidence (${decided.how}, ${(decided.confidence * 100).toFixed(0)}% agree).`));
  }
  const spans: LanguageSpan[] = votes
    .filter((v) => v.lang !== lang && v.letters >= SPAN_MIN_LETTERS)
    .map((v) => ({ start: v.start, end: v.end, language: v.lang, confidence: round(v.confidence) }));
  const out = withLayers(withMeta(doc, { language: lang }), { languages: spans });
  return messages.length ? withMessages(out, messages) : out;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
