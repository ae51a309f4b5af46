// A structural check of the JSON-LD we write (no JSON-LD processor here: it would fetch the schema.org context):
// one schema.org @context, every node typed with a schema.org type we use, every key a schema.org term or a JSON-LD
// keyword, no null or empty values (JSON-LD drops nulls silently, which would hide a gap).
const TYPES = new Set(['ClaimReview', 'Claim', 'Article', 'Organization', 'Person', 'Thing', 'Rating']);
const TERMS = new Set(['claimReviewed', 'itemReviewed', 'author', 'datePublished', 'appearance', 'firstAppearance', 'about', 'description',
  'creativeWorkStatus', 'identifier', 'inLanguage', 'url', 'headline', 'publisher', 'name', 'jobTitle', 'reviewRating', 'alternateName']);

export function checkJsonLd(document: unknown): string[] {
  const errors: string[] = [];
  const root = document as Record<string, unknown>;
  if (root?.['@context'] !== 'https://schema.org') errors.push('/@context: expected "https://schema.org"');
  if (!Array.isArray(root?.['@graph'])) errors.push('/@graph: expected a list');
  const walk = (v: unknown, path: string): void => {
    if (v === null || v === undefined || v === '') errors.push(`${path}: empty value`);
    else if (Array.isArray(v)) {
      if (!v.length && path !== '/@graph') errors.push(`${path}: empty list`);
      v.forEach((x, i) => walk(x, `${path}/${i}`));
    } else if (typeof v === 'object') {
      const node = v as Record<string, unknown>;
      if (path !== '' && !TYPES.has(String(node['@type']))) errors.push(`${path}: @type ${String(node['@type'])} is not one we use`);
      for (const [k, x] of Object.entries(node)) {
        if (!k.startsWith('@') && !TERMS.has(k)) errors.push(`${path}/${k}: not a schema.org term we use`);
        if (k === '@id' && !/^(urn:|https?:)/.test(String(x))) errors.push(`${path}/@id: not an IRI`);
        if (k !== '@context') walk(x, `${path}/${k}`);
      }
    }
  };
  walk(document, '');
  return errors;
}
