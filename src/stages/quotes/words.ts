// Small closed word classes for finding the source phrase without a parser. Lower case.

/** Words that end a source phrase when scanning away from the cue (prepositions, conjunctions, auxiliaries, adverbs). */
export const STOP = new Set(
  (
    'in on with after before during from by into over about under since until through against without within among between as like upon via per despite than ' +
    'that which whom whose when while because although though if but and or nor so yet where whether whereas unless once what how why ' +
    'is are was were be been being has have had do does did will would can could should may might must shall ' +
    'also not never just only even still however meanwhile now then there here instead yesterday today tonight later earlier again recently ' +
    'him them us me it’s it\'s said says say told added noted stated according wrote asked ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december ' +
    'и в на что но а und der die das dass aber et que mais dans'
  ).split(' '),
);

/** Determiners: they start a noun phrase, so the backward scan stops after one. */
export const DETERMINERS = new Set(
  'the a an this these those his her its their our my your another some many most several both all other each every any no one two three four five many few such'.split(' '),
);

/** Function words allowed inside a source phrase ("Envoy to Afghanistan", "spokesman for the campaign"). */
export const LINKS = new Set(['of', 'for', 'to', 'at', 'in', 'and', '&', 'de', 'von', 'du', 'des']);

/** Pronouns and relatives that are a whole source by themselves. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'who', 'which', 'он', 'она', 'они', 'er', 'sie', 'il', 'elle', 'ils']);

/** Auxiliaries and adverbs PolNeAR counts into the cue ("has said", "also said", "further stated"). */
export const CUE_PREFIX = /(?:(?<![\p{L}])(?:has|have|had|was|were|is|are|also|further|later|then|again|recently|previously|repeatedly|once|publicly|privately|reportedly|would|will|could|did|does|do|has also|had also|had been|has been|always|often|never|not|также|тоже|вновь|снова|ранее|auch|außerdem|zudem|ebenfalls|aussi|également)\s+)+$/iu;

/** Time words that may sit between the source and the cue, or after the cue ("Trump on Monday said", "said Tuesday"). */
export const TIME_ADVERBIAL = /^(?:\s*,)?\s+(?:(?:on|last|this|late|early|earlier|later)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening|yesterday|today|tonight|recently|earlier|later|again|also)(?![\p{L}])/iu;

/** Abbreviations whose full stop belongs to the word ("Mr. Trump", "U.S. officials"). */
export const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'st', 'jr', 'sr', 'lt', 'col', 'sgt', 'prof', 'rev', 'pres', 'amb', 'sec', 'adm', 'capt', 'maj']);

/** Complementisers: the content starts with them (PolNeAR includes "that" in the content). */
export const COMPLEMENTISERS = /^(?:that|что|dass|que|qu['’]|أن|إن|بأن)(?![\p{L}])/iu;
