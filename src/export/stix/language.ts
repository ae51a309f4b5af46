// The report's `lang`: STIX 2.1 (3.2) asks for an RFC 5646 tag, and the OASIS validator (stix2-validator, v21 musts
// `language`) checks the tag against its list of ISO 639-1 two-letter codes. A three-letter ISO 639-2/3 code such as
// "ber" (Berber languages) is a valid RFC 5646 subtag but is refused there, which made two bundles invalid; so a
// three-letter code is written as its two-letter equivalent where ISO 639-1 has one, and left out (as a gap) where not.

/** ISO 639-1, the 183 two-letter codes (2024). */
const ISO_639_1 = new Set(
  ('aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu ' +
    'fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km ' +
    'kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om ' +
    'or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ' +
    'ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu').split(' '),
);

/** ISO 639-2/T and /B and ISO 639-3 codes of the languages claimtrail meets, to their ISO 639-1 code. */
const THREE_TO_TWO: Record<string, string> = {
  ara: 'ar', arb: 'ar', rus: 'ru', eng: 'en', fas: 'fa', per: 'fa', pes: 'fa', prs: 'fa', pus: 'ps', pbt: 'ps', urd: 'ur',
  ukr: 'uk', bel: 'be', deu: 'de', ger: 'de', fra: 'fr', fre: 'fr', spa: 'es', por: 'pt', ita: 'it', tur: 'tr', zho: 'zh',
  chi: 'zh', cmn: 'zh', jpn: 'ja', kor: 'ko', hin: 'hi', ben: 'bn', pol: 'pl', nld: 'nl', dut: 'nl', swe: 'sv', ces: 'cs',
  cze: 'cs', slk: 'sk', slo: 'sk', ron: 'ro', rum: 'ro', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', kat: 'ka', geo: 'ka',
  hye: 'hy', arm: 'hy', aze: 'az', kaz: 'kk', uzb: 'uz', tgk: 'tg', kir: 'ky', tuk: 'tk', heb: 'he', ell: 'el', gre: 'el',
  hun: 'hu', fin: 'fi', est: 'et', lav: 'lv', lit: 'lt', slv: 'sl', mkd: 'mk', mac: 'mk', sqi: 'sq', alb: 'sq', kur: 'ku',
  ckb: 'ku', kmr: 'ku', som: 'so', swa: 'sw', hau: 'ha', amh: 'am', ind: 'id', msa: 'ms', may: 'ms', vie: 'vi', tha: 'th',
};

/**
 * The tag to write as `lang`, or null when none passes: the two-letter ISO 639-1 code of the document's code (as given
 * or mapped from three letters), lower case. Region or script subtags ("ar-SY") are dropped.
 */
export function rfc5646(code: string | null | undefined): string | null {
  const m = /^([a-zA-Z]{2,3})((?:-[a-zA-Z0-9]{1,8})*)$/.exec(code?.trim() ?? '');
  if (!m) return null;
  const primary = m[1].toLowerCase();
  const two = primary.length === 2 ? primary : THREE_TO_TWO[primary];
  if (!two || !ISO_639_1.has(two)) return null;
  // The validator compares the whole tag with its list: subtags would fail it, so only the primary language is kept.
  return two;
}
