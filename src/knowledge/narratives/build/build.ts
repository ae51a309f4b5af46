// Builds the starter catalogue and the EUvsDisinfo case index from the datasets and definitions.yml.
// The narratives stage itself reads the case titles, so "frames: true" selects the cases whose claim frame fits.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { featuresOf } from '../../../stages/narratives/features.js';
import { findFrames } from '../../../stages/narratives/frames.js';
import type { NarrativeKnowledge } from '../../../stages/narratives/index.js';
import { read } from '../../../stages/narratives/reading.js';
import type { NarrativeEntity } from '../types.js';
import type { EuvsCase, UaCase } from './sources.js';

export const EUVS_SOURCE = 'EUvsDisinfo database, case list scraped 2021-02-18 (github.com/cknabs/EUvsDisinfo @ c4acb10, data/posts.csv)';
export const UA_SOURCE = 'Catalogue of pro-Kremlin narratives about Ukraine (github.com/sergesoroka/propaganda-app @ 0d27f2d, data/dataEng.js)';

interface Select {
  frames?: boolean;
  tags?: string[];
  title?: string;
  exclude?: string;
  max?: number;
}

interface EuvsDefinition {
  id: string;
  title: string;
  description: string;
  parent?: string;
  entities?: NarrativeEntity[];
  predicates?: string[];
  keywords?: Record<string, string[]>;
  note?: string;
  select: Select;
}

interface UaDefinition {
  title: string;
  id: string;
  entities?: NarrativeEntity[];
  predicates?: string[];
  keywords?: Record<string, string[]>;
}

export interface Definitions {
  euvsdisinfo: EuvsDefinition[];
  ua: UaDefinition[];
}

export interface OutExample {
  text: string;
  language: string;
  source: string | null;
  date: string | null;
}

export interface OutNarrative {
  id: string;
  title: string;
  description: string;
  parent?: string;
  entities?: NarrativeEntity[];
  predicates?: string[];
  keywords?: Record<string, string[]>;
  source: string;
  note?: string;
  examples: OutExample[];
}

export function readDefinitions(url: URL): Definitions {
  return parse(readFileSync(url, 'utf8')) as Definitions;
}

export function euvsNarratives(defs: EuvsDefinition[], cases: EuvsCase[], k: NarrativeKnowledge): OutNarrative[] {
  const byDate = [...cases].sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
  return defs.map((d) => {
    const chosen = byDate.filter((c) => selected(d, c, k)).slice(0, d.select.max ?? 60);
    if (!chosen.length) throw new Error(`definition "${d.id}" selects no EUvsDisinfo case`);
    const seen = new Set<string>();
    const examples = chosen.filter((c) => !seen.has(c.title) && !!seen.add(c.title)).map((c) => ({ text: c.title, language: 'en', source: c.url, date: c.date }));
    const { select: _select, ...fields } = d;
    return { ...fields, source: `${EUVS_SOURCE}; cases selected by ${describe(d.select)}`, examples };
  });
}

function selected(d: EuvsDefinition, c: EuvsCase, k: NarrativeKnowledge): boolean {
  const s = d.select;
  if (s.tags && !s.tags.some((t) => c.keywords.includes(t))) return false;
  if (s.title && !new RegExp(s.title, 'i').test(c.title)) return false;
  if (s.exclude && new RegExp(s.exclude, 'i').test(c.title)) return false;
  if (!s.frames) return true;
  const accused = (d.entities ?? []).filter((e) => e.role === 'accused').map((e) => e.id);
  const objects = (d.entities ?? []).filter((e) => e.role === 'object').map((e) => e.id);
  const r = read(c.title, 'en', k.tools);
  const f = featuresOf(r, 0, r.tokens.length, k.concepts);
  return [...f.frames.keys()].some((key) => {
    const [a, p, o] = key.split('>');
    return accused.includes(a) && (d.predicates ?? []).includes(p) && objects.includes(o) && !f.negated.has(key);
  });
}

function describe(s: Select): string {
  const parts: string[] = [];
  if (s.frames) parts.push('claim frame');
  if (s.tags) parts.push(`keywords ${s.tags.join(' / ')}`);
  if (s.title) parts.push(`title /${s.title}/`);
  return parts.join(', ');
}

export function uaNarratives(defs: UaDefinition[], cases: UaCase[]): OutNarrative[] {
  const out: OutNarrative[] = [];
  const titles = [...new Set(cases.map((c) => c.narrative))];
  for (const title of titles) {
    const def = defs.find((d) => d.title.trim() === title);
    if (!def) throw new Error(`no definition for Ukraine catalogue narrative "${title}" in definitions.yml`);
    const claims = [...new Set(cases.filter((c) => c.narrative === title).map((c) => c.claim))];
    const { title: _t, ...fields } = def;
    out.push({
      ...fields,
      title: tidy(title),
      description: `A narrative of the Ukraine catalogue (${claims.length} claims, ${cases.filter((c) => c.narrative === title).length} cases in German and Italian media, quoted in English).`,
      source: UA_SOURCE,
      examples: claims.map((claim) => ({ text: tidy(claim), language: 'en', source: null, date: null })),
    });
    claims.forEach((claim, i) => {
      const quoted = cases.filter((c) => c.narrative === title && c.claim === claim);
      out.push({
        id: `${def.id}.${i + 1}`,
        parent: def.id,
        title: tidy(claim),
        description: `A claim of the narrative "${tidy(title)}", with the passages the catalogue cites.`,
        source: UA_SOURCE,
        examples: quoted.map((c) => ({ text: c.text, language: 'en', source: c.link || null, date: c.date })),
      });
    });
  }
  return out;
}

/** The catalogue's own typos, fixed where they would stop word matching ("agressor", "presense", "ot"). */
function tidy(s: string): string {
  return s.replace(/\bagressor\b/g, 'aggressor').replace(/\bpresense\b/g, 'presence').replace(/\bot the\b/g, 'of the').replace(/\\/g, '/').replace(/\s+/g, ' ').trim();
}

/**
 * A case's features for the shipped index: base ids (participants of the title, concepts of its EUvsDisinfo
 * keywords), predicate classes and claim frames, as "ids;PREDS;a>P>b …". Concept closure is applied at load, so
 * the index stays small and follows gazetteer parents and actor classes as they are then.
 */
export function caseFeatures(title: string, keywords: string[], k: NarrativeKnowledge): string {
  const ids = new Set<string>();
  const preds = new Set<string>();
  const frames = new Set<string>();
  const add = (text: string, withFrames: boolean) => {
    const r = read(text, 'en', k.tools);
    for (const p of r.participants) ids.add(p.id);
    for (const p of r.predicates) if (k.lexicon.predicates.has(p.cls)) preds.add(p.cls);
    if (withFrames) for (const f of findFrames(r, 0, r.tokens.length, k.concepts)) frames.add(`${f.agent.id}>${f.cls}>${f.patient.id}`);
  };
  add(title, true);
  for (const tag of keywords) add(tag, false);
  return `${[...ids].join(' ')};${[...preds].join(' ')};${[...frames].join(' ')}`;
}
