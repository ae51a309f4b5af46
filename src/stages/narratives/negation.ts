// Whether a claim's predicate is negated within its clause. frames.ts sees a negation only right before the
// predicate ("did not create"); a negation further back in the same clause denies it too ("does not equate to a
// direct creation of ISIS by the U.S.", "haben den IS nicht gegründet"), while a comma or a "that" ends its reach
// ("did not hide that it created ISIS" affirms), and "not only" adds rather than denies.
import { within, type Reading } from './reading.js';
import { keySet } from './word-keys.js';

/** `negated`: the outlet's own negation; `denied`: a verb of denial, someone else's ("Kyiv denied that …"). */
export type Negation = 'negated' | 'denied' | null;

/** How many tokens back from the predicate a negation reaches. */
const SCOPE = 10;
// Clause ends: punctuation, subordinators that open a new clause, contrastive conjunctions.
const BOUNDARY_PUNCT = /^[,;:.!?()«»“”"–—]$/u;
const QUOTE_MARK = /^[«»“”"„‘’']$/u;
const BOUNDARY_WORDS = keySet([
  'that', 'which', 'but', 'however', 'although', 'while',
  'что', 'чтобы', 'который', 'которая', 'которые', 'но', 'однако',
  'أن', 'إن', 'بأن', 'لكن', 'بل', 'الذي', 'التي',
  'dass', 'aber', 'sondern', 'doch', 'weil',
  'que', "qu'", 'qui', 'mais', 'pourtant',
]);
// "not only", "nicht nur", "не только", "non seulement", "ليس فقط": an addition, not a denial.
const ONLY = keySet(['only', 'just', 'merely', 'nur', 'только', 'seulement', 'uniquement', 'فقط']);
// "never stopped arming", "не переставали финансировать", "nie aufgehört": a denied stop affirms the predicate.
const STOP = /^(stop|stopped|stops|ceased|cease|quit|перестава|перестал|прекрати|прекращ|aufgeh|aufhör|cess|arrêt|توقف|يتوقف|تتوقف|كف)/u;
// "Not by chance", "не случайно", "nicht zufällig", "ce n'est pas un hasard si", "ليس من قبيل الصدفة": a litotes that
// stresses the claim after it.
const CHANCE = keySet(['chance', 'coincidence', 'accident', 'accidentally', 'coincidentally', 'случайно', 'случайность', 'зря', 'недаром', 'zufällig', 'zufall',
  'umsonst', 'hasard', 'fortuit', 'الصدفة', 'صدفة', 'مصادفة', 'عبثا']);
/** How many words after a negation a chance word turns it into a litotes ("n'est pas UN hasard", "ليس من قبيل الصدفة"). */
const CHANCE_REACH = 3;
// Arabic "ما" is far more often "what" than "not": only the unambiguous particles count here.
const AMBIGUOUS = keySet(['ما']);

export function negationBefore(r: Reading, sentenceFrom: number, predicate: number): Negation {
  const floor = Math.max(sentenceFrom, predicate - SCOPE);
  let boundary = floor;
  for (let i = predicate - 1; i >= floor; i--) {
    const t = r.tokens[i];
    // Scare quotes round the verb itself ("n'a pas « encerclé »", "did not “create”") keep the clause open.
    if (i === predicate - 1 && QUOTE_MARK.test(t.raw)) continue;
    if (BOUNDARY_PUNCT.test(t.raw) || BOUNDARY_WORDS.has(t.keys[0])) {
      boundary = i + 1;
      break;
    }
  }
  let found: Negation = null;
  for (const m of within(r.marks, boundary, predicate)) {
    if (m.kind !== 'negation') continue;
    const next = r.tokens[m.to];
    if (next && ONLY.has(next.keys[0])) continue;
    // Also behind a proclitic: "كما" ("as") is "ما" read without its "ك".
    if (m.to - m.from === 1 && r.tokens[m.from].keys.some((k) => AMBIGUOUS.has(k))) continue;
    if (r.tokens.slice(m.to, predicate).some((t) => t.word && STOP.test(t.keys[0]))) continue;
    if (r.tokens.slice(m.to, Math.min(predicate, m.to + CHANCE_REACH + 1)).some((t) => t.word && CHANCE.has(t.keys[0]))) continue;
    if (m.id === 'negation-denial') found ??= 'denied';
    else found = 'negated';
  }
  return found;
}
