// Database URLs: which ones name PostgreSQL, and how to print one without its password.

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** The password of a URL as written and as decoded, for scrubbing messages; empty when it has none. */
function passwordOf(url: string): string[] {
  const m = /^[a-z][\w+.-]*:\/\/([^/?#]*)@/i.exec(url);
  if (!m) return [];
  const userinfo = m[1];
  const colon = userinfo.indexOf(':');
  if (colon < 0) return [];
  const raw = userinfo.slice(colon + 1);
  if (!raw) return [];
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // a malformed escape: only the raw form can appear
  }
  return [...new Set([raw, decoded])].sort((a, b) => b.length - a.length);
}

/**
 * A database URL fit to print: the password replaced by ***. The userinfo ends at the last "@" before the path,
 * so a password with an unescaped "@" in it is hidden whole.
 */
export function hidePassword(url: string): string {
  const m = /^([a-z][\w+.-]*:\/\/)([^/?#]*)@/i.exec(url);
  if (!m) return url;
  const userinfo = m[2];
  const colon = userinfo.indexOf(':');
  if (colon < 0) return url;
  return `${m[1]}${userinfo.slice(0, colon)}:***@${url.slice(m[0].length)}`;
}

/** Removes the password of `url` from any text (a driver message, a stack) before it is shown. */
export function scrub(text: string, url: string): string {
  let out = text;
  for (const p of passwordOf(url)) if (p.length >= 1) out = out.split(p).join('***');
  return out;
}
