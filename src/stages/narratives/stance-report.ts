// Reported speech that no speech cue of its own sentence marks: the reportative mood of the claim's verb (German
// Konjunktiv I "unterstütze", French conditionnel "financerait") and an attribution that follows the claim in the
// next sentence ("США создали ИГИЛ. Об этом заявил Лавров.", "جاء ذلك في تصريحات …", "Das sagte Lawrow.").
import type { Predicate, Reading } from './reading.js';
import type { StanceCue } from './stance-cues.js';

// German Konjunktiv I, 3rd person: stem + "-e" ("unterstütze", "gründe", "finanziere"). Past tense and Konjunktiv II
// of weak verbs end in "-te", participles used as adjectives in "-ene", "-te", "-nde" ("geschaffene"): not these.
const KONJUNKTIV_I = /^\p{Ll}+[^t]e$/u;
const NOT_KONJUNKTIV = /(ene|nde|te)$/u;
// French conditionnel of -er verbs and of the "-dr-"/"-rr-" stems ("financerait", "soutiendraient", "pourrait"):
// an imparfait never ends so ("finançait", "livrait" end in "-ait" after the stem, not after "-er").
const CONDITIONNEL = /(erait|eraient|drait|draient|rrait|rraient)$/u;

/** The claim's verb is in a reportative mood: someone else's claim, passed on. */
export function reportativeVerb(r: Reading, predicate: Predicate): boolean {
  for (let i = predicate.from; i < predicate.to; i++) {
    const t = r.tokens[i];
    if (!t.word) continue;
    if (r.language === 'de' && KONJUNKTIV_I.test(t.raw) && !NOT_KONJUNKTIV.test(t.raw)) return true;
    if (r.language === 'fr' && CONDITIONNEL.test(t.keys[0])) return true;
  }
  return false;
}

/** How far into a sentence an opener ("Об этом заявил", "In reality") may start: after "And", "But", a quote mark. */
const OPENER = 3;

/** Whether a cue of this kind opens the sentence in tokens [from, to). */
export function opens(cues: readonly StanceCue[], kind: StanceCue['kind'], from: number, to: number): boolean {
  return cues.some((c) => c.kind === kind && c.from >= from && c.from < Math.min(to, from + OPENER));
}

// Subjunctive forms (Konjunktiv II, and I where it is no indicative) that carry indirect speech on past its cue ("Polnische Truppen stünden bereit"); in a sentence
// of its own they are also the outlet's counterfactual ("Das wäre ein Fehler"), so they count only after a reported one.
const SUBJUNCTIVE = new Set(['wäre', 'wären', 'stünde', 'stünden', 'würde', 'würden', 'hätte', 'käme', 'kämen', 'gäbe', 'läge', 'lägen', 'ginge', 'gingen',
  'müsste', 'müssten', 'könnte', 'könnten', 'dürfte', 'dürften', 'bereite', 'plane', 'wolle', 'solle', 'werde', 'verfüge', 'besitze', 'arbeite', 'stehe', 'liege']);

/** Whether tokens [from, to) hold a verb in the mood that carries reported speech on (German subjunctive, French conditionnel). */
export function reportativeMood(r: Reading, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = r.tokens[i];
    if (!t.word) continue;
    // As written: the tokenizer's keys drop umlauts, and "stunden" is also "Stunden" (hours).
    if (r.language === 'de' && SUBJUNCTIVE.has(t.raw.toLowerCase())) return true;
    if (r.language === 'fr' && CONDITIONNEL.test(t.keys[0])) return true;
  }
  return false;
}
