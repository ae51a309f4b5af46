// Tweets as queries: links and picture URLs say nothing about the claim; hashtags and handles are split into words
// ("#DefundTheCBC" → "Defund The CBC"). The embed signature ("— Donald J. Trump (@realDonaldTrump) …") stays: who
// tweeted is often what the claim is about (measured on the CLEF 2020 T2 training tweets).

const LINK = /\b(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S*/giu;

export function cleanTweet(text: string): string {
  return text
    .replace(LINK, ' ')
    .replace(/[#@](\w+)/gu, (_, tag: string) => ` ${splitCamel(tag)} `)
    .replace(/\s+/g, ' ')
    .trim();
}

/** "DefundTheCBC" → "Defund The CBC"; "covid19" stays. */
export function splitCamel(word: string): string {
  return word
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/_/g, ' ');
}
