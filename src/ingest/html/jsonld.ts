// Reads schema.org JSON-LD blocks: headline, authors, dates, publisher, language. Tolerates @graph, arrays,
// references by @id and broken JSON (skipped with a message).
import { message } from '../../core/messages.js';
import type { Message } from '../../core/types.js';

export interface JsonLdInfo {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  publisher: string | null;
  inLanguage: string | null;
  url: string | null;
  description: string | null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /Article|BlogPosting|Posting|Report|Review|Story/i;
const PAGE_TYPE = /WebPage|CreativeWork/i;

export function readJsonLd(blocks: string[], messages: Message[]): JsonLdInfo {
  const objects: JsonObject[] = [];
  for (const block of blocks) {
    const parsed = parse(block);
    if (parsed === undefined) {
      messages.push(message('ingest-html', 'jsonld-invalid', 'info', 'A JSON-LD block in the page is not valid JSON; skipped it.', null, { actual: block.trim().slice(0, 80) }));
      continue;
    }
    flatten(parsed, objects);
  }
  const byId = new Map<string, JsonObject>();
  for (const o of objects) if (typeof o['@id'] === 'string') byId.set(o['@id'], o);
  const main = objects.find((o) => typeIs(o, ARTICLE_TYPE)) ?? objects.find((o) => typeIs(o, PAGE_TYPE)) ?? null;
  if (!main) return { headline: null, authors: [], datePublished: null, publisher: null, inLanguage: null, url: null, description: null };
  const resolve = (v: Json): Json => (v && typeof v === 'object' && !Array.isArray(v) && typeof v['@id'] === 'string' && byId.has(v['@id']) ? byId.get(v['@id'])! : v);
  return {
    headline: str(main.headline) ?? str(main.name),
    authors: names(main.author ?? main.creator ?? null, resolve),
    datePublished: str(main.datePublished) ?? str(main.dateCreated),
    publisher: names(main.publisher ?? null, resolve)[0] ?? null,
    inLanguage: str(main.inLanguage),
    url: str(main.url) ?? str(main.mainEntityOfPage),
    description: str(main.description),
  };
}

function parse(block: string): Json | undefined {
  const text = block.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, '');
  try {
    return JSON.parse(text) as Json;
  } catch {
    try {
      // Common breakage: raw newlines or tabs inside strings, trailing commas.
      return JSON.parse(text.replace(/[\n\r\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1')) as Json;
    } catch {
      return undefined;
    }
  }
}

function flatten(value: Json, out: JsonObject[]): void {
  if (Array.isArray(value)) value.forEach((v) => flatten(v, out));
  else if (value && typeof value === 'object') {
    out.push(value);
    if (value['@graph']) flatten(value['@graph'], out);
    if (value.mainEntity && typeof value.mainEntity === 'object') flatten(value.mainEntity, out);
  }
}

function typeIs(o: JsonObject, pattern: RegExp): boolean {
  const t = o['@type'];
  return Array.isArray(t) ? t.some((x) => typeof x === 'string' && pattern.test(x)) : typeof t === 'string' && pattern.test(t);
}

function str(v: Json | undefined): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (v && typeof v === 'object' && !Array.isArray(v)) return str(v['@id'] ?? v.url ?? null);
  return null;
}

function names(v: Json, resolve: (v: Json) => Json): string[] {
  const out: string[] = [];
  for (const item of Array.isArray(v) ? v : [v]) {
    const r = resolve(item);
    const name = typeof r === 'string' ? r : r && typeof r === 'object' && !Array.isArray(r) ? r.name : null;
    if (typeof name === 'string' && name.trim() && !/^https?:\/\//.test(name)) out.push(name.trim());
  }
  return out;
}
