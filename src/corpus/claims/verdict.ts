// Does a member of a claim cluster refute the claim? A cluster is labelled with one member's wording, and a
// fact-check's ("FACT CHECK: Lavrov falsely claims …") must not name a cluster of Lavrov's own statements. A member
// refutes when its article is a debunk (a verdict in its headline, or every narrative it carries refuted) or when the
// claim itself, in the outlet's voice, carries a verdict. Verdicts are the narratives stage's cues (cues.yml:
// refute-debunk, refute-unsupported, in its five languages); one after a speech cue ("Moscow called it false") is a
// reported denial, not the outlet's verdict, as in that stage.
import { loadLexicon } from '../../stages/narratives/lexicon.js';
import { compileMatcher, type Matcher } from '../../stages/narratives/matcher.js';
import { tokenize } from '../../stages/narratives/tokens.js';

type Cue = 'verdict' | 'report';

const VERDICT_IDS = new Set(['refute-debunk', 'refute-unsupported']);
let matcher: Matcher<Cue> | null = null;

function cues(): Matcher<Cue> {
  if (matcher) return matcher;
  const entries: { phrase: string; payload: Cue }[] = [];
  for (const e of loadLexicon().entries) {
    const payload: Cue | null = e.payload.kind === 'refute' && VERDICT_IDS.has(e.payload.id) ? 'verdict' : e.payload.kind === 'report' ? 'report' : null;
    if (!payload) continue;
    for (const list of Object.values(e.phrases)) for (const phrase of list) entries.push({ phrase, payload });
  }
  matcher = compileMatcher(entries);
  return matcher;
}

/** A verdict in the text's own voice: a verdict cue not preceded by a speech cue. */
export function hasVerdict(text: string | null): boolean {
  if (!text) return false;
  const hits = cues().all(tokenize(text));
  return hits.some((v) => v.payload === 'verdict' && !hits.some((r) => r.payload === 'report' && r.to <= v.from));
}

/** A debunk: a verdict in the headline, or every narrative the article carries (article-level stances) refuted. */
export function articleRefutes(title: string | null, narrativeStances: readonly string[]): boolean {
  return hasVerdict(title) || (narrativeStances.length > 0 && narrativeStances.every((s) => s === 'refutes'));
}

/** A claim (its text and voice: 'author' is the outlet's) of an article that is a debunk or not. */
export function memberRefutes(m: { text: string; voice: string; articleRefutes: boolean }): boolean {
  return m.articleRefutes || (m.voice === 'author' && hasVerdict(m.text));
}
