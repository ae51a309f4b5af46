// A document's URL is written into STIX, MISP, ClaimReview and CSV and shown as a link: only a web address may be
// one. A page's <link rel=canonical href="javascript:…"> (or data:, file:, vbscript:) is the page's own claim and is
// dropped, never trusted.

/** `value` (resolved against `base`) when it is an absolute http(s) URL, otherwise null. */
export function webUrl(value: string | null | undefined, base?: string | null): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = base ? new URL(value.trim(), webUrl(base) ?? undefined) : new URL(value.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}
