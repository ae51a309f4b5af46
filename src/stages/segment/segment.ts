import { withLayers } from '../../core/doc.js';
import { defineStage } from '../../core/stage.js';
import type { Doc, Paragraph, Sentence } from '../../core/types.js';
import { loadAbbreviations, loadOrdinalHeads } from './abbreviations.js';
import { splitSentences } from './sentences.js';

/** Paragraphs (blank-line separated blocks; the headline is its own paragraph) and sentences within them. */
export const segment = defineStage({
  name: 'segment',
  requires: [],
  assigns: ['paragraphs', 'sentences'],
  create() {
    const abbreviations = loadAbbreviations();
    const ordinalHeads = loadOrdinalHeads();
    return function segmentDoc(doc: Doc): Doc {
      const paragraphs = findParagraphs(doc);
      const sentences: Sentence[] = [];
      paragraphs.forEach((p, index) => {
        for (const span of splitSentences(doc.text, p.start, p.end, abbreviations, ordinalHeads)) sentences.push({ ...span, paragraph: index });
      });
      return withLayers(doc, { paragraphs, sentences });
    };
  },
});

function findParagraphs(doc: Doc): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\S[\s\S]*?(?=\n\s*\n|\s*$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(doc.text))) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    const title = out.length === 0 && doc.meta.title !== null ? doc.meta.title.trim() : null;
    const block = doc.text.slice(start, end);
    const isTitle = title !== null && block.trim() === title;
    // A headline with its standfirst on the next line ("Clinton: Trump's view … 'dangerously wrong';\nIn speech to
    // AIPAC, she …"), no blank line between: the headline is still a paragraph of its own.
    const firstLine = /^[^\n]*/.exec(block)![0];
    if (title && !isTitle && firstLine.length < block.length && firstLine.trim() === title) {
      out.push({ start, end: start + firstLine.trimEnd().length, kind: 'title' });
      out.push({ start: start + firstLine.length + /^\s*/.exec(block.slice(firstLine.length))![0].length, end, kind: 'body' });
      continue;
    }
    out.push({ start, end, kind: isTitle ? 'title' : 'body' });
  }
  return out;
}
