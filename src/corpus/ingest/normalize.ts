// URL canonicalisation (so one article under tracking parameters or a trailing slash is stored once) and week keys.

const TRACKING = /^(utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|ref|ref_src|cmpid|from|share)$/i;

/** Lower-case scheme and host, no www., no default port, no fragment, no tracking parameters, no trailing slash. */
export function canonicalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.href;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const params = [...url.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '';
  // http and https name one article: the scheme is left out of the identity.
  return `${host}${url.port ? `:${url.port}` : ''}${path}${query}`;
}

/** The outlet named by a canonical URL's host ("tass.com"), for articles that do not name their site. */
export function hostOutlet(canonical: string): string | null {
  const host = canonical.split(/[/:?]/)[0];
  return host && host.includes('.') ? host : null;
}

/** The Monday (YYYY-MM-DD) of the ISO week holding an ISO 8601 date, or null if it is not a date. */
export function isoWeek(date: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return null;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(day.getTime())) return null;
  const shift = (day.getUTCDay() + 6) % 7; // days since Monday
  return new Date(day.getTime() - shift * 86400000).toISOString().slice(0, 10);
}
