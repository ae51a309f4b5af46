import type { Cues } from './cues.js';

/**
 * A German compound title ("Innenministerin", "Regierungssprecher"): German writes the title as one word, so the
 * role noun is its ending (data/cues.yml `title-ends-de`). German only: "Administer" is no minister.
 */
export function germanTitle(key: string, lang: string, cues: Cues): boolean {
  if (lang !== 'de') return false;
  for (const end of cues['title-ends-de']) if (key.length > end.length + 2 && key.endsWith(end)) return true;
  return false;
}
