// Topic support within a transcript: a line about what the speakers' most check-worthy lines are about ("He hired
// workers from Poland" after "Trump hired Polish workers ... a million dollars") is more likely checked too — fact
// checkers mark every line of the exchange on a claim they check. Each line's score is mixed with the mean score of
// the other lines that share its rarer content words.
import { isStopWord } from '../../knowledge/lexicons/stopwords.js';
import { stem } from '../../knowledge/lexicons/stem.js';
import { tokenize } from '../features/tokens.js';

/** Content stems of a line: not stop words, at least 4 letters, no numbers. */
function contentStems(text: string): string[] {
  const out = new Set<string>();
  for (const { lower } of tokenize(text)) {
    if (lower.length < 4 || !/^[a-z][a-z'-]*$/.test(lower) || isStopWord(lower, 'en')) continue;
    out.add(stem(lower, 'en'));
  }
  return [...out];
}

/**
 * `scores` mixed with each line's topic support at `weight`: for each of the line's content stems found in at most
 * `maxShare` of the lines (common words say nothing of the topic), the mean score of the other lines holding it;
 * the support is the largest of these means. Scores stay in [0, 1].
 */
export function smoothByTopic(texts: readonly string[], scores: readonly number[], weight: number, maxShare = 0.02): number[] {
  if (!weight) return [...scores];
  const stems = texts.map(contentStems);
  const sum = new Map<string, number>();
  const count = new Map<string, number>();
  stems.forEach((ss, i) => ss.forEach((s) => {
    sum.set(s, (sum.get(s) ?? 0) + scores[i]);
    count.set(s, (count.get(s) ?? 0) + 1);
  }));
  const limit = Math.max(2, maxShare * texts.length);
  return scores.map((score, i) => {
    let support = 0;
    for (const s of stems[i]) {
      const n = count.get(s) ?? 0;
      if (n < 2 || n > limit) continue;
      support = Math.max(support, ((sum.get(s) ?? 0) - score) / (n - 1));
    }
    return (score + weight * support) / (1 + weight);
  });
}
