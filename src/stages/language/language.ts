import { detectAll } from 'tinyld';
import { withMessages, withMeta } from '../../core/doc.js';
import { message } from '../../core/messages.js';
import { defineStage } from '../../core/stage.js';
import type { Doc } from '../../core/types.js';

/** How much text to read: ~1,000 characters identify the language as well as the whole article, at a fraction of the cost. */
const SAMPLE = 1000;

export interface LanguageOptions {
  /** Use this language and skip detection. */
  force?: string;
}

/** The document language (ISO 639-1). Detection on the text wins over the page's declared language when confident. */
export const language = defineStage<LanguageOptions | undefined>({
  name: 'language',
  requires: [],
  assigns: ['language'],
  create(options) {
    return function detectLanguage(doc: Doc): Doc {
      if (options?.force) return withMeta(doc, { language: options.force });
      const declared = doc.meta.language;
      const sample = doc.text.slice(0, SAMPLE);
      const [best] = sample.trim().length >= 20 ? detectAll(sample) : [];
      if (!best) {
        if (declared) return doc;
        return withMessages(doc, [message('language', 'language-unknown', 'warning', 'Too little text to identify the language.')]);
      }
      if (declared && declared !== best.lang) {
        if (best.accuracy < 0.5) return doc;
        const note = message('language', 'language-mismatch', 'info', `The page declares "${declared}" but the text reads as "${best.lang}".`, null, {
          actual: best.lang,
          expected: declared,
        });
        return withMessages(withMeta(doc, { language: best.lang }), [note]);
      }
      return withMeta(doc, { language: best.lang });
    };
  },
});
