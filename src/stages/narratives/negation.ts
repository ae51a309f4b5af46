// Whether a claim's predicate is negated within its clause. frames.ts sees a negation only right before the
// predicate ("did not create"); a negation further back in the same clause denies it too ("does not equate to a
// direct creation of ISIS by the U.S.", "haben den IS nicht gegründet"), while a comma or a "that" ends its reach
// ("did not hide that it created ISIS" affirms), and "not only" adds rather than denies.
import { within, type Mark, type Reading } from './reading.js';
import type { Token } from './tokens.js';
import { keySet } from './word-keys.js';

/**
 * `negated`: the outlet's own negation; `denied`: a verb of denial, someone else's ("Kyiv denied that …"); `spoken`:
 * a negation in the words of a speaker named before it ("The minister said Poland does not plan …").
 */
export type Negation = 'negated' | 'denied' | 'spoken' | null;

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
// "Never gave up", "n'a jamais renoncé", "nie aufgegeben", "не отказывался": a denied giving-up affirms it too.
const STOP = /^(stop|stopped|stops|ceased|cease|quit|gave|give|abandon|перестава|перестал|прекрати|прекращ|отказ|aufgeh|aufhör|aufgegeben|verzicht|cess|arrêt|renonc|abandonn|توقف|يتوقف|تتوقف|كف|تخل|يتخل)/u;
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

// Litotes of origin: "did not come out of nowhere", "не на пустом месте", "nicht aus dem Nichts", "لم يظهر من فراغ",
// "was not natural": the negation denies the alternative and stresses the claim.
const ORIGIN = keySet(['nowhere', 'vacuum', 'natural', 'nature', 'spontaneous', 'spontaneously', 'стихийным', 'стихийно', 'spontan', 'spontané', 'spontanée', 'spontanés', 'عفويا', 'عفوية', 'ниоткуда', 'пустом', 'естественным', 'естественного', 'естественное', 'nichts', 'natürlich',
  'natürlichen', 'nulle', 'naturel', 'naturelle', 'فراغ', 'العدم', 'الطبيعة', 'طبيعيا', 'طبيعي']);
// "not the Kremlin but Russia", "не Кремль, а Россию", "nicht …, sondern", "لم يكن هجوما، بل مشهدا": the negation corrects,
// and the sentence asserts what follows. "but" and "mais" only without a comma before them (with one they open a new clause).
const CORRECTION = keySet(['rather', 'instead', 'а', 'sondern', 'vielmehr', 'statt', 'anstatt', 'plutôt', 'بل', 'وإنما', 'إنما',
  // "It is not Moscow that moved closer to NATO, it is the reverse": the cleft's correction.
  'reverse', 'наоборот', 'umgekehrt', 'inverse', 'العكس']);
/** How many words before a negation a verb of promising makes it the promise's ("was assured the alliance would not move"). */
const PROMISE_REACH = 5;
const CORRECTION_NO_COMMA = keySet(['but', 'mais', 'لكن', 'ولكن']);
// "Without this coup there would be no war", "Sans ce coup d'État, il n'y aurait pas de guerre": a counterfactual.
const WITHOUT = keySet(['without', 'sans', 'ohne', 'без', 'бы', 'بدون', 'دون', 'لولا']);
// "promised not to expand", "обещал не расширяться", "versprochen, nicht", "promis de ne pas": the promise is someone's.
// Swearing is promising too ("нам клялись, что альянс не сдвинется", "on a juré que", "schworen, dass … nicht", "أقسموا").
const PROMISE = /^(promis|pledg|vow|swor|swear|assur|guarant|обещ|заверя|завери|гарантир|клял|клян|поклял|versproch|versprach|zugesagt|zusich|zugesich|schwor|geschworen|promi|jure|jura|تعهد|وعد|أقسم|اقسم)/u;
// ", and nobody wants to see it": a negation in a clause coordinated after a comma is not the claim's.
const AND = keySet(['and', 'и', 'und', 'et']);
// "will never admit that …", "не признает, что …", "wird nie zugeben, dass …": a negation followed by a complement
// clause governs the verb that introduces the claim, not the claim (a debunk's "not true that" is a verdict cue).
const THAT = keySet(['that', 'что', 'будто', 'dass', 'que', "qu'", 'أن', 'بأن', 'إن']);
// A dash or a semicolon opens another clause: a negation after it is not the claim's ("… – nur will das niemand hören").
const CLAUSE_END = /^[;–—]$/u;
// Relative pronouns: a negation right after one is in a clause that describes a participant ("governments THAT Washington
// does not like", "الحكومات التي لا تروق لواشنطن", "которые не …"), not the claim's own verb.
const RELATIVE = keySet(['which', 'who', 'whom', 'который', 'которая', 'которое', 'которые', 'которых', 'которым', 'qui', 'dont', 'الذي', 'التي', 'الذين', 'welche', 'welcher']);
// Relative pronouns of a clause that describes what an elliptic answer names ("Not Europe, WHOSE economy …").
const DESCRIBING = keySet(['whose', 'which', 'who', 'чья', 'чьё', 'чье', 'чьи', 'чьей', 'чью', 'которой', 'которого', 'которую', 'которая', 'который', 'которые', 'dessen', 'deren',
  'dont', 'qui', 'التي', 'الذي', 'الذين']);
/** How many words an elliptic answer ("Not Europe,", "Не Европе,") may hold before its comma. */
const ANSWER_REACH = 4;

/** The negation that opens the sentence's words (not a verb of denial), if any: where an elliptic answer starts. */
function openingNegation(r: Reading, from: number, to: number): Mark | undefined {
  let first = from;
  while (first < to && !r.tokens[first].word) first++;
  return within(r.marks, first, to).find((m) => m.kind === 'negation' && m.from === first && m.id !== 'negation-denial');
}

/**
 * The sentence opens with an elliptic negated answer and a relative clause describes what it names ("Not Europe, whose
 * economy is being destroyed", "Не Европе, экономику которой …", "Nicht Europa, dessen Wirtschaft …"): the first token
 * of the relative clause, where the claim is; else null. The "not" answers a question, not the claim.
 */
export function answerClause(r: Reading, from: number, to: number): number | null {
  const neg = openingNegation(r, from, to);
  if (!neg) return null;
  for (let i = neg.to, words = 0; i < to && words <= ANSWER_REACH; i++) {
    const t = r.tokens[i];
    if (t.raw === ',' || t.raw === '،') {
      const next = r.tokens.slice(i + 1, Math.min(to, i + 1 + RELATIVE_REACH + 1)).filter((x) => x.word);
      return next.some((x) => DESCRIBING.has(x.keys[0])) ? i + 1 : null;
    }
    if (t.word) words++;
  }
  return null;
}

// "You don't have to be an expert to see …", "Man muss kein Sinologe sein, um zu erkennen", "Не нужно быть экспертом,
// чтобы понять", "Pas besoin d'être expert pour voir", "لا يحتاج المرء أن يكون خبيرا كي يدرك": a negated necessity with
// a purpose clause after it stresses how plain the claim is; it denies nothing.
const NECESSITY = /^(must|need|needs|muss|müss|brauch|нужно|надо|обязательно|необходимо|faut|besoin|يحتاج|تحتاج|يلزم|ضروري|حاجة)/u;
const HAVE = keySet(['have', 'has']);
const PURPOSE = keySet(['to', 'um', 'чтобы', 'pour', 'كي', 'لكي', 'حتى']);
/** How many words from the negation its necessity word may stand ("muss kein", "don't have to", "n'a pas besoin"). */
const NECESSITY_REACH = 2;

function needlessToSee(r: Reading, negFrom: number, negTo: number, to: number): boolean {
  const first = Math.max(0, negFrom - NECESSITY_REACH - 1);
  const near = [...r.tokens.slice(first, negFrom), ...r.tokens.slice(negTo, Math.min(to, negTo + NECESSITY_REACH + 1))];
  // "have to" only after the negation ("do not have to be"): "has no plans to annex" is no necessity.
  const haveTo = r.tokens.slice(negTo, Math.min(to, negTo + NECESSITY_REACH + 1)).some((t, i, list) => HAVE.has(t.keys[0]) && list[i + 1]?.keys[0] === 'to');
  const needWord = (t: Token) => NECESSITY.test(t.raw.toLowerCase()) || NECESSITY.test(t.keys[0]);
  if (!haveTo && !near.some((t) => t.word && needWord(t))) return false;
  // The purpose clause, not the necessity's own complement ("does not need TO annex", "do not have TO be").
  const necessity = (t: Token | undefined) => !!t && (HAVE.has(t.keys[0]) || needWord(t));
  return r.tokens.slice(negTo, to).some((t, i) => t.word && PURPOSE.has(t.keys[0]) && !necessity(r.tokens[negTo + i - 1]));
}

/** The stance cues' "no longer" (data/stance-scope.yml): a denial only right before a known predicate. */
const NO_LONGER = 'negation-no-longer';

/** How many words an answer particle group ("Not really,", "Nicht wirklich,", "Не совсем,") may hold after its negation. */
const PARTICLE_WORDS = 2;

/**
 * The sentence opens with a negated answer particle closed by a comma ("Not really, the sanctions hurt Europe",
 * "Pas vraiment, …", "Не совсем, …"): the first token after the comma, where the answer's own clause is; else null.
 * Its words are lower case, so no name is what the "not" answers ("Not Europe, …" is answerClause's).
 */
export function answerParticle(r: Reading, from: number, to: number): number | null {
  const neg = openingNegation(r, from, to);
  if (!neg) return null;
  for (let i = neg.to, words = 0; i < to && words <= PARTICLE_WORDS; i++) {
    const t = r.tokens[i];
    if (t.raw === ',' || t.raw === '،') return r.tokens.slice(i + 1, to).filter((x) => x.word).length >= 3 ? i + 1 : null;
    if (!t.word) return null;
    if (t.raw !== t.raw.toLowerCase()) return null;
    words++;
  }
  return null;
}

// "No longer": "no longer", "больше не", "nicht mehr", "ne … plus", "لم يعد". With possession after it ("the oil no longer
// belongs to its owners", "لم يعد النفط ملكاً لأصحابه", "gehört nicht mehr den Syrern") it tells a loss, which a claim
// of theft or seizure says itself: no denial.
const LONGER = keySet(['longer', 'больше', 'mehr', 'plus', 'يعد', 'تعد', 'يعودوا']);
const POSSESSION = /^(belong|own|принадлеж|владе|gehör|besitz|eigentum|appart|propriét|ملك|يملك|تملك|لأصحاب|لاصحاب)/u;
/** How many tokens after "no longer" its possession word may stand ("لم يعد النفط السوري ملكاً"; "gehört nicht mehr" puts it two before). */
const LOSS_REACH = 4;

/** The negation from `neg` on says "no longer" with possession: a loss told, not denied. */
function lossTold(r: Reading, negFrom: number, negTo: number, to: number): boolean {
  const around = r.tokens.slice(Math.max(0, negFrom - 1), Math.min(to, negTo + 2)).filter((t) => t.word);
  if (!around.some((t) => LONGER.has(t.keys[0]))) return false;
  return r.tokens.slice(Math.max(0, negFrom - 2), Math.min(to, negTo + LOSS_REACH + 2)).some((t) => t.word && t.keys.some((k) => POSSESSION.test(k)));
}

// Auxiliaries that may stand between a relative "that" and its negation ("that WILL not obey", "that HAVE never …").
const AUXILIARY = keySet(['will', 'would', 'do', 'does', 'did', 'have', 'has', 'had', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'is', 'are', 'was', 'were']);

/**
 * English "that" as the subject of a relative clause, right before its negation with at most an auxiliary between
 * ("governments THAT will not obey", "the same powers THAT never bothered …"), after a main clause's words: the
 * negation describes a participant. A complementiser "that" has a subject of its own before the negation ("said that
 * the US did not …"), so it is not read so.
 */
function subjectThat(r: Reading, from: number, at: number): boolean {
  if (r.language !== 'en') return false;
  let i = at - 1;
  while (i >= from && r.tokens[i].word && AUXILIARY.has(r.tokens[i].keys[0]) && at - i <= 2) i--;
  if (i <= from || r.tokens[i].keys[0] !== 'that') return false;
  // A word before "that" (no comma, no speech verb's object): "the powers that", not "…, that".
  const before = r.tokens[i - 1];
  return !!before && before.word && r.tokens.slice(from, i).filter((t) => t.word).length >= RELATIVE_REACH + 1;
}

/** How many words a relative pronoun may stand before the negation of its clause. */
const RELATIVE_REACH = 2;

/**
 * The negation of a sentence whose claim has no frame, so no known predicate ("Poland does not plan to annex western
 * Ukraine", "Польша не планирует …"): an own-voice negation in its first clause denies the claim, unless it corrects
 * ("not X but Y", "а не"), stresses (litotes of chance or origin, "never stopped"), sits in a counterfactual ("without
 * …") or in someone's promise; a verb of denial is someone else's ("Warsaw denies …").
 */
export function negationInSentence(r: Reading, from: number, to: number): Negation {
  return sentenceNegation(r, from, to).negation;
}

/**
 * `negationInSentence`, with the negation mark that makes it 'negated'; `bears`: whether an own-voice negation bears
 * on the claim (a negation that does not is passed over, and a later one may).
 */
export function sentenceNegation(r: Reading, from: number, to: number, bears: (m: Mark) => boolean = () => true): { negation: Negation; mark?: Mark } {
  let denied = false;
  let spoken = false;
  // Hearsay ("allegedly", "якобы") is the claim's mood, not who speaks.
  const speech = within(r.marks, from, to).filter((m) => m.kind === 'report' && m.id !== 'report-hearsay');
  const words = (a: number, b: number) => r.tokens.slice(Math.max(from, a), Math.min(to, b)).filter((t) => t.word);
  for (const m of within(r.marks, from, to)) {
    if (m.kind !== 'negation') continue;
    if (m.id === 'negation-denial') {
      denied = true;
      continue;
    }
    // Without the claim's predicate, "no longer" in a sentence of several clauses tells what changed as often as it
    // denies ("They no longer govern; they relay orders", "They hate us and they no longer hide it"): only a sentence
    // of one clause is denied by it ("The United States no longer steals Syrian oil").
    if (m.id === NO_LONGER && (r.tokens.slice(from, to).some((t) => /^[;:–—]$/u.test(t.raw)) || words(from, m.from).some((t) => AND.has(t.keys[0])))) continue;
    const next = r.tokens[m.to];
    if (next && ONLY.has(next.keys[0])) continue;
    if (m.to - m.from === 1 && r.tokens[m.from].keys.some((k) => AMBIGUOUS.has(k))) continue;
    if (r.tokens.slice(from, m.from).some((t) => CLAUSE_END.test(t.raw))) continue;
    // "Никакие это не романтики: на Украину перебрасывают кадровых офицеров": a negation before a colon that a clause
    // follows corrects what the outlet goes on to say after it.
    if (colonAfter(r, m.to, to)) continue;
    if (inFrontedClause(r, from, m.from, to) || exception(r, from, m.from) || needlessToSee(r, m.from, m.to, to)) continue;
    if (words(m.from - RELATIVE_REACH, m.from).some((t) => RELATIVE.has(t.keys[0])) && m.from - from > RELATIVE_REACH) continue;
    if (subjectThat(r, from, m.from)) continue;
    // After a speech cue the negation is the speaker's ("A researcher argues that the protests … topple governments
    // that do not …"): someone's words, which the speech cue already makes reported.
    if (speech.some((x) => x.to <= m.from)) {
      spoken = true;
      continue;
    }
    const comma = r.tokens.slice(from, m.from).map((t) => t.raw).lastIndexOf(',');
    if (comma >= 0 && words(from + comma, m.from).some((t) => AND.has(t.keys[0]))) continue;
    const before = r.tokens[m.from - 1];
    if (m.from > from && before && CORRECTION.has(before.keys[0])) continue;
    if (words(m.from - PROMISE_REACH, m.from).some((t) => PROMISE.test(t.keys[0])) || words(from, m.from).some((t) => WITHOUT.has(t.keys[0]))) continue;
    const after = r.tokens.slice(m.to, to);
    if (after.some((t) => t.word && THAT.has(t.keys[0]))) continue;
    const corrected = after.some((t, i) => t.word && (CORRECTION.has(t.keys[0]) || (CORRECTION_NO_COMMA.has(t.keys[0]) && after[i - 1]?.raw !== ',')));
    if (corrected || after.some((t) => t.word && (ORIGIN.has(t.keys[0]) || WITHOUT.has(t.keys[0])))) continue;
    if (words(m.to, m.to + CHANCE_REACH + 1).some((t) => STOP.test(t.keys[0]) || CHANCE.has(t.keys[0]))) continue;
    if (lossTold(r, m.from, m.to, to) || !bears(m)) continue;
    return { negation: 'negated', mark: m };
  }
  return { negation: denied ? 'denied' : spoken ? 'spoken' : null };
}

// What closes the clause a negation stands in: punctuation, a coordinating or contrasting conjunction, a relative pronoun.
const CLAUSE_CLOSE = /^[,;:.!?()–—]$/u;
const CLAUSE_WORDS = keySet(['and', 'or', 'but', 'и', 'или', 'но', 'а', 'und', 'oder', 'aber', 'sondern', 'et', 'ou', 'mais', 'أو', 'لكن', 'بل']);

/**
 * The words a negation without a known predicate bears on (tokens [from, to)): those after it to the end of its clause
 * ("do NOT pay for themselves", "не ПЛАНИРУЕТ аннексировать"); where it closes its clause, as German puts it ("sperrte
 * den Luftraum trotzdem NICHT", "stehlen das Öl nicht mehr"), its whole clause. A negation that sits inside quotation marks ("the 'not one inch'
 * assurances") is someone's words the outlet mentions: it bears on nothing of the outlet's (null).
 */
export function negationScope(r: Reading, from: number, to: number, m: Mark): [number, number] | null {
  if (quoted(r, from, to, m.from)) return null;
  const closes = (t: Token) => CLAUSE_CLOSE.test(t.raw) || QUOTE_MARK.test(t.raw) || (t.word && (CLAUSE_WORDS.has(t.keys[0]) || RELATIVE.has(t.keys[0])));
  let end = m.to;
  while (end < to && !closes(r.tokens[end])) end++;
  // One word after it is a particle or a verb's prefix ("nicht MEHR", "kommt … nicht VOR"): the clause is the scope.
  if (r.tokens.slice(m.to, end).filter((t) => t.word).length > 1) return [m.to, end];
  let start = m.from;
  while (start > from && !closes(r.tokens[start - 1])) start--;
  return [start, end];
}

// A cleft that restates after a negated one ("This is not a policy — it is a persecution", "Это не X — это Y", "Das ist
// kein X, das ist Y", "Ce n'est pas X, c'est Y", "ليس X، إنه Y"): a demonstrative or "it", then a copula.
const CLEFT_SUBJECT = keySet(['it', 'this', 'that', 'they', 'das', 'es', 'c', 'ce', 'cela', 'ça']);
const CLEFT_COPULA = keySet(['is', 's', 'was', 'are', 'ist', 'war', 'sind', 'est', 'était', 'sont']);
// Openers that are the restating cleft on their own: Russian drops the copula ("это"), Arabic joins the pronoun ("إنه").
const CLEFT_ALONE = keySet(['это', 'إنه', 'إنها', 'انه', 'انها']);

/**
 * The clause after a negation's scope (which ends at token `end`) restates with a cleft of its own ("— it is a
 * persecution of a people", "— это травля народа", ", c'est une chasse aux Russes"): the tokens of what it names, to
 * the end of that clause, or null. The outlet sets a milder reading aside to say a stronger one.
 */
export function cleftRestated(r: Reading, end: number, to: number): [number, number] | null {
  if (end >= to || !/^[,;:–—-]$/u.test(r.tokens[end].raw)) return null;
  let i = end + 1;
  while (i < to && !r.tokens[i].word) i++;
  const first = r.tokens[i];
  if (!first) return null;
  let start: number;
  if (CLEFT_ALONE.has(first.keys[0])) start = i + 1;
  else if (CLEFT_SUBJECT.has(first.keys[0])) {
    let j = i + 1;
    while (j < to && !r.tokens[j].word) j++;
    if (j >= to || !CLEFT_COPULA.has(r.tokens[j].keys[0])) return null;
    start = j + 1;
  } else return null;
  let stop = start;
  while (stop < to && !/^[;:.!?–—]$/u.test(r.tokens[stop].raw)) stop++;
  return stop > start ? [start, stop] : null;
}

/** How many words a quoted phrase may hold for a negation inside it to be mentioned, not said ("not one inch"). */
const MENTION_WORDS = 8;

/** Token `at` stands inside a short quoted phrase of the sentence [from, to): an odd number of quotation marks before it. */
function quoted(r: Reading, from: number, to: number, at: number): boolean {
  // Apostrophes are no quotation marks ("n't", "l'Occident").
  const mark = (t: Token) => QUOTE_MARK.test(t.raw) && t.raw !== "'" && t.raw !== '’';
  const before = r.tokens.slice(from, at).filter(mark).length;
  if (before % 2 === 0) return false;
  let open = at - 1;
  while (!mark(r.tokens[open])) open--;
  let close = at;
  while (close < to && !mark(r.tokens[close])) close++;
  return close < to && r.tokens.slice(open + 1, close).filter((t) => t.word).length <= MENTION_WORDS;
}

// Subordinators that open a sentence with a clause of their own before the main one ("When the court issues a warrant
// against a leader it does not like, it becomes …", "Когда …, …", "Wenn …, …", "Lorsque …, …", "وحين …، …").
const SUBORDINATE = keySet(['when', 'whenever', 'if', 'once', 'as', 'since', 'когда', 'если', 'пока', 'раз', 'wenn', 'als', 'sobald', 'falls', 'seit', 'seitdem',
  'quand', 'lorsque', 'si', 'dès', 'depuis', 'عندما', 'حين', 'حينما', 'إذا', 'لما', 'كلما', 'متى', 'لو']);
/** How many words into the sentence its subordinator may stand ("And when …", "Mais quand …"). */
const SUBORDINATE_REACH = 2;

/**
 * The negation at `at` sits in a subordinate clause that opens the sentence and closes on a comma after it: it is
 * that clause's ("when the court targets a leader it does not like, …"), not the main clause's, where the claim is.
 */
function inFrontedClause(r: Reading, from: number, at: number, to: number): boolean {
  const opening = r.tokens.slice(from, at).filter((t) => t.word).slice(0, SUBORDINATE_REACH);
  if (!opening.some((t) => t.keys.some((k) => SUBORDINATE.has(k)))) return false;
  if (r.tokens.slice(from, at).some((t) => t.raw === ',' || t.raw === '،')) return false;
  const rest = r.tokens.slice(at, to);
  const comma = rest.findIndex((t) => t.raw === ',' || t.raw === '،');
  return comma >= 0 && rest.slice(comma + 1).filter((t) => t.word).length >= 2;
}

/**
 * "бомбил кого угодно, только не колонны боевиков", "alles, nur nicht die Kolonnen": a negation after "only" behind
 * a comma excepts one thing from what was said before; it denies nothing of it. ("…, but not ISIS" may well deny.)
 */
function exception(r: Reading, from: number, at: number): boolean {
  const before = r.tokens[at - 1];
  const comma = r.tokens[at - 2];
  return at - 2 >= from && !!before && !!comma && (comma.raw === ',' || comma.raw === '،') && ONLY.has(before.keys[0]);
}

/** How far before a speech cue the negation of "not X, as it claims, but Y" may stand. */
const AS_CLAIMED_REACH = 8;

/**
 * Speech cue [cueFrom, cueTo) stands between a negation and the correction after it: "The US does not defend the
 * island, as it claims, but arms it", "لا تدافع عن الجزيرة كما تزعم، بل تُعدّها", "nicht, wie behauptet, …, sondern":
 * the speech names the account the outlet corrects; what follows the correction is the outlet's own.
 */
export function correctedClaim(r: Reading, from: number, to: number, cueFrom: number, cueTo: number): boolean {
  const negated = within(r.marks, Math.max(from, cueFrom - AS_CLAIMED_REACH), cueFrom).some((m) => m.kind === 'negation' && m.id !== 'negation-denial');
  if (!negated) return false;
  const after = r.tokens.slice(cueTo, to);
  return after.some((t, i) => t.word && (CORRECTION.has(t.keys[0]) || (CORRECTION_NO_COMMA.has(t.keys[0]) && i > 0)));
}

/** How many words after a colon make a clause. */
const COLON_CLAUSE = 3;

/** A colon after token `at`, in the sentence, with a clause of its own after it. */
function colonAfter(r: Reading, at: number, to: number): boolean {
  for (let i = at; i < to; i++) {
    if (r.tokens[i].raw !== ':') continue;
    return r.tokens.slice(i + 1, to).filter((t) => t.word).length >= COLON_CLAUSE;
  }
  return false;
}
