// Closed word classes of Russian, German, French and Arabic for the cue rules: the words that end a name after an
// inverted cue ("sagte Kabulow dem Sender", "a déclaré Kaboulov à la chaîne", "قال كابولوف في مقابلة"), the subject
// pronouns that chain to the last speaker, and the adverbs between a subject and its cue. Lower case.

/** Articles, prepositions, conjunctions, complementisers and adverbs: none of them is part of a speaker's name. */
export const NAME_STOP = new Set(
  (
    // de
    'der die das dem den des ein eine einem einer eines und oder aber dass ob wie vor nach bei mit von zu zur zum im in am an auf aus für über unter gegen laut zufolge auch außerdem zudem ebenfalls bereits noch jedoch gegenüber ' +
    // fr
    'le la les l un une des du de d au aux à et ou mais que qu qui dans sur pour par avec devant selon lors en aussi également encore ensuite auprès ' +
    // ru
    'и в во на с со к ко по о об от для за из у при что чтобы как а но также тоже ещё уже перед после ' +
    // ar
    'في مع على إلى عن من خلال أن إن بأن لأن حول أمام عبر و يوم اليوم أمس'
  ).split(' '),
);

/** Subject pronouns that stand for the last speaker ("Он добавил", "Er fügte hinzu", "Il a ajouté", "— подчеркнул он"). */
export const SUBJECT_PRONOUNS = new Set(['он', 'она', 'er', 'sie', 'il', 'elle', 'هو', 'هي']);

/** Adverbs between a cue and its content ("sagte außerdem, …", "заявил также, что …"). */
export const ADVERB_AFTER_CUE = /^\s*(?:außerdem|zudem|auch|ebenfalls|weiter|также|тоже|вновь|aussi|également|encore|ensuite|أيضا|أيضاً)(?![\p{L}])\s*,?/iu;

/** Complementisers and the colon: where the content starts after a verb-first source ("صرح … بأن", "заявил Кабулов, что"). */
export const CONTENT_START = /(?:^|[\s,،])(?=(?:что|dass|que|qu['’]|أن|إن|بأن)(?![\p{L}]))|:\s*/u;

/** Languages whose cue rules read verb-first sources (Arabic VSO, German and Russian inversion after a fronted phrase). */
export function isRuleLanguage(lang: string | null): boolean {
  return lang === 'ru' || lang === 'de' || lang === 'fr' || lang === 'ar';
}
