// Which PostgreSQL text search configuration reads a document in which language (ISO 639-1, as the language stage
// writes it). Languages PostgreSQL has no stemmer for (Ukrainian, Persian, Chinese …) use `simple`: words lower-cased,
// nothing stemmed or dropped.

export const TS_CONFIGS: Record<string, string> = {
  ar: 'arabic',
  ca: 'catalan',
  da: 'danish',
  de: 'german',
  el: 'greek',
  en: 'english',
  es: 'spanish',
  eu: 'basque',
  fi: 'finnish',
  fr: 'french',
  ga: 'irish',
  hi: 'hindi',
  hu: 'hungarian',
  hy: 'armenian',
  id: 'indonesian',
  it: 'italian',
  lt: 'lithuanian',
  nb: 'norwegian',
  ne: 'nepali',
  nl: 'dutch',
  nn: 'norwegian',
  no: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
  yi: 'yiddish',
};

/**
 * The migration that defines `claimtrail_ts_config(language)`: a CASE over the configurations this server has
 * (older servers lack some), `simple` otherwise. IMMUTABLE, so it can serve in index expressions.
 */
export function tsConfigFunctionSql(): string {
  const pairs = Object.entries(TS_CONFIGS).map(([lang, cfg]) => `('${lang}', '${cfg}')`).join(', ');
  return `DO $do$
DECLARE body text;
BEGIN
  SELECT string_agg(format('WHEN %L THEN %L::regconfig', l.lang, l.cfg), ' ' ORDER BY l.lang) INTO body
  FROM (VALUES ${pairs}) AS l(lang, cfg) JOIN pg_catalog.pg_ts_config c ON c.cfgname = l.cfg;
  EXECUTE format('CREATE FUNCTION claimtrail_ts_config(lang text) RETURNS regconfig LANGUAGE sql IMMUTABLE PARALLEL SAFE AS %L',
    'SELECT CASE split_part(lower(lang), ''-'', 1) ' || coalesce(body, 'WHEN '''' THEN ''simple''::regconfig') || ' ELSE ''simple''::regconfig END');
END
$do$`;
}
