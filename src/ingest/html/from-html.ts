// Decoded HTML → Doc: metadata, chrome removed, the article picked and written out with a source map.
//
// The text starts with the headline as its own paragraph when the title is known and the article text does not
// already start with it, so that claims made in the headline can be analysed; the spine's paragraph stage reads a
// short first line without final punctuation as the title. The headline maps to the page's <h1> when that is where
// it is printed, and to nothing (made up by the ingest) when it came from metadata alone.
import { createDoc } from '../../core/doc.js';
import { ClaimtrailError } from '../../core/errors.js';
import { message } from '../../core/messages.js';
import type { Doc, Message } from '../../core/types.js';
import { DEFAULT_MAX_CHARS, capText } from '../limit.js';
import { removeChrome } from './clean.js';
import { pickContent } from './content.js';
import { emitContent } from './emit.js';
import { extractMeta } from './metadata.js';
import { norm } from './title.js';
import { MAX_DEPTH, MAX_NODES, elements, measure, parseTree, textOf, type ElementNode } from './tree.js';
import { TextWriter } from './writer.js';

export interface FromHtmlOptions {
  name: string;
  url?: string | null;
  encoding: string;
  bytes: number;
  /** Messages gathered before parsing (from decoding), kept on the doc. */
  messages?: Message[];
  /** Leave the title out of the text (for evaluations that compare body text only). */
  titleInText?: boolean;
  /** Characters of text kept for analysis (default DEFAULT_MAX_CHARS); beyond it the text is cut with a warning. */
  maxChars?: number;
}

/** Below this many characters the picked element is probably not the article: try the whole cleaned page. */
const MIN_ARTICLE = 250;

export function fromHtml(html: string, opts: FromHtmlOptions): Doc {
  const messages: Message[] = [...(opts.messages ?? [])];
  // The writers stop keeping text a little past the cap (capText then cuts it at a paragraph break and warns).
  const keep = (opts.maxChars ?? DEFAULT_MAX_CHARS) + 1;
  const writeBody = (roots: ElementNode[]): TextWriter => {
    const writer = new TextWriter(keep);
    for (const r of roots) {
      writer.paragraphBreak();
      emitContent(r, writer);
    }
    return writer;
  };
  const { root, head, dropped, cut, pruned } = parseTree(html);
  if (pruned) messages.push(message('ingest-html', 'empty-elements-dropped', 'warning', `The page has more than ${MAX_NODES} elements and text runs; ${pruned} empty elements were dropped to read it within that budget.`, null, { actual: String(pruned), expected: String(MAX_NODES) }));
  if (cut) messages.push(message('ingest-html', 'page-too-many-nodes', 'warning', `The page has more than ${MAX_NODES} elements and text runs; reading stopped at character ${cut.at} of ${html.length} (${cut.tags} more start tags and ${cut.textChars} characters of text were not read).`, null, { actual: String(cut.at), expected: String(MAX_NODES) }));
  if (dropped) messages.push(message('ingest-html', 'nesting-too-deep', 'warning', `${dropped} elements nested deeper than ${MAX_DEPTH} levels were flattened into their ancestor (their text is kept).`, null, { actual: String(dropped) }));
  measure(root);
  const meta = extractMeta(root, head, opts.url ?? null, messages);
  const titleNode = meta.title ? findHeading(root, meta.title) : null;
  removeChrome(root);

  let body = writeBody(pickContent(root));
  if (body.size < MIN_ARTICLE) {
    const whole = writeBody([root]);
    if (whole.size > body.size) body = whole;
  }
  if (!body.size) {
    // Everything looked like chrome: as a last resort, the best block of the page as it is, when it holds prose.
    const raw = parseTree(html).root;
    measure(raw);
    const fallback = writeBody(pickContent(raw));
    if (fallback.size < MIN_ARTICLE) throw new ClaimtrailError('INPUT_NO_ARTICLE', { input: opts.name, detail: 'no paragraphs of text outside the page chrome' });
    messages.push(message('ingest-html', 'article-in-chrome', 'warning', 'No article text was found outside the page chrome; kept the best block of the whole page.'));
    body = fallback;
  }
  const bodyText = body.finish().text;

  const out = new TextWriter();
  const newline = bodyText.indexOf('\n');
  const firstLine = newline < 0 ? bodyText : bodyText.slice(0, newline);
  if (meta.title && opts.titleInText !== false && norm(firstLine) !== norm(meta.title)) {
    if (titleNode) emitContent(titleNode, out);
    else out.writeUnmapped(meta.title);
    out.paragraphBreak();
  }
  out.append(body);
  const { text, sourceMap } = out.finish();
  const full = text.length + body.total - body.size;
  return capText(createDoc({ text, meta, source: { name: opts.name, kind: 'html', encoding: opts.encoding, bytes: opts.bytes }, sourceMap, messages }), opts.maxChars, full);
}

/** The h1 (or h2) that prints the title, so the headline in the text maps back to it. */
function findHeading(root: ElementNode, title: string): ElementNode | null {
  const wanted = norm(title);
  for (const el of elements(root)) {
    if ((el.tag === 'h1' || el.tag === 'h2') && norm(textOf(el)) === wanted) return el;
  }
  return null;
}
