// A claim the article passes on and then rejects. Fact-checks quote or attribute the claim first and judge it later:
// "Posts say the US created ISIS. … The claim is false." / "В видео говорится, что … На самом деле группировка
// выросла из …" / "Eine Behauptung kursiert … Ermittler kamen zu dem Schluss, …". Then the mention is refuted, and
// the article with it: a debunk never asserts.
import { attributedHeadline } from './headline.js';
import { within, type Mark } from './reading.js';
import type { StanceContext } from './stance.js';
import { opens } from './stance-report.js';
import { someonesQuote } from './stance-quotes.js';
import { speaks } from './stance-verdict.js';

// Cue ids that judge a claim outright (not distancing words, not "without evidence").
const VERDICTS = new Set(['refute-debunk', 'refute-lie', 'refute-facts', 'refute-wrong']);

/** The facts set against the claim count only this close after it (sentences, across paragraphs). */
const FACTS_AFTER = 2;

/**
 * Whether a later sentence rejects the claim reported in sentence `index`: an own-voice verdict anywhere after it
 * in a sentence that quotes nobody ("This claim is false", "Это ложь", "C'est faux"), or, right after it, a sentence
 * that sets the facts against it ("In reality …", "На самом деле …"), states what an inquiry found ("Investigators
 * concluded …") or has experts reject it ("Historians reject this") without saying the claim again (`cls`: the
 * claim's predicate class; `restates`: whether a stretch of words says the claim, for a claim without a frame;
 * `agreeing`: whether a sentence's marks hold the outlet's agreement, which rejects nothing).
 */
export function rejectedAfter(ctx: StanceContext, index: number, cls: string | null, own: (m: Mark, list: Mark[]) => boolean, restates: (from: number, to: number) => boolean = () => false, agreeing: (list: Mark[]) => boolean = () => false): boolean {
  const all = ctx.marks ?? ctx.reading.marks;
  const cues = ctx.cues ?? [];
  for (let j = index + 1; j < ctx.sentences.length; j++) {
    const [from, to] = ctx.ranges[j];
    const list = within(all, from, to);
    // "The truth is that Moscow is entirely right: …": a sentence that agrees gives its facts and verdicts for the
    // claim, whatever contrast opens it.
    if (agreeing(list)) continue;
    const verdict = list.some((m) => VERDICTS.has(m.id) && own(m, list));
    if (verdict && !speaks(list, cues)) return true;
    if (j - index > FACTS_AFTER) continue;
    if (cls !== null && ctx.reading.predicates.some((p) => p.cls === cls && p.from >= from && p.to <= to)) continue;
    // Without a frame the claim's words tell it: "The truth is that this group was an American tool" sets the outlet's
    // own claim against the hearsay before it, it does not reject it.
    if (cls === null && restates(from, to)) continue;
    if (opens(cues, 'contrast', from, to)) return true;
    const here = within(cues, from, to);
    // An inquiry named inside someone's quote is their account of it ("Peskov said the case had been fully
    // investigated by the competent authorities"), not the inquiry's own finding.
    const agent = here.find((c) => c.kind === 'finding-agent' && !inQuote(ctx, c.from));
    // "Investigators concluded …", "Historians reject this", "Историки с этим не согласны": an inquiry or experts
    // answer the claim. Arabic puts the verb first ("ويرفض المؤرخون"). Under a headline that gives the claim to its
    // speaker ("… – Moscow", "Moscow accuses …") the inquiry's finding or the other side's rejection is one more
    // voice the news report passes on, not the outlet's verdict.
    if (!agent || headlineSpeaks(ctx)) continue;
    if (here.some((c) => c.kind === 'finding-verb')) return true;
    if (here.some((c) => c.kind === 'finding-reject' && (c.from >= agent.to || ctx.reading.language === 'ar'))) return true;
  }
  return false;
}

/** The headline gives what it says to a speaker ("Moscow accuses …", "Envoy: …"). */
export function headlineSpeaks(ctx: StanceContext): boolean {
  const s = ctx.sentences[0];
  return !!s && attributedHeadline({ doc: ctx.doc, reading: ctx.reading, marks: ctx.marks ?? ctx.reading.marks, cues: ctx.cues ?? [] }, s, ctx.ranges[0]);
}

/** Token `at` stands inside the content of someone's quote. */
function inQuote(ctx: StanceContext, at: number): boolean {
  const start = ctx.reading.tokens[at].start;
  return ctx.quotes.some((q) => someonesQuote(ctx.doc, q) && q.content.start <= start && start < q.content.end);
}
