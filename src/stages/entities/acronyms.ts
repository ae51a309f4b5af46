import type { Work } from './work.js';
import { addDraft } from './work.js';

const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d]{2,8}$/u;

/**
 * "Islamic Emirate of Afghanistan (IEA)", "Tehrik-i-Taliban Pakistan (TTP)": the acronym in brackets becomes an alias
 * of the name before it, and every other use of it in the text a mention of that entity (unless the gazetteer says otherwise).
 */
export function linkAcronyms(work: Work): void {
  const t = work.tokens;
  const defined = new Map<string, string>();
  for (const d of work.drafts) {
    if (d.kind !== 'name' && d.kind !== 'alias') continue;
    const open = t[d.last + 1];
    const acr = t[d.last + 2];
    const close = t[d.last + 3];
    if (open?.text !== '(' || close?.text !== ')' || !acr?.word || !ACRONYM.test(acr.text)) continue;
    const initials = new Set(d.text.split(/[\s-]+/).map((w) => w[0]?.toUpperCase()));
    if (!initials.has(acr.text[0])) continue;
    if (!defined.has(acr.text)) defined.set(acr.text, d.cluster);
  }
  if (!defined.size) return;
  // Names found only in this text that are the acronym move to the defining entity.
  for (const d of work.drafts) {
    const target = defined.get(d.text);
    if (target && d.cluster !== target && d.cluster.startsWith('n:')) {
      d.cluster = target;
      d.kind = 'alias';
    }
  }
  t.forEach((tok, i) => {
    const target = defined.get(tok.text);
    if (target && !work.covered[i]) addDraft(work, target, 'alias', i, i);
  });
}
