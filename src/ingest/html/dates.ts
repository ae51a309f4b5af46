// Dates as found in pages → ISO 8601: the offset is kept when given, a bare date stays "YYYY-MM-DD".

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const SLASHED = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const MONTHS = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s/i;

export function normaliseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const m = ISO.exec(s) ?? COMPACT.exec(s);
  if (m) return fromParts(m[1], m[2], m[3], m[4], m[5], m[6], m[7]);
  const slashed = SLASHED.exec(s);
  if (slashed) return fromParts(slashed[1], slashed[2], slashed[3]);
  // Written dates ("February 19, 2020", "Wed, 19 Feb 2020 10:00:00 +0100"): only with a month name and a year.
  if (!MONTHS.test(`${s} `) || !/\b(19|20)\d{2}\b/.test(s)) return null;
  const cleaned = s.replace(/\b(\d{1,2})(st|nd|rd|th)\b/gi, '$1').replace(/\bat\b/gi, ' ').replace(/\s+/g, ' ');
  const time = Date.parse(cleaned);
  if (Number.isNaN(time)) return null;
  const d = new Date(time);
  const offset = /([+-]\d{2}):?(\d{2})\s*$|\b(GMT|UTC|Z)\s*$/i.exec(cleaned);
  const hasTime = /\d{1,2}:\d{2}/.test(cleaned);
  if (hasTime && offset) return d.toISOString().replace('.000Z', 'Z');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function fromParts(y: string, mo: string, d: string, h?: string, mi?: string, s?: string, zone?: string): string | null {
  const month = Number(mo);
  const day = Number(d);
  const year = Number(y);
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  const date = `${y}-${pad(month)}-${pad(day)}`;
  if (h === undefined || mi === undefined) return date;
  const z = zone ? (zone.toUpperCase() === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`) : '';
  return `${date}T${pad(Number(h))}:${mi}:${s ?? '00'}${z}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
