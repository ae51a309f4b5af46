// Light morphology, so that one alias matches inflected text: Russian case endings, German genitive -s,
// German/French adjective endings, English plural demonyms, Arabic clitic prefixes.

const CYRILLIC = /^[\u0400-\u04ff]+$/;
const ARABIC = /^[\u0600-\u06ff]+$/;

/** Russian noun and adjective endings, longest first. */
const RU_ENDINGS = ['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией', 'иям', 'иях', 'ой', 'ей', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ых', 'их', 'ым', 'им', 'ую', 'юю', 'ов', 'ев', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ию', 'ия', 'ии', 'ью', 'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й'];
/** A stem must keep this many letters, so short words are never cut to nothing. */
const MIN_STEM = 3;

/** Keys under which an alias word is stored: the word, and for Russian its stem. */
export function aliasWordKeys(key: string): string[] {
  if (key.length < 4 || !CYRILLIC.test(key)) return [key];
  for (const ending of RU_ENDINGS) {
    if (key.endsWith(ending) && key.length - ending.length >= MIN_STEM) return [key, key.slice(0, -ending.length)];
  }
  return [key];
}

/** Keys to look up for a word of the text: the word, and for Russian every stem left by removing one ending. */
export function textWordKeys(key: string): string[] {
  if (key.length < 4 || !CYRILLIC.test(key)) return [key];
  const out = [key];
  for (const ending of RU_ENDINGS) {
    if (key.endsWith(ending) && key.length - ending.length >= MIN_STEM) out.push(key.slice(0, -ending.length));
  }
  return out;
}

/** Arabic proclitics (and, so, with, for, like; "lil-" for li + al-): the word without them, and how many characters they took. */
export function arabicClitics(key: string): { key: string; skip: number }[] {
  if (key.length < 4 || !ARABIC.test(key)) return [];
  const out: { key: string; skip: number }[] = [];
  let rest = key;
  let skip = 0;
  if (rest[0] === 'و' || rest[0] === 'ف') {
    rest = rest.slice(1);
    skip = 1;
    out.push({ key: rest, skip });
  }
  if (rest.startsWith('لل')) out.push({ key: 'ا' + rest.slice(1), skip: skip + 1 });
  else if ('بلك'.includes(rest[0])) out.push({ key: rest.slice(1), skip: skip + 1 });
  return out;
}

/** Extra spellings generated for an alias of a given language and kind (inflected adjectives, genitive -s, plural demonyms). */
export function aliasVariants(alias: string, lang: string, adjective: boolean): string[] {
  const out = [alias];
  const oneWord = !/\s/.test(alias);
  if (adjective && lang === 'en' && oneWord && /[ni]$/.test(alias)) out.push(alias + 's');
  if (adjective && lang === 'de' && oneWord && /isch$/.test(alias)) for (const e of ['e', 'en', 'er', 'es', 'em']) out.push(alias + e);
  if (adjective && lang === 'fr' && oneWord) {
    if (alias.endsWith('e')) out.push(alias + 's');
    else if (!alias.endsWith('s')) for (const e of ['e', 's', 'es']) out.push(alias + e);
  }
  if (!adjective && lang === 'de' && oneWord && /^\p{Lu}\p{Ll}/u.test(alias) && !/[sßxz]$/.test(alias)) out.push(alias + 's');
  return out;
}
