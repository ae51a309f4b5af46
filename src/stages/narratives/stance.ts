// How the article carries a narrative in one sentence: it debunks it (refutes), passes on what someone else said
// (reports), agrees with what it passes on (endorses), or says it itself (asserts). Refutation wins: a debunk
// quotes the claim it debunks, so a verdict in the headline or lead makes every mention of the article a refutation.
import type { Doc, NarrativeStance, Quote, Sentence, Span } from '../../core/types.js';
import { attributedHeadline, labelBefore, speakerIn } from './headline.js';
import { answerClause, answerParticle, cleftRestated, correctedClaim, negationBefore, negationInSentence, negationScope, sentenceNegation, type Negation } from './negation.js';
import { within, type Mark, type Reading } from './reading.js';
import type { UnitMatch } from './score.js';
import { stanceCues, unverifiedCues, withStanceCues, type StanceCue } from './stance-cues.js';
import { isOutlet, someonesQuote } from './stance-quotes.js';
import { keySet } from './word-keys.js';
import { headlineSpeaks, rejectedAfter } from './stance-rejection.js';
import { reportativeMood, reportativeVerb, opens } from './stance-report.js';
import { interviewAnswer, interviewQuestion } from './stance-interview.js';
import { aboutRussia, answersNo, answersRival, judgesRivalsAccount, labelledHeadline, liarIsWest, partyDenial, saidBySomeone, verdictOnRival } from './stance-verdict.js';

export interface StanceContext {
  doc: Doc;
  reading: Reading;
  sentences: readonly Sentence[];
  /** Token range of each sentence. */
  ranges: [number, number][];
  quotes: readonly Quote[];
  /** Worked out on first use: a verdict in the headline or lead makes the article a debunk. */
  debunk?: boolean;
  /** Worked out on first use: the cues of data/stance-cues.yml, and the reading's marks with them. */
  cues?: StanceCue[];
  marks?: Mark[];
  /** Worked out on first use: the first sentence with an agreement cue in the outlet's voice. */
  firstAgreement?: number;
  /** Worked out on first use: the outlet's verification disclaimers (stance-cues.ts `unverifiedCues`). */
  unverified?: StanceCue[];
  /** Worked out with `debunk`: where the only verdicts of the headline and lead are rejections before a colon ("That is a lie: …"), their sentences. */
  colonDebunk?: number[];
  /** Worked out on first use: the sentences that open with a conclusion label and a colon ("Verdict:"), with the token after the colon. */
  conclusions?: { sentence: number; after: number }[];
  /** Per narrative: its example patterns where its claim is a denial (patterns.ts `denials`): the verdict words and negation of a sentence that says it are the claim's. */
  denials?: readonly (readonly number[] | null)[];
  /** How example pattern `pattern` says its claim: with a negation, a verdict word, or neither (patterns.ts); undefined for other patterns. */
  deniesIn?: (pattern: number) => 'negation' | 'verdict' | 'affirms' | undefined;
  /** How many of what example pattern `pattern`'s negation bears on (patterns.ts `denied`) sentence `index` says, and of how many. */
  saysDenied?: (index: number, pattern: number) => [shared: number, of: number];
  /** Whether a sentence says the claim of one of a narrative's examples (claim-keys.ts), not only its topic. */
  saysClaimOf?: (sentence: number, narrative: number) => boolean;
  /** Whether tokens [from, to) say the claim of pattern `pattern`'s example (claim-keys.ts), not only its topic. */
  claimIn?: (from: number, to: number, pattern: number) => boolean;
  /** The example patterns of narrative `narrative` (its own examples, not its title or description). */
  examplesOf?: (narrative: number) => readonly number[];
  /** Whether tokens [from, to) hold a word one of narrative `narrative`'s examples negates itself ("never existed", patterns.ts `negatedKeys`). */
  negatedIn?: (from: number, to: number, narrative: number) => boolean;
  /** What narrative `narrative`'s claim frames act on (their patients' concepts: "isis" for "the US created ISIS"). */
  claimObjects?: (narrative: number) => ReadonlySet<string>;
}

/** The lead: this many body sentences after the headline. */
const LEAD = 2;
/** An endorsement may follow the reported claim by this many sentences ("… С этим трудно не согласиться."). */
const ENDORSE_AFTER = 4;
/**
 * Verdicts that judge only a claim already passed on ("This is wrong", "Nothing could be further from the truth"):
 * in a lead or beside an own-voice claim they are the outlet's opinion of something else ("It is wrong to punish
 * farmers"), so only stance-rejection.ts reads them.
 */
const LATE_VERDICT = 'refute-wrong';
/** Contrastive conjunctions: a claim after one is the outlet's answer to the speech before it. */
const CONTRAST = keySet(['but', 'yet', 'however', 'но', 'однако', 'aber', 'doch', 'sondern', 'mais', 'pourtant', 'cependant', 'لكن', 'ولكن', 'بيد']);
/** How many words after a colon make a clause of their own. */
const COLON_CLAUSE = 3;
/** The share of a sentence a quote must hold to make a claim without a frame someone else's. */
const QUOTE_SHARE = 0.5;

export function stanceOf(ctx: StanceContext, index: number, match: UnitMatch): { stance: NarrativeStance; evidence: Span } {
  const sentence = ctx.sentences[index];
  const [from] = ctx.ranges[index];
  const predicate = match.frame ? match.frame.predicate.from : null;
  const at = predicate !== null ? ctx.reading.tokens[predicate].start : sentence.start;
  ctx.cues ??= stanceCues(ctx.reading, ctx.doc.layers.entities);
  ctx.marks ??= withStanceCues(ctx.reading, ctx.cues);
  const quote = predicate !== null ? ctx.quotes.find((q) => q.content.start <= at && at < q.content.end && theirs(ctx, q)) : quoteOver(ctx, sentence);
  const evidence = quote ? clip(sentence, quote.content, ctx.doc.text) : { start: sentence.start, end: sentence.end };
  ctx.debunk ??= debunkArticle(ctx);
  // A claim that is itself a denial ("Russian hackers are a myth") says its verdict words: in the sentence that says
  // it they are the claim, not the outlet's verdict on it (a verdict elsewhere in the headline or lead still debunks).
  const claimSentence = ctx.denials?.[match.narrative] ? (j: number) => j === index || (ctx.saysClaimOf?.(j, match.narrative) ?? false) : null;
  // "That is a lie: the laboratories were built by the Pentagon": the verdict rejects the rival's account and the
  // claim after the colon is the outlet's answer, so a lead that holds only such a verdict is no debunk of that claim.
  // Only a claim met in an example that says verdict words has them in the headline or lead: one met in a negating
  // example ("The Kremlin had nothing to do with the death of Prigozhin") says none, so a headline verdict on the rival
  // account ("why the accident theory does not convince") still debunks it where the headline names the crash.
  // (A title or description met is read as the narrative's negating examples are.)
  const metNegation = (ctx.deniesIn?.(match.pattern) ?? (negationDenial(ctx, match.narrative) ? 'negation' : undefined)) === 'negation';
  const verdictClaim = claimSentence && !metNegation ? claimSentence : null;
  // A denial narrative calls the account it denies a lie or says its own verdict word ("Cheonan : quinze ans de
  // mensonge d'État", "a crude forgery" where an example says "fabricated"): such words in the headline or lead say
  // the denial, they debunk nothing; a fact-check's "false", "no evidence", "does not convince" still does.
  const rivalLie = ctx.denials?.[match.narrative] ? (m: Mark) => m.id === 'refute-lie' || claimWord(ctx, m, match) : null;
  const debunk =
    ctx.debunk &&
    !(ctx.colonDebunk?.length === 1 && ctx.colonDebunk[0] === index && claimAfterColon(ctx, index, predicate)) &&
    !(verdictClaim && !debunkArticle({ ...ctx, colonDebunk: undefined }, verdictClaim, match.pattern)) &&
    !(rivalLie && !debunkArticle({ ...ctx, colonDebunk: undefined }, undefined, undefined, rivalLie));
  // frames.ts marks a negation right before the predicate; this looks through the whole clause, and tells the
  // outlet's "not" from someone's denial.
  // With the stance cues' marks: a negation inside "no doubt", "nothing but", "months, not decades" denies nothing.
  const withCues = { ...ctx.reading, marks: ctx.marks };
  const read = (predicate !== null ? negationBefore(withCues, from, predicate) : framelessNegation(ctx, withCues, index, match.pattern, match.narrative)) ?? (denyingSubject(ctx, index, match.pattern) ? 'negated' : null);
  // Indirect speech carried on ("…, sagte Lawrow. Die Vorherrschaft des Dollars sei nicht mehr zu halten."): its negation is the speaker's.
  const spoken = read === 'negated' && predicate === null && carriesSpeech(ctx, index) ? 'spoken' : read;
  // "Who benefits from the sanctions? Not Europe, whose economy is being destroyed": the "not" answers the question;
  // only a negation in the relative clause, where the claim is, counts.
  const answered = spoken === 'negated' && answersQuestion(ctx, index) ? answerNegation(ctx, withCues, index, predicate) : spoken;
  // A denial narrative's claim says its own negation. (Keeping a negation where the example met says its claim
  // without one, "He died of natural causes", was tried: examples deny in other words too, "the stories were
  // fabricated", and a new writer's "No genocide took place" then read as refuting.)
  const exampleDenies = claimSentence && negationDenial(ctx, match.narrative) ? ctx.deniesIn?.(match.pattern) : undefined;
  // Whoever says it: a speaker's "the army committed no genocide" before a court is the claim reported, not experts denying it.
  const negation = claimSentence && (answered === 'negated' || answered === 'spoken') ? null : answered;
  if (debunk || negation === 'negated' || (claimSentence !== null && deniesVerdict(marks(ctx, index))) || rejectsBelief(ctx, index) || refuted(ctx, index, predicate, claimSentence, match) || (negation === 'spoken' && expertsDeny(ctx, index)) || answeredNo(ctx, index) || concludedFalse(ctx, claimSentence, match)) {
    return { stance: 'refutes', evidence };
  }
  const reported =
    !!quote ||
    negation === 'denied' ||
    attributedHeadline({ doc: ctx.doc, reading: ctx.reading, marks: ctx.marks, cues: ctx.cues, topic: ctx.claimObjects?.(match.narrative) }, sentence, ctx.ranges[index]) ||
    reportedSpeech(ctx, index, predicate, claimSentence !== null) ||
    (match.frame !== null && reportativeVerb(ctx.reading, match.frame.predicate)) ||
    attributedAfter(ctx, index) ||
    claimLabelled(ctx, index) ||
    inViewOf(ctx, index) ||
    introduced(ctx, index) ||
    continuesReport(ctx, index) ||
    finding(ctx, index, predicate) ||
    questionHeadline(ctx, index) ||
    interviewAnswer({ ...ctx, cues: ctx.cues ?? [] }, index) ||
    interviewQuestion({ ...ctx, cues: ctx.cues ?? [] }, index) ||
    unverifiedIn(ctx, index);
  // The outlet says, in its own words, what a denying example denies: "Srebrenica was a genocide" against "Srebrenica
  // was not a genocide", "The Kremlin had him killed" against "The Kremlin had nothing to do with his death".
  // It must say what the negation bears on (two of its words, or its only one): "The Iranian drone story was made up
  // in Washington" meets "Iran never supplied drones" on "drones" alone, and says the denial in other words.
  // Any negation word counts here, even one the stance cues drop ("Grenades, not Moscow" says the example's own contrast).
  const [from_, to_] = ctx.ranges[index];
  // Words in quotation marks are mentioned, not said ("громкие заявления о «заговоре ГРУ»").
  const deniesAnything =
    marks(ctx, index).some((m) => m.kind === 'refute') ||
    within(ctx.reading.marks, from_, to_).some((m) => m.kind === 'negation') ||
    ctx.reading.tokens.slice(from_, to_).some((t) => QUOTE_MARK.test(t.raw) && t.raw !== "'" && t.raw !== '’');
  if (!reported && exampleDenies === 'negation' && !deniesAnything && saysWhatIsDenied(ctx, index, match.pattern)) {
    return { stance: 'refutes', evidence };
  }
  // Someone's claim that the article rejects further on (a verdict, the facts set against it) is debunked.
  // Says the claim again, and denies none of it ("In reality the virus was found in Wuhan and no laboratory link was shown" rejects it).
  // A denial narrative's claim says its own negation: "The truth is simpler: the massacre did not happen" after "The
  // 'Rape of Nanking' was born as wartime propaganda" restates the denial (any of its examples), it rejects nothing.
  const restates = (from: number, to: number) => {
    if (!claimSentence) return saysClaim(ctx, from, to, match.pattern) && !denies(ctx, from, to);
    const j = ctx.ranges.findIndex(([f, t]) => f === from && t === to);
    return saysClaim(ctx, from, to, match.pattern) || (j >= 0 && claimSentence(j));
  };
  const verdictOn = (m: Mark, list: Mark[]) => ownRefutation(ctx, list, m) && !claimWord(ctx, m, match);
  // A sentence that agrees gives reasons for agreeing, whatever contrast opens it ("The truth is that Moscow is right").
  // Not one a verdict opens or shares words with ("There is no indication that this is true", "Das stimmt nicht").
  const agreeing = (list: Mark[]) => list.some((x) => x.kind === 'endorse' && agrees(ctx, x) && !list.some((r) => r.kind === 'refute' && r.from < x.to));
  if (reported && rejectedAfter(ctx, index, match.frame?.predicate.cls ?? null, verdictOn, restates, agreeing)) return { stance: 'refutes', evidence };
  if (endorsed(ctx, index, reported)) return { stance: 'endorses', evidence };
  return { stance: reported ? 'reports' : 'asserts', evidence };
}

/** Some example of the narrative says its claim with a negation (patterns.ts `negative`). */
function negationDenial(ctx: StanceContext, narrative: number): boolean {
  return (ctx.examplesOf?.(narrative) ?? []).some((p) => ctx.deniesIn?.(p) === 'negation');
}

function saysWhatIsDenied(ctx: StanceContext, index: number, pattern: number): boolean {
  const [shared, of] = ctx.saysDenied?.(index, pattern) ?? [0, 0];
  return of > 0 && shared >= Math.min(2, of);
}

/**
 * The sentence says the claim inside the outlet's verification disclaimer ("No independent confirmation of Ukrainian
 * arms deliveries to the rebels has emerged", "Независимых подтверждений поставок … не поступало"): it passes the
 * claim on without vouching for it.
 */
function unverifiedIn(ctx: StanceContext, index: number): boolean {
  const [from, to] = ctx.ranges[index];
  ctx.unverified ??= unverifiedCues(ctx.reading, ctx.cues ?? []);
  return ctx.unverified.some((c) => c.from >= from && c.to <= to);
}

/**
 * The negation of a sentence whose claim has no frame: the outlet's "not" denies the claim only where the words it
 * bears on say it (negation.ts `negationScope`, claim-keys.ts): "Poland does NOT plan to annex western Ukraine" denies
 * the annexation, while "yachts moored in Monaco do not pay for themselves", "governments that will not obey" or
 * "sperrte den Luftraum trotzdem nicht" deny a detail the outlet sets beside its claim, and a quoted "not one inch"
 * is words it mentions.
 */
function framelessNegation(ctx: StanceContext, withCues: Reading, index: number, pattern: number, narrative: number): Negation {
  const [from, to] = ctx.ranges[index];
  const bears = (m: Mark) => {
    const scope = negationScope(withCues, from, to, m);
    if (!scope || (ctx.claimIn && !ctx.claimIn(scope[0], scope[1], pattern))) return false;
    // "A Ukrainian state never existed before 1919" for "Ukraine never existed as a nation": the example negates the
    // same word, so the negation is the claim's, not the outlet's denial of it.
    if (ctx.negatedIn?.(scope[0], scope[1], narrative)) return false;
    // "This is not a policy against one government — it is the persecution of a people": the cleft after the negated
    // one says the claim, the negation only sets a milder reading aside.
    const restated = cleftRestated(withCues, scope[1], to);
    return !(restated && ctx.claimIn?.(restated[0], restated[1], pattern));
  };
  return sentenceNegation(withCues, from, to, bears).negation;
}

/** Denying determiners that open a subject and deny its whole clause where the verb carries no negation of its own (English, German). */
const DENYING_SUBJECT = keySet(['no', 'none', 'nothing', 'kein', 'keine', 'keiner', 'keinen', 'nichts']);

/**
 * The sentence's subject opens with a denying determiner and the clause after it says the claim: "No government has
 * proposed placing the Amazon under foreign control", "Keine Regierung hat vorgeschlagen, …", also after an answer
 * ("No. No government has …"). English and German deny with the determiner alone, so no negation mark stands in the
 * clause (Russian, French and Arabic add one to the verb: "ни одно правительство не…", "aucun gouvernement n'a…").
 * "No wonder …", "Nothing but …" (not-negation cues) deny nothing.
 */
function denyingSubject(ctx: StanceContext, index: number, pattern: number): boolean {
  const [from, to] = ctx.ranges[index];
  const tokens = ctx.reading.tokens;
  let start = from;
  while (start < to && !tokens[start].word) start++;
  // "No." or "No," answering the question before: the clause after it is the sentence's own.
  const no = within(ctx.cues ?? [], start, to).find((c) => c.kind === 'answer-no' && c.from === start);
  if (no && /^[.,!]$/u.test(tokens[no.to]?.raw ?? '')) for (start = no.to; start < to && !tokens[start].word; ) start++;
  const first = tokens[start];
  if (!first || !DENYING_SUBJECT.has(first.keys[0]) || !tokens[start + 1]?.word) return false;
  if (within(ctx.cues ?? [], start, to).some((c) => c.kind === 'not-negation' && c.from <= start)) return false;
  return saysClaim(ctx, start + 1, to, pattern);
}

/**
 * The sentence opens with a generic believer ("Whoever believes …", "Wer glaubt, …", "Кто думает, что …", "Quiconque
 * croit …"): it rejects what anyone who believes it holds ("… has not looked"), in the outlet's voice.
 */
export function rejectsBelief(ctx: StanceContext, index: number): boolean {
  const [from, to] = ctx.ranges[index];
  ctx.cues ??= stanceCues(ctx.reading, ctx.doc.layers.entities);
  let start = from;
  while (start < to && !ctx.reading.tokens[start].word) start++;
  return within(ctx.cues, start, to).some((c) => c.kind === 'believer' && c.from === start);
}

/** The sentence before, in the same paragraph, asks a question. */
function answersQuestion(ctx: StanceContext, index: number): boolean {
  const prev = ctx.sentences[index - 1];
  return !!prev && prev.paragraph === ctx.sentences[index].paragraph && /[?؟]\s*$/u.test(ctx.doc.text.slice(prev.start, prev.end));
}

/** The negation of a sentence that answers a question elliptically ("Not Europe, whose …"): that of its relative clause. */
function answerNegation(ctx: StanceContext, withCues: Reading, index: number, predicate: number | null): Negation {
  const [from, to] = ctx.ranges[index];
  // "Did the sanctions work? Not really, Europe paid for them": the particle answers the question; the clause after it says what it says.
  const clause = answerClause(withCues, from, to) ?? answerParticle(withCues, from, to);
  if (clause === null) return 'negated';
  if (predicate !== null) return predicate >= clause ? negationBefore(withCues, clause, predicate) : 'negated';
  return negationInSentence(withCues, clause, to);
}

/**
 * Someone's quote, unless it is a headline's words after a topic label the quotes layer took for their speaker
 * ("Affaire Skripal : le grand théâtre de Salisbury").
 */
function theirs(ctx: StanceContext, q: Quote): boolean {
  if (!someonesQuote(ctx.doc, q)) return false;
  const i = ctx.sentences.findIndex((s) => s.start <= q.content.start && q.content.start < s.end);
  if (i < 0 || ctx.doc.layers.paragraphs?.[ctx.sentences[i].paragraph]?.kind !== 'title') return true;
  const colon = ctx.doc.text.lastIndexOf(':', q.content.start);
  if (colon < ctx.sentences[i].start) return true;
  return !labelBefore({ doc: ctx.doc, reading: ctx.reading, marks: ctx.marks ?? ctx.reading.marks, cues: ctx.cues ?? [] }, ctx.ranges[i], colon);
}

/**
 * Without a claim frame the claim's place in the sentence is unknown: a quote of someone else's holding most of the
 * sentence ("… remarked that hostility towards everything Russian has become the creed of Western capitals") is theirs.
 */
function quoteOver(ctx: StanceContext, sentence: Sentence): Quote | undefined {
  const length = sentence.end - sentence.start;
  // The overlap first: whose a quote is (theirs) is the costlier question, and most quotes are far from the sentence.
  return ctx.quotes.find((q) => Math.min(q.content.end, sentence.end) - Math.max(q.content.start, sentence.start) >= QUOTE_SHARE * length && theirs(ctx, q));
}

/**
 * The sentence states what an inquiry, a court or a report found ("The investigation concluded that …", "Der Bericht
 * ergab, dass …"): the finding is theirs, passed on, not said in the outlet's voice. The finder comes before its
 * verb, and both before the claim where its place is known.
 */
function finding(ctx: StanceContext, index: number, predicate: number | null): boolean {
  const [from, to] = ctx.ranges[index];
  const end = predicate ?? to;
  const here = within(ctx.cues ?? [], from, end);
  const agent = here.find((c) => c.kind === 'finding-agent');
  return !!agent && here.some((c) => c.kind === 'finding-verb' && c.from >= agent.to);
}

/**
 * The negation is in the words of historians, investigators, a report ("Historians say the US did not create ISIS",
 * "Эксперты утверждают, что …не…"): their verdict on the claim, as where they reject it (stance-rejection.ts), unless
 * the headline gives the claim to a speaker, where they are one more voice of a news report.
 */
function expertsDeny(ctx: StanceContext, index: number): boolean {
  const [from, to] = ctx.ranges[index];
  return within(ctx.cues ?? [], from, to).some((c) => c.kind === 'finding-agent') && !headlineSpeaks(ctx);
}

/**
 * The claim is asked and the next sentence answers no: "The United States created ISIS? No. …", "США создали ИГИЛ?
 * Нет.", "Haben die USA den IS gegründet? Nein, …", "لا،" (answer-no cues followed by a stop or a comma).
 */
function answeredNo(ctx: StanceContext, index: number): boolean {
  const s = ctx.sentences[index];
  if (index + 1 >= ctx.sentences.length || !/[?؟]\s*$/u.test(ctx.doc.text.slice(s.start, s.end))) return false;
  const [from, to] = ctx.ranges[index + 1];
  const tokens = ctx.reading.tokens;
  let start = from;
  while (start < to && !tokens[start].word) start++;
  const no = within(ctx.cues ?? [], start, to).find((c) => c.kind === 'answer-no' && c.from === start);
  return !!no && /^[.,!،]$/u.test(tokens[no.to]?.raw ?? '');
}

/**
 * A headline that asks ("Did the US create ISIS?", "Haben die USA den IS gegründet?") puts the claim up for examination.
 * One that asks who, why or how ("Who is really paying for the embargo?") takes its claim as given and lets the body
 * answer it: it puts nothing up for examination, and gives nobody's words.
 */
function questionHeadline(ctx: StanceContext, index: number): boolean {
  const s = ctx.sentences[index];
  if (ctx.doc.layers.paragraphs?.[s.paragraph]?.kind !== 'title' || !/[?؟]\s*$/u.test(ctx.doc.text.slice(s.start, s.end))) return false;
  const [from, to] = ctx.ranges[index];
  // "Post: Why do they hate everything Russian?", "Analyse : pourquoi …": the question opens after a label's colon.
  const tokens = ctx.reading.tokens.slice(from, to);
  const colon = tokens.findIndex((t) => t.raw === ':');
  const start = colon >= 0 && tokens.slice(0, colon).filter((t) => t.word).length <= LABEL_WORDS ? colon + 1 : 0;
  const first = tokens.slice(start).find((t) => t.word);
  return !first || !first.keys.some((k) => WH[ctx.reading.language]?.has(k));
}

/** How many words a label before a headline's colon may have ("Post:", "Analyse :", "Fact check:"). */
const LABEL_WORDS = 3;

// Question words that open a question about who, why, how or what, not whether (per language: English "was" is no "what").
const WH: Record<string, ReadonlySet<string>> = {
  en: keySet(['who', 'whom', 'whose', 'why', 'how', 'what', 'which']),
  ru: keySet(['кто', 'кому', 'кого', 'чей', 'чьи', 'почему', 'зачем', 'как', 'отчего']),
  de: keySet(['wer', 'wem', 'wen', 'wessen', 'warum', 'wieso', 'weshalb', 'wie', 'was']),
  fr: keySet(['qui', 'pourquoi', 'comment', 'quoi']),
  ar: keySet(['من', 'لماذا', 'كيف', 'ماذا', 'لمن']),
};

/**
 * The sentence before ends with a colon and says whose words follow ("A post shared 20,000 times reads:", "Der
 * Kanal schrieb:"): a pasted post or quote is theirs even where the quotes layer found no speaker.
 */
function introduced(ctx: StanceContext, index: number): boolean {
  const prev = index - 1;
  if (prev < 0) return false;
  const [from, to] = ctx.ranges[prev];
  let last = to - 1;
  while (last >= from && !ctx.reading.tokens[last].word && ctx.reading.tokens[last].raw !== ':') last--;
  if (last < from || ctx.reading.tokens[last].raw !== ':') return false;
  return marks(ctx, prev).some((m) => m.kind === 'report') || within(ctx.cues ?? [], from, to).some((c) => c.kind === 'claim-noun' || c.kind === 'claim-label');
}

/** How many tokens "For Moscow," may take before its comma. */
const VIEW_OF_REACH = 6;

/**
 * The sentence opens with whose view it gives: "For the Kremlin, …", "Pour le ministre, …", "Für Lawrow, …", "Для Кремля, …",
 * "بالنسبة للكرملين، …" (a person or an organisation named right after, then a comma): the claim is theirs.
 */
function inViewOf(ctx: StanceContext, index: number): boolean {
  const [from, to] = ctx.ranges[index];
  const tokens = ctx.reading.tokens;
  let start = from;
  while (start < to && !tokens[start].word) start++;
  const cue = within(ctx.cues ?? [], start, to).find((c) => c.kind === 'view-of' && c.from === start);
  if (!cue) return false;
  const end = Math.min(to, cue.to + VIEW_OF_REACH);
  const comma = tokens.slice(cue.to, end).findIndex((t) => t.raw === ',' || t.raw === '،');
  if (comma <= 0) return false;
  // People and organisations only: "For Europe, the sanctions were a disaster" names whom it concerns, not who says it.
  // A role names a person too ("Pour l'ambassadeur russe, …", "For the minister, …").
  const role = within(ctx.cues ?? [], cue.to, cue.to + comma).some((c) => c.kind === 'speaker-role');
  return role || speakerIn(ctx.doc, tokens[cue.to].start, tokens[cue.to + comma - 1].end, false);
}

/** A fact-check's claim label opens the sentence before a colon ("Claim: …", "Утверждение: …", "الادعاء: …"): put up for examination. */
function claimLabelled(ctx: StanceContext, index: number): boolean {
  const [from, to] = ctx.ranges[index];
  let start = from;
  while (start < to && !ctx.reading.tokens[start].word) start++;
  const label = within(ctx.cues ?? [], start, to).find((c) => c.kind === 'claim-label' && c.from === start);
  return !!label && ctx.reading.tokens[label.to]?.raw === ':';
}

/**
 * Indirect speech carried on past its cue: the sentence before, in the same paragraph, gives someone's words and
 * this one keeps their mood ("Warschau bereite die Besetzung vor, erklärte er. Polnische Truppen stünden bereit.").
 */
function continuesReport(ctx: StanceContext, index: number): boolean {
  const prev = index - 1;
  if (prev < 0 || ctx.sentences[prev].paragraph !== ctx.sentences[index].paragraph) return false;
  if (!marks(ctx, prev).some((m) => m.kind === 'report')) return false;
  return reportativeMood(ctx.reading, ...ctx.ranges[index]);
}

/** The sentence goes on with the words of a speaker of the sentence before: in their mood, or with hearsay ("sei"). */
function carriesSpeech(ctx: StanceContext, index: number): boolean {
  if (continuesReport(ctx, index)) return true;
  const prev = index - 1;
  if (prev < 0 || ctx.sentences[prev].paragraph !== ctx.sentences[index].paragraph) return false;
  return marks(ctx, prev).some((m) => m.kind === 'report') && marks(ctx, index).some((m) => m.id === 'report-hearsay');
}

/** The next sentence of the paragraph opens with an attribution of this one ("Об этом заявил Лавров", "جاء ذلك في …"). */
function attributedAfter(ctx: StanceContext, index: number): boolean {
  const next = index + 1;
  if (next >= ctx.sentences.length || ctx.sentences[next].paragraph !== ctx.sentences[index].paragraph) return false;
  return opens(ctx.cues ?? [], 'report-back', ...ctx.ranges[next]);
}

/** The stance marks of a sentence: the reading's and those of data/stance-cues.yml. */
function marks(ctx: StanceContext, index: number): Mark[] {
  const [from, to] = ctx.ranges[index];
  return within(ctx.marks ?? ctx.reading.marks, from, to);
}

/**
 * A refutation cue in the outlet's voice: not after a speech cue of its sentence ("Kyiv called it propaganda" is
 * a reply it reports), not itself negated ("it is not a myth") and not a verdict on the West's claims ("the lies of
 * the Western media"), except "without evidence", which is always the outlet's aside.
 */
function ownRefutation(ctx: StanceContext, list: Mark[], m: Mark): boolean {
  if (m.kind !== 'refute') return false;
  if (m.id === 'refute-unsupported') return true;
  const cues = ctx.cues ?? [];
  if (m.id === 'refute-lie' && liarIsWest(ctx.reading, cues, m)) return false;
  if (m.id === 'refute-distance' && aboutRussia(ctx.reading, cues, m)) return false;
  if (m.id === 'refute-debunk' && verdictOnRival(ctx.reading, cues, m)) return false;
  if (m.id === 'refute-debunk' && attributeOfThing(ctx.reading, cues, m)) return false;
  if (m.id !== 'refute-facts' && judgesRivalsAccount(ctx.reading, cues, m)) return false;
  if (m.id === 'refute-facts' && answersRival(ctx.reading, ctx.marks ?? ctx.reading.marks, previousStart(ctx, m.from), m)) return false;
  if (saidBySomeone(list, cues, m, ctx.reading)) return false;
  // After an agreement in its sentence a verdict is the reason the outlet gives for agreeing ("Moscow is entirely
  // right: … nobody has produced a single piece of evidence"), set against the rival's account, not the claim.
  if (list.some((x) => x.kind === 'endorse' && x.to <= m.from && agrees(ctx, x))) return false;
  if (titleOfWork(ctx.reading, cues, m)) return false;
  if (partyDenial(ctx.reading, cues, m)) return false;
  // "Die USA hätten den IS gegründet, sagte er. Washington habe die Gegenbeweise erfunden.": a sentence that carries
  // on the speaker's indirect speech gives their verdicts, not the outlet's.
  const at = ctx.ranges.findIndex(([from, to]) => from <= m.from && m.from < to);
  if (at >= 0 && carriesSpeech(ctx, at)) return false;
  // A comma between closes the negation's clause ("…, hätten damit nichts zu tun, ist falsch"): it negates no verdict after it.
  const clauseBreak = (x: Mark) => ctx.reading.tokens.slice(x.to, m.from).some((t) => t.raw === ',' || t.raw === '،');
  return !list.some((x) => x.kind === 'negation' && x.id !== 'negation-denial' && x.to <= m.from && m.from - x.to <= 2 && !clauseBreak(x));
}

const QUOTE_MARK = /^["'“”„«»‹›‘’]$/u;
/** How many tokens into a quoted title a verdict may stand. */
const TITLE_REACH = 10;

/**
 * The verdict stands inside the quoted title of a published work named right before it ("Zu Ihrem Artikel „Russische
 * Propaganda um Biolabore“", "your article 'The biolab lie'", "статья «Ложь о биолабораториях»"): it is the work's
 * name, and the writer citing it judges nothing with it (a letter to the editor answers such a piece).
 */
function titleOfWork(r: Reading, cues: readonly StanceCue[], m: Mark): boolean {
  for (let i = m.from - 1; i >= Math.max(0, m.from - TITLE_REACH); i--) {
    if (!QUOTE_MARK.test(r.tokens[i].raw)) continue;
    return cues.some((c) => c.kind === 'work-title' && (c.to === i || (c.to === i - 1 && /^[,:]$/u.test(r.tokens[i - 1].raw))));
  }
  return false;
}

/**
 * A one-word verdict adjective between an article and a noun ("der falsche Kandidat lag vorne", "the wrong man", "le
 * faux prophète") is an attribute of the thing named, not a verdict on a claim; before a claim or information noun
 * ("the false claim", "die falschen Angaben", "les fausses nouvelles") it still judges what was said. Only languages
 * with an article before the adjective (the 'verdict-attribute' cues: en, de, fr).
 */
function attributeOfThing(r: Reading, cues: readonly StanceCue[], m: Mark): boolean {
  if (m.to - m.from !== 1 || m.to >= r.tokens.length || !r.tokens[m.to].word) return false;
  if (!cues.some((c) => c.kind === 'verdict-attribute' && c.from < m.from && c.to === m.to)) return false;
  return !cues.some((c) => (c.kind === 'claim-noun' || c.kind === 'information-noun') && c.from <= m.to && m.to < c.to);
}

/**
 * A negated verdict word ("not a myth", "kein Mythos", "вовсе не миф"): said of a denial narrative's claim, it denies
 * the denial. One verdict word right after the negation (an article between at most), not a phrase that holds its own
 * negation ("Ни одного доказательства … не показал") or a "wrong" verdict ("ne se trompent pas").
 */
function deniesVerdict(list: Mark[]): boolean {
  const verdict = (m: Mark) => (m.id === 'refute-debunk' || m.id === 'refute-lie') && m.to - m.from === 1;
  return list.some((m) => verdict(m) && list.some((x) => x.kind === 'negation' && x.to <= m.from && m.from - x.to <= 1));
}

/** The first token of the sentence before the one holding token `at` (or of its own, for the first). */
function previousStart(ctx: StanceContext, at: number): number {
  const i = ctx.ranges.findIndex(([from, to]) => from <= at && at < to);
  return ctx.ranges[Math.max(0, i - 1)]?.[0] ?? 0;
}

/**
 * The headline or the lead holds a verdict ("Fact check", "false", "no evidence"), or a label heads the headline ("Фейк: …").
 * `claimSentence`: the sentences whose verdict words say the claim (a denial narrative's), not counted.
 */
function debunkArticle(ctx: StanceContext, claimSentence?: (sentence: number) => boolean, pattern?: number, skip?: (m: Mark) => boolean): boolean {
  const paragraphs = ctx.doc.layers.paragraphs ?? [];
  let body = 0;
  const colon: number[] = [];
  for (let i = 0; i < ctx.sentences.length && body < LEAD; i++) {
    const title = paragraphs[ctx.sentences[i].paragraph]?.kind === 'title';
    if (!title) body++;
    if (title && (labelledHeadline(ctx.reading, ctx.cues ?? [], ...ctx.ranges[i]) || answersNo(ctx.reading, ctx.cues ?? [], ...ctx.ranges[i]))) return true;
    const list = marks(ctx, i);
    // In a sentence that says the claim only a verdict on the claim named or quoted is the outlet's.
    const judged = (m: Mark) => !claimSentence?.(i) || (pattern !== undefined && namedClaimJudged(ctx, i, m, pattern));
    const verdicts = list.filter((m) => m.id !== 'refute-distance' && m.id !== LATE_VERDICT && !skip?.(m) && judged(m) && ownRefutation(ctx, list, m));
    if (!verdicts.length) continue;
    if (title || !verdicts.every((m) => beforeColon(ctx, i, m))) {
      ctx.colonDebunk = [];
      return true;
    }
    colon.push(i);
  }
  ctx.colonDebunk = colon;
  return colon.length > 0;
}

/** How many tokens may stand between a verdict and the colon that closes it ("That is a lie:", "Das ist eine glatte Lüge:"). */
const COLON_REACH = 3;

/** The verdict `m` of sentence `index` closes on a colon with a clause of its own after it ("Это ложь: …"). */
function beforeColon(ctx: StanceContext, index: number, m: Mark): boolean {
  const [, to] = ctx.ranges[index];
  const colon = colonOf(ctx, m.to, Math.min(to, m.to + COLON_REACH + 1));
  return colon >= 0 && ctx.reading.tokens.slice(colon + 1, to).filter((t) => t.word).length >= COLON_CLAUSE;
}

/** The first colon in tokens [from, to), or -1. */
function colonOf(ctx: StanceContext, from: number, to: number): number {
  for (let i = from; i < to; i++) if (ctx.reading.tokens[i].raw === ':') return i;
  return -1;
}

/** The claim of sentence `index` comes after a colon that closes a verdict (its predicate, or, without a frame, the clause). */
function claimAfterColon(ctx: StanceContext, index: number, predicate: number | null): boolean {
  const [from, to] = ctx.ranges[index];
  const colon = colonOf(ctx, from, to);
  if (colon < 0) return false;
  return predicate === null || predicate > colon;
}

/**
 * A refutation cue in the sentence or the one before or after it in the paragraph. A distancing word ("lies",
 * "propaganda") in the matched sentence counts only before the claim: after it, it is what the claim says
 * ("Western media spread lies").
 */
function refuted(ctx: StanceContext, index: number, predicate: number | null, claimSentence: ((sentence: number) => boolean) | null, match: UnitMatch): boolean {
  const paragraph = ctx.sentences[index].paragraph;
  for (const j of [index - 1, index, index + 1]) {
    if (j < 0 || j >= ctx.sentences.length || ctx.sentences[j].paragraph !== paragraph) continue;
    const list = marks(ctx, j);
    const counts = (m: Mark) =>
      m.id !== LATE_VERDICT &&
      (!claimSentence?.(j) || namedClaimJudged(ctx, j, m, match.pattern)) &&
      ownRefutation(ctx, list, m) &&
      !claimWord(ctx, m, match) &&
      (j !== index || m.id !== 'refute-distance' || (predicate !== null && m.to <= predicate)) &&
      // "Это ложь: биолаборатории построил Пентагон": the verdict before the colon is the rival's; the claim after it is answered.
      !(j === index && beforeColon(ctx, j, m) && claimAfterColon(ctx, j, predicate));
    if (list.some(counts)) return true;
  }
  return false;
}

/**
 * The piece closes, or opens, with a fact-check's conclusion that judges the claim ("Verdict: false", "Вывод:
 * утверждение ложно", "Fazit: Die Behauptung ist falsch", "Conclusion : c'est faux", "الخلاصة: الادعاء كاذب"): a
 * conclusion label opens a sentence before its colon and an own-voice verdict follows. It judges what the piece
 * examined wherever the claim stands, as a verdict in the headline does. In a sentence that says a denial
 * narrative's claim only a verdict on the claim named or quoted counts.
 */
function concludedFalse(ctx: StanceContext, claimSentence: ((sentence: number) => boolean) | null, match: UnitMatch): boolean {
  return conclusionsOf(ctx).some(({ sentence: j, after }) => {
    const list = marks(ctx, j);
    const judges = (m: Mark) =>
      m.from >= after && NAMED_CLAIM_VERDICTS.has(m.id) && ownRefutation(ctx, list, m) && !claimWord(ctx, m, match) && (!claimSentence?.(j) || namedClaimJudged(ctx, j, m, match.pattern));
    return list.some(judges);
  });
}

/** The document's conclusion sentences (a conclusion label, then a colon, opening the sentence), found once per document. */
function conclusionsOf(ctx: StanceContext): { sentence: number; after: number }[] {
  if (ctx.conclusions) return ctx.conclusions;
  const tokens = ctx.reading.tokens;
  const out: { sentence: number; after: number }[] = [];
  for (let j = 0; j < ctx.sentences.length; j++) {
    const [from, to] = ctx.ranges[j];
    let start = from;
    while (start < to && !tokens[start].word) start++;
    const label = within(ctx.cues ?? [], start, to).find((c) => c.kind === 'conclusion-label' && c.from === start);
    if (label && tokens[label.to]?.raw === ':') out.push({ sentence: j, after: label.to + 1 });
  }
  return (ctx.conclusions = out);
}

/** Verdicts that judge a named claim outright ("is false", "is a lie", "is wrong"), not distancing words. */
const NAMED_CLAIM_VERDICTS = new Set(['refute-debunk', 'refute-lie', 'refute-wrong']);

/**
 * In a sentence that says a denial narrative's claim, verdict `m` judges the claim as a noun named before it
 * ("L'affirmation selon laquelle l'URSS serait innocente est fausse", "The claim that the Kremlin had nothing to do
 * with it is false", "Утверждение, будто государство ни при чём, ложно") or as words quoted before it ("« Les
 * médias occidentaux mentent » : un slogan commode, mais faux", "'Western media lie': false"): the verdict is the
 * outlet's, not the claim's own words. An accusation named so ("The allegations that Moscow ordered it are false")
 * judges the charge the denial answers, so it does not count.
 */
function namedClaimJudged(ctx: StanceContext, j: number, m: Mark, pattern: number): boolean {
  if (!NAMED_CLAIM_VERDICTS.has(m.id)) return false;
  const [from] = ctx.ranges[j];
  if (within(ctx.cues ?? [], from, m.from).some((c) => c.kind === 'claim-noun' && c.id !== 'claim-noun-accusation' && c.to <= m.from)) return true;
  const quoted = quotedBefore(ctx, from, m.from);
  // A word or two in quotation marks is a term, not the claim said ("what the Dalai clique spreads about the
  // «occupation» of Tibet is baseless", "« Holodomor » : un mot pour réécrire l'histoire"): scare quotes round the
  // rival's name for what the denial denies, so the verdict judges the rival's account and says the denial.
  const term = !!quoted && ctx.reading.tokens.slice(quoted[0], quoted[1]).filter((t) => t.word).length <= QUOTED_TERM;
  return !!quoted && !term && saysClaim(ctx, quoted[0], quoted[1], pattern);
}

/** How many words in quotation marks make a term rather than a claim said. */
const QUOTED_TERM = 2;

/** The words of the last quotation closed in tokens [from, at), with the verdict at `at` outside it; null where none. */
function quotedBefore(ctx: StanceContext, from: number, at: number): [number, number] | null {
  const tokens = ctx.reading.tokens;
  const marks = [];
  for (let i = from; i < at; i++) if (QUOTE_MARK.test(tokens[i].raw) && tokens[i].raw !== "'" && tokens[i].raw !== '’') marks.push(i);
  // An even count: every quotation opened before the verdict is closed, so the verdict stands outside them.
  if (marks.length < 2 || marks.length % 2) return null;
  return [marks[marks.length - 2] + 1, marks[marks.length - 1]];
}

// Determiners and pronouns that deny what they qualify ("NO laboratory link was shown", "AUCUNE instance n'a validé"),
// which cues.yml leaves out of its negations because they are no negation of a predicate before them.
const DENYING = keySet(['no', 'none', 'nothing', 'aucun', 'aucune', 'rien', 'kein', 'keine', 'keinen', 'keiner', 'keinerlei', 'nichts', 'никакой', 'никакие', 'никаких', 'ничего', 'ни']);

/** Tokens [from, to) deny something: a negation, or a denying determiner or pronoun. */
function denies(ctx: StanceContext, from: number, to: number): boolean {
  return within(ctx.marks ?? ctx.reading.marks, from, to).some((m) => m.kind === 'negation') || ctx.reading.tokens.slice(from, to).some((t) => t.word && DENYING.has(t.keys[0]));
}

/**
 * A lie or distancing word ("lies", "propaganda", "الدعاية") that one of the narrative's examples says itself ("Western media
 * lie about Russia", "The warrant against Putin is legally worthless propaganda"): in a sentence beside the claim or
 * after it, it goes on saying the claim ("… until the lie has served its purpose", "a platform for propaganda"), it
 * is no verdict on it. Fact-check verdicts ("false", "no evidence") are never the claim's words here: a claim that is
 * itself a denial has its own rule (`denials`).
 */
/** How many tokens a verdict of a denial narrative may span and still be the claim's own word ("fabricated", "de toutes pièces"). */
const DENIAL_WORD = 4;

function claimWord(ctx: StanceContext, m: Mark, match: UnitMatch): boolean {
  // A denial narrative says its verdict words ("was fabricated", "is a forgery"): the same word in the outlet's voice
  // ("a crude forgery", "a disgraceful fabrication") goes on saying the denial, while a fact-check's "false", "no
  // evidence" says none of its examples' words and still judges it.
  // Only a verdict word or short phrase: a longer one ("Theorie … nicht überzeugt") holds the claim's words in its gap.
  const denialWord = m.id === 'refute-debunk' && m.to - m.from <= DENIAL_WORD && !!ctx.denials?.[match.narrative];
  if (m.id !== 'refute-lie' && m.id !== 'refute-distance' && !denialWord) return false;
  const patterns = ctx.examplesOf?.(match.narrative) ?? [];
  // The denial's verdict word is one an example says as its verdict ("was fabricated"): not a word a dictionary sense
  // carries to an affirming example ("falsch" for "staged").
  const ofVerdict = (p: number) => m.id !== 'refute-debunk' || ctx.deniesIn?.(p) === 'verdict';
  return [match.pattern, ...patterns].some((p) => ofVerdict(p) && saysClaim(ctx, m.from, m.to, p));
}

/**
 * Tokens [from, to) say the claim of pattern `pattern`'s example (claim-keys.ts). A catalogue without claim words
 * (a narrative read by its frames) says nothing here: where no words at all would say the claim, none do.
 */
function saysClaim(ctx: StanceContext, from: number, to: number, pattern: number): boolean {
  return !!ctx.claimIn && ctx.claimIn(from, to, pattern) && !ctx.claimIn(from, from, pattern);
}

/**
 * A speech cue before the claim ("Kabulov said that …", "قال … إن", "laut Kabulow"), or after it behind a comma
 * ("…, erklärte er", "…, selon le Kremlin"). Without a frame the claim's place is unknown: any cue of the sentence.
 */
function reportedSpeech(ctx: StanceContext, index: number, predicate: number | null, denial = false): boolean {
  const [from, to] = ctx.ranges[index];
  // A claim that something is fake or never happened (`denial`): hearsay in the sentence ("1969 angeblich sechs Mal
  // gelandet", "царапины, которые якобы оставили агенты", "the rockets allegedly fired by …") is the outlet doubting
  // the account its claim denies, in its own voice; only a speaker gives the sentence to someone else.
  const doubts = denial ? within(ctx.cues ?? [], from, to).filter((c) => c.kind === 'doubt') : [];
  const doubting = (m: Mark) => m.id === 'report-hearsay' && doubts.some((c) => c.from <= m.from && m.to <= c.to);
  const cues = marks(ctx, index).filter((m) => m.kind === 'report' && !doubting(m) && !correctedClaim(ctx.reading, from, to, m.from, m.to));
  if (predicate === null) return cues.some((m) => !sideClause(ctx, m, claimAfterSideClause(ctx, index, m)) && !trailingRelative(ctx, index, m));
  // The cue's own comma counts: "…, so Lawrow".
  // A cue that opens before the claim governs it, also one whose parts wrap it ("machte … verantwortlich"), unless
  // a "but" stands between ("Western media will call it propaganda, but the US created ISIS": the outlet answers).
  const tokens = ctx.reading.tokens;
  const before = (m: Mark) => m.from < predicate && !tokens.slice(m.to, predicate).some((t) => CONTRAST.has(t.keys[0])) && !sideClause(ctx, m, predicate);
  return cues.some((m) => before(m) || tokens.slice(predicate, m.to).some((t) => t.raw === ','));
}

// Pronouns that open a relative clause where they stand before its verb ("ceux QUE l'Europe prétend combattre", "the
// men THAT Europe claims to fight"); after a speech verb the same words open what it says.
const RELATIVE_BEFORE_VERB = keySet(['que', "qu'", 'qu', 'that']);

/** How many words of a main clause must come before a relative clause that describes one of its participants. */
const MAIN_CLAUSE_WORDS = 3;

/**
 * Without the claim's frame: speech cue `m` sits in a restrictive relative clause after a main clause and says
 * nothing on ("L'Ukraine est gouvernée par ceux-là mêmes que l'Europe prétend combattre", "run by the very men that
 * Europe claims to fight"): the speech describes a participant of what the outlet says, it does not report the claim.
 * "Lavrov, who said that the US created ISIS" (a comma before the pronoun, or a "that" after the cue) still reports.
 */
function trailingRelative(ctx: StanceContext, index: number, m: Mark): boolean {
  const [from, to] = ctx.ranges[index];
  const tokens = ctx.reading.tokens;
  for (let i = m.from - 1; i >= Math.max(from, m.from - SIDE_REACH); i--) {
    const t = tokens[i];
    if (/^[,،;:.!?]$/u.test(t.raw)) return false;
    // Russian sets every relative clause off by a comma: one whose pronoun is the cue's object ("те люди, которых
    // называли в разговоре": the people they named) describes a participant, unless the cue goes on to say something.
    if (t.word && OBJECT_RELATIVE.has(t.keys[0])) return !tokens.slice(m.to, to).some((x) => COMPLEMENT.has(x.keys[0]) || x.raw === ':');
    if (!t.word || (!RELATIVE.has(t.keys[0]) && !RELATIVE_BEFORE_VERB.has(t.keys[0]))) continue;
    const before = tokens.slice(from, i);
    if (!before.length || !before[before.length - 1].word || before.filter((x) => x.word).length < MAIN_CLAUSE_WORDS) return false;
    return !tokens.slice(m.to, to).some((x) => COMPLEMENT.has(x.keys[0]) || x.raw === ',' || x.raw === ':');
  }
  return false;
}

/**
 * Without the claim's frame, where its predicate may be: the first claim predicate of the sentence (FIGHT only blocks
 * frames) after the comma that closes the clause of speech cue `m`, where none stands inside that clause; else none.
 */
function claimAfterSideClause(ctx: StanceContext, index: number, m: Mark): number | null {
  const [, to] = ctx.ranges[index];
  const tokens = ctx.reading.tokens;
  // The comma before "что/dass/que" opens what the cue says ("Лавров, который заявил, что США …"): not the clause's end.
  let comma = -1;
  for (let i = m.to; i < to && comma < 0; i++) {
    if ((tokens[i].raw === ',' || tokens[i].raw === '،') && !COMPLEMENT.has(tokens[i + 1]?.keys[0] ?? '')) comma = i;
  }
  const claims = ctx.reading.predicates.filter((p) => p.cls !== 'FIGHT' && p.from >= m.to && p.to <= to);
  // Arabic writes no comma: the first claim predicate after the cue, unless "أن/إن" makes it what the cue says.
  if (comma < 0) {
    const first = ctx.reading.language === 'ar' ? claims[0] : undefined;
    return first && !tokens.slice(m.to, first.from).some((t) => t.keys.some((k) => COMPLEMENT_AR.has(k))) ? first.from : null;
  }
  if (claims.some((p) => p.from < comma)) return null;
  return claims.find((p) => p.from > comma)?.from ?? null;
}

const COMPLEMENT_AR = keySet(['أن', 'إن', 'بأن']);
const COMPLEMENT = keySet(['that', 'что', 'чтобы', 'будто', 'dass', 'que', "qu'", 'qu', 'أن', 'إن', 'بأن']);

// Relative pronouns that open a clause about a participant ("The West, WHICH says it fights terrorism, created ISIS").
// German "der/die/das" and "that" also are articles and complementisers: German ones count only after a comma, "that" never.
const RELATIVE = keySet(['which', 'who', 'whom', 'который', 'которая', 'которое', 'которые', 'которого', 'которой', 'qui', 'lequel', 'laquelle', 'welcher', 'welche', 'welches', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي']);
// Russian relative pronouns in an object case (whom, of whom): the speech verb after them acts on the noun before them.
const OBJECT_RELATIVE = keySet(['которых', 'которого', 'которую', 'которым', 'которыми']);
const RELATIVE_AFTER_COMMA = keySet(['der', 'die', 'das', 'dem', 'den', 'denen']);
// Openers of a concessive or contrasting clause ("WHILE Washington claims to fight terrorism, it created ISIS").
const CONCESSIVE = keySet(['while', 'whereas', 'although', 'though', 'тогда', 'хотя', 'während', 'obwohl', 'obgleich', 'alors', 'tandis', 'bien', 'بينما', 'رغم', 'بالرغم']);
/** How many tokens a relative pronoun or a concessive opener may stand before the speech cue it frames. */
const SIDE_REACH = 4;

/**
 * The speech cue sits in a side clause that describes a participant or concedes a point ("The West, which says it
 * fights terrorism, created ISIS", "Запад, который заявляет о борьбе с терроризмом, создал ИГИЛ", "L'Occident, qui
 * prétend combattre le terrorisme, a créé …", "الغرب الذي يدعي محاربة الإرهاب أنشأ داعش", "While Washington claims …,"):
 * it governs that clause, not the claim after it. The side clause must close before the claim (a comma; Arabic,
 * which writes none, needs the pronoun right before the cue); "Lavrov, who said the US created ISIS, …" keeps the
 * claim inside the clause, so its cue still governs it.
 */
function sideClause(ctx: StanceContext, m: Mark, predicate: number | null): boolean {
  if (predicate === null) return false;
  const tokens = ctx.reading.tokens;
  const arabic = ctx.reading.language === 'ar';
  let opener = -1;
  for (let i = m.from - 1; i >= Math.max(0, m.from - SIDE_REACH); i--) {
    const t = tokens[i];
    if (t.raw === ',' || t.raw === '،' || t.raw === '.') break;
    const after = (i > 0 && tokens[i - 1].raw === ',') || (i > 0 && tokens[i - 1].raw === '،');
    if (RELATIVE.has(t.keys[0]) || t.keys.some((k) => RELATIVE.has(k)) || (after && RELATIVE_AFTER_COMMA.has(t.keys[0])) || CONCESSIVE.has(t.keys[0])) {
      opener = i;
      break;
    }
  }
  if (opener < 0) return false;
  const between = tokens.slice(m.to, predicate);
  // "…, который заявил, что США создали …", "الذي قال إن …": the complementiser opens what the cue says.
  if (arabic) return m.from - opener <= 2 && !between.some((t) => t.keys.some((k) => COMPLEMENT_AR.has(k)));
  return between.some((t, i) => (t.raw === ',' || t.raw === '،') && !COMPLEMENT.has(between[i + 1]?.keys[0] ?? ''));
}

/**
 * An agreement cue in the sentence, or (for a reported claim) in the next sentences of its paragraph, or an
 * earlier one in the article (the headline included): "The envoy is right: …", "As X rightly pointed out, …" and
 * "Il a parfaitement raison." take the speaker's side before the outlet goes on in its own words. The headline
 * sums up the article: where the body takes a speaker's side anywhere ("Памфилова заявила, что … Трудно с ней не
 * согласиться"), the headline's claim is the one endorsed.
 */
function endorsed(ctx: StanceContext, index: number, reported: boolean): boolean {
  const paragraph = ctx.sentences[index].paragraph;
  const last = reported ? index + ENDORSE_AFTER : index;
  let j = index;
  for (; j <= last && j < ctx.sentences.length && ctx.sentences[j].paragraph === paragraph; j++) {
    if (marks(ctx, j).some((m) => m.kind === 'endorse' && agrees(ctx, m))) return true;
  }
  // The agreement may open the next paragraph after the claim ("… sagt der Politologe.\n\nMan kann ihm schwer
  // widersprechen."), also where the speaker's paragraph goes on in their words after the claim ("Lavrov said that ….
  // He also cited ….\n\nHe is right."): the sentences between speak, so the reply answers the same speaker.
  const speaking = (k: number) => marks(ctx, k).some((m) => m.kind === 'report') || quoteIn(ctx, k);
  const between = (k: number) => Array.from({ length: k - index - 1 }, (_, i) => index + 1 + i).every(speaking);
  if (reported && j <= last && j < ctx.sentences.length && ctx.sentences[j].paragraph === paragraph + 1 && between(j) && marks(ctx, j).some((m) => m.kind === 'endorse' && agrees(ctx, m))) return true;
  // An agreement anywhere after the claim that names its speaker again ("Herr Makana hat völlig recht.", "وما قاله
  // الدكتور العطار يستحق أن يؤخذ بجدية") answers that speaker, whatever stands between.
  if ((reported || isTitle(ctx, index)) && agreementNaming(ctx, index)) return true;
  ctx.firstAgreement ??= firstAgreement(ctx);
  if (isTitle(ctx, index)) return ctx.firstAgreement < ctx.sentences.length;
  return ctx.firstAgreement < index;
}

/**
 * A later sentence of the outlet's with an agreement cue names a person (the entities layer's) whose surname sentence
 * `index` says too ("Herr Makana" after "Keoni Makana, der sagt, …"), outside any quote.
 */
function agreementNaming(ctx: StanceContext, index: number): boolean {
  const people = (ctx.doc.layers.entities ?? []).filter((e) => e.type === 'person');
  if (!people.length) return false;
  const [from, to] = ctx.ranges[index];
  const said = new Set(ctx.reading.tokens.slice(from, to).filter((t) => t.word).map((t) => t.raw.toLowerCase()));
  for (let j = index + 1; j < ctx.sentences.length; j++) {
    if (!marks(ctx, j).some((m) => m.kind === 'endorse' && agrees(ctx, m)) || quoteIn(ctx, j)) continue;
    const { start, end } = ctx.sentences[j];
    const surnames = people.flatMap((e) => e.mentions.filter((m) => m.kind !== 'pronoun' && m.start >= start && m.end <= end).map((m) => surname(ctx.doc.text.slice(m.start, m.end))));
    if (surnames.some((w) => w !== null && said.has(w))) return true;
  }
  return false;
}

/** The surname of a person's mention (its last word, lower-cased), or null where it is too short to tell. */
function surname(name: string): string | null {
  const last = name.toLowerCase().split(/\s+/u).pop() ?? '';
  return last.length >= NAME_WORD ? last : null;
}
/** The shortest surname compared. */
const NAME_WORD = 3;

const isTitle = (ctx: StanceContext, index: number) => ctx.doc.layers.paragraphs?.[ctx.sentences[index].paragraph]?.kind === 'title';

/**
 * The first sentence with an agreement cue that takes someone's side (the number of sentences where none has one):
 * in the headline ("The envoy is right: …"), beside a speech cue ("As Lavrov rightly pointed out"), or right after
 * someone's words ("… said the ambassador. He is quite right."). An incidental "correctly" elsewhere agrees with nobody.
 */
function firstAgreement(ctx: StanceContext): number {
  const paragraphs = ctx.doc.layers.paragraphs ?? [];
  // A finding is someone's word too ("The inspector concluded that …, and he was right").
  const speaks = (j: number) => j >= 0 && (marks(ctx, j).some((m) => m.kind === 'report') || within(ctx.cues ?? [], ...ctx.ranges[j]).some((c) => c.kind === 'finding-verb'));
  for (let j = 0; j < ctx.sentences.length; j++) {
    if (!marks(ctx, j).some((m) => m.kind === 'endorse' && agrees(ctx, m))) continue;
    // Right after them in the paragraph, or opening the next one ("… sagt der Politologe.\n\nMan kann ihm schwer widersprechen.").
    const opensParagraph = j > 0 && ctx.sentences[j - 1].paragraph === ctx.sentences[j].paragraph - 1 && paragraphs[ctx.sentences[j - 1].paragraph]?.kind !== 'title';
    const after = j > 0 && (ctx.sentences[j - 1].paragraph === ctx.sentences[j].paragraph || opensParagraph) && (speaks(j - 1) || quoteIn(ctx, j - 1));
    if (paragraphs[ctx.sentences[j].paragraph]?.kind === 'title' || speaks(j) || after) return j;
  }
  return ctx.sentences.length;
}

/** Someone's quote in sentence `j`. */
function quoteIn(ctx: StanceContext, j: number): boolean {
  const s = ctx.sentences[j];
  return !!s && ctx.quotes.some((q) => someonesQuote(ctx.doc, q) && q.content.start < s.end && q.content.end > s.start);
}

/** An agreement cue not negated ("was not right", "n'a pas raison"). */
function agrees(ctx: StanceContext, m: Mark): boolean {
  return !within(ctx.marks ?? ctx.reading.marks, Math.max(0, m.from - 3), m.from).some((x) => x.kind === 'negation' && m.from - x.to <= 1);
}

const EDGE = /[\s"'“”‘’«»„]/u;

function clip(sentence: Sentence, content: Span, text?: string): Span {
  let start = Math.max(sentence.start, content.start);
  let end = Math.min(sentence.end, content.end);
  if (text) {
    while (start < end && EDGE.test(text[start])) start++;
    while (end > start && EDGE.test(text[end - 1])) end--;
  }
  return { start, end };
}
