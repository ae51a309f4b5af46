import { message } from '../../core/messages.js';
import type { Doc, Message } from '../../core/types.js';

/**
 * A warning for a stage that runs on a document in a language it was not trained or written for (the English
 * attribution tagger on "pl" text): its output is kept, but a reader should know it is a guess. Null when the language
 * is covered, or unknown (the language stage has already warned about that).
 */
export function outsideLanguages(doc: Doc, source: string, languages: readonly string[], what: string): Message | null {
  const lang = doc.meta.language;
  if (!lang || languages.includes(lang)) return null;
  return message(source, 'language-untrained', 'warning', `${what} was made for ${languages.join(', ')}, not "${lang}": treat its output on this document as unreliable.`, null, {
    actual: lang,
    expected: languages.join(', '),
  });
}
