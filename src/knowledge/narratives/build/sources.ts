// Reads the two narrative datasets into plain records (build time only).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv.js';

export interface EuvsCase {
  /** The case URL on euvsdisinfo.eu. */
  url: string;
  slug: string;
  title: string;
  date: string;
  keywords: string[];
  countries: string[];
  languages: string[];
  outlets: string[];
}

export const EUVS_DIR = 'narratives/euvsdisinfo-cases-2021';
export const UA_DIR = 'narratives/ua-disinfo-narratives-catalogue';

export function readEuvsCases(datasets: string): EuvsCase[] {
  const rows = parseCsv(readFileSync(join(datasets, EUVS_DIR, 'posts.csv'), 'utf8'));
  const list = (s: string) => s.split('+').map((x) => x.trim()).filter(Boolean);
  return rows.map((r) => ({
    url: r.id,
    slug: r.id.replace(/\/+$/, '').split('/').pop() ?? '',
    title: r.title.trim(),
    date: r.date,
    keywords: list(r.keywords),
    countries: list(r.countries),
    languages: list(r.languages),
    outlets: list(r.outlets),
  }));
}

export interface UaCase {
  narrative: string;
  claim: string;
  text: string;
  /** ISO date (the file has dd/mm/yyyy). */
  date: string | null;
  outlet: string;
  link: string;
}

interface UaRow {
  Narrative?: string;
  Fakes?: string;
  Disinfo_cases_en?: string;
  Date?: string;
  Media?: string;
  Link?: string;
}

/** The Ukraine catalogue, with Narrative and Fakes filled down (the file gives them on a group's first row). */
export function readUaCases(datasets: string): UaCase[] {
  const rows = JSON.parse(readFileSync(join(datasets, UA_DIR, 'narratives-cases-en.json'), 'utf8')) as UaRow[];
  let narrative = '';
  let claim = '';
  const out: UaCase[] = [];
  for (const r of rows) {
    narrative = r.Narrative?.trim() || narrative;
    claim = r.Fakes?.trim() || claim;
    const text = (r.Disinfo_cases_en ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(r.Date?.trim() ?? '');
    const date = d ? `${d[3]}-${d[2].padStart(2, '0')}-${d[1].padStart(2, '0')}` : null;
    out.push({ narrative, claim, text, date, outlet: r.Media?.trim() ?? '', link: r.Link?.trim() ?? '' });
  }
  return out;
}
