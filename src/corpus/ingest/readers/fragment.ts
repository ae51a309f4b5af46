// An HTML fragment (a feed item's content) → plain text with one paragraph per block, entities decoded.
import { Parser } from 'htmlparser2';

const BLOCK = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'section', 'article', 'figure', 'pre']);
const SKIP = new Set(['script', 'style', 'noscript', 'template']);

export function fragmentText(html: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let skipping = 0;
  const breakParagraph = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) paragraphs.push(t);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipping++;
        else if (BLOCK.has(name)) breakParagraph();
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK.has(name)) breakParagraph();
      },
      ontext(text) {
        if (!skipping) current += text;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  breakParagraph();
  return paragraphs.join('\n\n');
}
