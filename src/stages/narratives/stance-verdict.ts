// Whose verdict a refutation cue is, and what it is aimed at. A debunk judges a claim in its own voice ("This claim
// is false", "Es gibt keine Belege"); a reply it reports ("Kyiv called it propaganda") or a verdict aimed at the West
// ("the baseless accusations of the Western media", "ложные обвинения Запада") is no debunk: that is what the
// narratives themselves say.
import { within, type Mark, type Reading } from './reading.js';
import type { StanceCue } from './stance-cues.js';
import { keySet } from './word-keys.js';

// Words that make what follows a lie's topic or a new clause, not its teller ("lies about the US", "lie that …").
const NOT_THE_LIAR = keySet(['that', 'about', 'on', 'over', 'whether', 'что', 'о', 'об', 'про', 'будто', 'dass', 'über', 'von', 'que', 'qu', 'sur', 'عن', 'أن', 'إن', 'بأن']);
/** How many words may stand between a lie and its teller ("the lies OF THE Western media"). */
const LIAR_GAP = 3;
// Between a verdict (or its claim noun) and whose claim it judges: "of the", "by", "de la", "von der", "со стороны", "من قبل".
const OF_WORDS = keySet(['of', 'by', 'from', 'the', 'de', 'des', 'du', 'la', 'le', 'les', 'd', 'l', "'", '’', 'von', 'der', 'des', 'den', 'dem', 'со', 'стороны', 'من', 'قبل']);

const actorAt = (r: Reading, i: number, concepts: readonly string[]) =>
  r.participants.some((p) => p.actor && p.from <= i && i < p.to && p.concepts.some((c) => concepts.includes(c)));
const westAt = (r: Reading, i: number) => actorAt(r, i, ['west']);
/** Russia, or a name that acts for it in the stance cues ("Moscow", "the Kremlin", "Кремль", "الكرملين", "Moskau"). */
const russiaAt = (r: Reading, cues: readonly StanceCue[], i: number) =>
  actorAt(r, i, ['russia']) || cues.some((c) => c.kind === 'russia-name' && c.from <= i && i < c.to);
// The narratives' rivals: a verdict on their claims is the narrative's voice ("Kyiv's false claims").
const RIVALS = ['west', 'ukraine'];
// "accusations AGAINST Russia": the claim noun names the rivals' accusation.
const AGAINST = keySet(['against', 'против', 'gegen', 'contre', 'ضد']);

/**
 * "The lies of the Western media", "ложь западных СМИ", "mensonges des médias occidentaux", "Western lies",
 * "the West lies": the West is called the liar, which is what narratives say, not a debunk of them.
 */
export function liarIsWest(r: Reading, cues: readonly StanceCue[], m: Mark): boolean {
  if (aboutRussia(r, cues, m)) return true;
  for (let i = m.to; i < Math.min(r.tokens.length, m.to + LIAR_GAP + 1); i++) {
    if (!r.tokens[i].word || NOT_THE_LIAR.has(r.tokens[i].keys[0])) break;
    if (westAt(r, i)) return true;
  }
  return westBefore(r, m);
}

/**
 * A verdict on the rivals' claims: the West or Ukraine right before it ("Western false claims", "الاتهامات الغربية
 * الكاذبة"), or a claim noun next to it naming them ("baseless accusations of the West", "ложные обвинения Запада",
 * "Kyiv's claims are false") or aimed at Russia ("the accusations against Russia are baseless"). A West named after
 * the verdict with nothing between is the claim's content ("no evidence the United States …").
 */
export function verdictOnRival(r: Reading, cues: readonly StanceCue[], m: Mark): boolean {
  if (rivalBefore(r, m.from, RIVALS)) return true;
  const near = cues.filter((c) => c.kind === 'claim-noun' && c.from <= m.to + 1 && c.to >= m.from - 4);
  return near.some((noun) => rivalBefore(r, noun.from, RIVALS) || whose(r, cues, noun.to));
}

/** After a claim noun: "of the West", "by Kyiv", "Запада" (genitive), "against Russia". */
function whose(r: Reading, cues: readonly StanceCue[], at: number): boolean {
  let i = at;
  for (let k = 0; k < 3 && i < r.tokens.length && OF_WORDS.has(r.tokens[i].keys[0]); k++) i++;
  if (i < r.tokens.length && actorAt(r, i, RIVALS)) return true;
  if (i < r.tokens.length && AGAINST.has(r.tokens[i].keys[0])) {
    for (let j = i + 1; j < Math.min(r.tokens.length, i + 3); j++) if (russiaAt(r, cues, j)) return true;
  }
  return false;
}

// "lies ABOUT Russia", "лживые материалы О России", "Lügen ÜBER Russland": Russia as the victim of the lie.
const ABOUT = keySet(['about', 'on', 'о', 'об', 'про', 'über', 'sur', 'عن', 'حول']);

/**
 * A lie or a distancing word about Russia ("lies about Russia", "лживые материалы о России", "mensonges sur la
 * Russie"): Russia as the victim of lies is what the narratives say, not a debunk of them.
 */
export function aboutRussia(r: Reading, cues: readonly StanceCue[], m: Mark): boolean {
  for (let i = m.to; i < Math.min(r.tokens.length, m.to + 3); i++) {
    if (!r.tokens[i].word) return false;
    if (!ABOUT.has(r.tokens[i].keys[0])) continue;
    for (let j = i + 1; j < Math.min(r.tokens.length, i + 3); j++) if (russiaAt(r, cues, j)) return true;
    return false;
  }
  return false;
}

/** How far back from a verdict its subject may reach ("The Western story about a Russian missile IS A LIE"). */
const SUBJECT_REACH = 12;
// A dash is no end: "Западная версия … — ложь" (the Russian copula).
const SUBJECT_END = /^[.!?;:]$/u;

/**
 * The verdict judges the other side's account, not a narrative: before it in its clause (its subject) stands a claim
 * noun that a rival owns ("the Western version", "Kyiv's story", "الرواية الغربية", "la version occidentale") or that
 * accuses Russia ("the accusations against Moscow"), or an inquiry's document the verdict calls
 * false with no finding or claim of its own between ("The OPCW report on Douma is a fake", "Der OPCW-Bericht ist eine
 * Fälschung"): the narrative's voice attacking its opponents. A debunk judges a claim ("the claim that the US created
 * ISIS is false", "Investigators found the claim baseless"). A claim "about Russia" is left alone: Russia may be the
 * culprit ("the story about a Russian missile") or the victim ("the claim about Russians persecuted in Latvia").
 */
// "опровержения ИЗ Вашингтона", "Dementis AUS Washington": where a denial comes from.
const FROM_WORDS = keySet(['из', 'от', 'aus', 'depuis']);
/** How many words may stand between a denial noun and the party that issued it ("опровержения официального Вашингтона"). */
const PARTY_REACH = 3;

/**
 * The verdict word is a noun of denial followed by the party that issued it ("опровержения из Вашингтона", "опровержения
 * Пентагона", "the denials from Washington"): the party's denial, which the outlet reports or answers ("… лишь
 * подтверждают, что им есть что скрывать"), not its own verdict on the claim.
 */
export function partyDenial(r: Reading, cues: readonly StanceCue[], m: Mark): boolean {
  const noun = cues.find((c) => c.kind === 'denial-noun' && c.from <= m.from && m.to <= c.to);
  if (!noun) return false;
  for (let i = noun.to; i < Math.min(r.tokens.length, noun.to + PARTY_REACH + 1); i++) {
    const t = r.tokens[i];
    if (r.participants.some((p) => p.actor && p.from <= i && i < p.to)) return true;
    if (!t.word || !(OF_WORDS.has(t.keys[0]) || FROM_WORDS.has(t.keys[0]) || /^\p{Ll}/u.test(t.raw))) return false;
  }
  return false;
}

export function judgesRivalsAccount(r: Reading, cues: readonly StanceCue[], m: Mark): boolean {
  let start = m.from;
  while (start > 0 && m.from - start < SUBJECT_REACH && !SUBJECT_END.test(r.tokens[start - 1].raw)) start--;
  const before = within(cues, start, m.from);
  // The owner right before the noun ("the Western version"): two words back may be the claim's content ("the US biolabs story").
  if (before.some((c) => c.kind === 'claim-noun' && (rivalBefore(r, c.from, RIVALS, 1) || whose(r, cues, c.to)))) return true;
  // A document, not people: "Historians have long refuted that" is their verdict.
  const agent = before.find((c) => c.id === 'finding-agent-document');
  return !!agent && !before.some((c) => c.from >= agent.to && (c.kind === 'finding-verb' || c.kind === 'claim-noun'));
}

function westBefore(r: Reading, m: Mark): boolean {
  return rivalBefore(r, m.from, ['west']);
}

const POSSESSIVE = new Set(["'", '’', 's']);

/** One of these actors in the `reach` words before token `at` ("Western", "the West's", "Kyiv's"). */
function rivalBefore(r: Reading, at: number, concepts: readonly string[], reach = 2): boolean {
  let words = 0;
  for (let i = at - 1; i >= 0 && words < reach; i--) {
    const t = r.tokens[i];
    if (POSSESSIVE.has(t.raw)) continue;
    if (!t.word) break;
    words++;
    if (actorAt(r, i, concepts)) return true;
  }
  return false;
}

/** How far a speaker may stand from its speech cue: "Western media claim", "…, сообщает Пентагон". */
const SPEAKER_BEFORE = 4;
const SPEAKER_AFTER = 2;

/**
 * The facts set against what came before ("but the facts say otherwise", "Die Fakten sprechen dagegen") answer the
 * last speech or denial cue from the start of the previous sentence (`from`) to `m`: where that is a denial
 * ("Washington denies it") or a rival's claim ("Western media claim …"), the outlet defends the narrative.
 */
export function answersRival(r: Reading, marks: readonly Mark[], from: number, m: Mark): boolean {
  // Hearsay ("hätten", "якобы") is the claim's mood, not who speaks.
  const speech = marks.filter((x) => x.from >= from && x.to <= m.from && ((x.kind === 'report' && x.id !== 'report-hearsay') || x.id === 'negation-denial'));
  const last = speech[speech.length - 1];
  if (!last) return false;
  if (last.id === 'negation-denial') return true;
  // The speaker before its cue, or right after it where the cue follows the claim behind a comma ("…, says the
  // Pentagon"); after a cue that opens the sentence's claim ("claims the US created …") the rival is its content.
  const postposed = last.from > 0 && r.tokens[last.from - 1].raw === ',';
  const end = postposed ? Math.min(m.from, last.to + SPEAKER_AFTER) : last.from;
  for (let i = Math.max(from, last.from - SPEAKER_BEFORE); i < end; i++) {
    if (actorAt(r, i, RIVALS)) return true;
  }
  return false;
}

/**
 * Whether a speech cue of the sentence comes before `m` ("Kyiv called it false"): a speech word inside a claim noun
 * ("this claim is false", "die Behauptung ist haltlos") names what is judged, not who judges.
 */
export function saidBySomeone(list: readonly Mark[], cues: readonly StanceCue[], m: Mark, r?: Reading): boolean {
  // Hearsay is the mood of the words it stands in: of the verdict right after it ("Das sei falsch", "ce serait faux"),
  // of the claim the verdict judges further on ("Die Behauptung, die USA hätten den IS gegründet, ist falsch").
  // A speech verb as a participle describes a noun ("a clip CLAIMING …", "une vidéo AFFIRMANT que …"): what the
  // noun says is what the verdict after it judges, in the outlet's voice.
  const speaker = (x: Mark) => (x.id !== 'report-hearsay' || m.from - x.to <= 1) && !(r && attributiveParticiple(r, x));
  // A cue in parts opens before the verdict even where its last part follows it ("wies die Darstellung als Propaganda zurück").
  // One that ends inside the verdict names what the verdict judges ("la thèse de l'« accident » ne tient pas", where
  // "la thèse de" is also a cue): its noun is the verdict's subject, nobody speaking.
  return list.some((x) => x.kind === 'report' && (x.to <= m.from || (x.from < m.from && x.to - x.from > 1 && !(x.to > m.from && x.to <= m.to))) && !inClaimNoun(cues, x) && speaker(x));
}

// Participles of speech verbs that follow their noun with no comma: English "-ing", French "-ant" (Russian and German
// set a participle after its noun off by a comma, where it may as well be a speaker's: not read so).
const PARTICIPLE: Record<string, RegExp> = {
  en: /ing$/u,
  fr: /ant$/u,
};
// English auxiliaries that make an "-ing" form a finite verb ("Kyiv IS claiming …").
const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'s", "'re"]);

/** A one-word speech cue that is a participle right after the noun it describes, not a finite verb with a speaker. */
function attributiveParticiple(r: Reading, x: Mark): boolean {
  const form = PARTICIPLE[r.language];
  if (!form || x.to - x.from !== 1 || !form.test(r.tokens[x.from].raw.toLowerCase())) return false;
  // Right after its noun: behind a comma it may be a speaker's ("Peskov, calling the report false, …").
  const before = r.tokens[x.from - 1];
  return !!before && before.word && !PROGRESSIVE.has(before.raw.toLowerCase());
}

/** Whether the sentence has a speech cue anywhere, claim nouns aside. */
export function speaks(list: readonly Mark[], cues: readonly StanceCue[]): boolean {
  // Hearsay after a claim noun is the mood of the claim it names ("L'affirmation selon laquelle l'URSS SERAIT innocente
  // est fausse", "Die Behauptung, die USA HÄTTEN den IS gegründet, ist falsch"), nobody speaking.
  const claimMood = (x: Mark) => x.id === 'report-hearsay' && cues.some((c) => c.kind === 'claim-noun' && c.to <= x.from);
  return list.some((x) => x.kind === 'report' && !inClaimNoun(cues, x) && !claimMood(x));
}

const inClaimNoun = (cues: readonly StanceCue[], x: Mark) => cues.some((c) => c.kind === 'claim-noun' && c.from <= x.from && x.to <= c.to);

/** A fact-check label heading the headline: "Фейк: …", "Fake: …", "Infox : …", "زائف: …". */
export function labelledHeadline(r: Reading, cues: readonly StanceCue[], from: number, to: number): boolean {
  const first = (i: number) => i < to && r.tokens[i].word;
  let start = from;
  while (start < to && !first(start)) start++;
  const label = cues.find((c) => c.kind === 'label' && c.from === start);
  if (!label) return false;
  const next = r.tokens[label.to];
  return !!next && /^[:|–—-]$/u.test(next.raw);
}

/** How many words a section label before a headline's colon may have ("Hintergrund: Nein, …", "Fact check: No, …"). */
const LABEL_WORDS = 3;

/**
 * A headline that opens by answering a claim with no: "No, Latvia is not …", "Нет, …", "Nein, …", "Non, …", "لا، …",
 * also after a section label and its colon ("Hintergrund: Nein, …", "Décryptage : non, …", "Разбор: нет, …"): a
 * label names the kind of piece, so the answer is still the outlet's. After a speaker ("Peskov: No, …") it is theirs.
 */
export function answersNo(r: Reading, cues: readonly StanceCue[], from: number, to: number): boolean {
  let start = from;
  while (start < to && !r.tokens[start].word) start++;
  const colon = r.tokens.slice(start, Math.min(to, start + 2 * LABEL_WORDS + 1)).findIndex((t) => t.raw === ':');
  const label = colon > 0 && cues.some((c) => (c.kind === 'not-speaker' || c.kind === 'label') && c.from === start && c.to <= start + colon);
  if (label && r.tokens.slice(start, start + colon).filter((t) => t.word).length <= LABEL_WORDS) {
    start += colon + 1;
    while (start < to && !r.tokens[start].word) start++;
  }
  const no = within(cues, start, to).find((c) => c.kind === 'answer-no' && c.from === start);
  const next = no ? r.tokens[no.to] : undefined;
  return !!next && /^[,،]$/u.test(next.raw);
}
