// RSS 2.0, RSS 1.0 (RDF) and Atom files saved to disk, streamed through htmlparser2 in XML mode. Each item becomes
// an article from its full content (content:encoded, Atom content) or else its summary/description.
import { StringDecoder } from 'node:string_decoder';
import { Parser } from 'htmlparser2';
import { openInput } from './open.js';
import { itemKey, type ByteCounter, type Item, type ReaderEvent } from '../item.js';
import { fragmentText } from './fragment.js';

interface Entry {
  at: number;
  fields: Record<string, string>;
  link: string | null;
}

const ROOTS = new Set(['rss', 'feed', 'rdf:rdf']);
const ITEM = new Set(['item', 'entry']);
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

export async function* readFeed(path: string, counter?: ByteCounter): AsyncGenerator<ReaderEvent> {
  const ready: ReaderEvent[] = [];
  const stack: string[] = [];
  const channel: Record<string, string> = {};
  let entry: Entry | null = null;
  let field: { name: string; text: string; depth: number } | null = null;
  let n = 0;
  let rootChecked = false;
  let refused: string | null = null;
  /** Set by parser.end(): an element still open then is cut off by the end of the file. */
  let ending = false;
  let cut: string | null = null;
  let itemCut = false;

  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const name = tag.toLowerCase();
        if (!rootChecked) {
          rootChecked = true;
          if (!ROOTS.has(name)) refused = `not an RSS or Atom feed: its root element is <${name}>, not <rss>, <feed> or <rdf:RDF>`;
        }
        stack.push(name);
        if (ITEM.has(name)) entry = { at: parser.startIndex, fields: {}, link: null };
        else if (field) {
          if (BLOCKS.has(name)) field.text += '<p>'; // Atom type="xhtml" content arrives as child elements
        } else if (entry && name === 'link' && attrs.href && (!attrs.rel || attrs.rel === 'alternate')) entry.link ??= attrs.href;
        else if (!ROOTS.has(name) && name !== 'channel') field = { name, text: '', depth: stack.length };
      },
      ontext(text) {
        if (field) field.text += text;
      },
      onclosetag(tag) {
        const name = tag.toLowerCase();
        if (field && stack.length === field.depth) {
          const value = field.text.trim();
          if (value) {
            if (entry) entry.fields[field.name] ??= value;
            else if (stack[stack.length - 2] === 'channel' || stack[stack.length - 2] === 'feed') channel[field.name] ??= value;
          }
          field = null;
        }
        stack.pop();
        if (ending && !cut) cut = name;
        if (ITEM.has(name) && entry && ending) {
          // The file ends inside this item: its content is incomplete, so it is reported, not stored.
          n++;
          itemCut = true;
          ready.push({ type: 'problem', origin: `${path} item ${n}`, message: `"${path} item ${n} (character ${entry.at})" is truncated: the file ends inside it. Items before it were read; download the feed again for the rest.` });
          entry = null;
        } else if (ITEM.has(name) && entry) {
          n++;
          const made = toItem(path, n, entry, channel);
          ready.push(typeof made === 'string' ? { type: 'problem', origin: `${path} item ${n}`, message: made } : { type: 'item', item: made });
          entry = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );

  const input = openInput(path, counter);
  // A multi-byte character split across two chunks must not become two replacement characters.
  const decoder = new StringDecoder('utf8');
  let head = true;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      const text = decoder.write(chunk);
      if (head && text.trim()) {
        head = false;
        const first = text.trimStart()[0];
        if (first !== '<' && first !== '\ufeff') {
          yield { type: 'problem', origin: `${path} (byte 0)`, message: `"${path}" is not XML (it starts with ${JSON.stringify(text.trimStart().slice(0, 20))}), so not an RSS or Atom feed. Give a saved feed (.rss, .atom, .xml).` };
          return;
        }
      }
      parser.write(text);
      if (refused) break;
      yield* ready.splice(0);
    }
    if (!refused) {
      parser.write(decoder.end());
      ending = true;
      parser.end();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const detail = code === 'ENOENT' ? 'the file is gone (moved or deleted during the run)' : (error as Error).message;
    yield* ready.splice(0);
    yield { type: 'problem', origin: `${path} item ${n + 1}`, message: `"${path}": reading stopped after item ${n}: ${detail}.` };
    return;
  }
  if (refused) {
    yield { type: 'problem', origin: `${path} (byte 0)`, message: `"${path}" is ${refused}.` };
    return;
  }
  yield* ready.splice(0);
  if (cut && !itemCut) {
    yield { type: 'problem', origin: `${path} item ${n + 1}`, message: `"${path}" is truncated: the file ends inside <${cut}>, before the feed's closing tag, after item ${n}. Items before it were read; items after it may be missing (download the feed again).` };
  }
  if (!n) yield { type: 'problem', origin: path, message: `"${path}" is a feed with no <item> or <entry>: nothing to ingest.` };
}

function toItem(path: string, n: number, entry: Entry, channel: Record<string, string>): Item | string {
  const f = entry.fields;
  const origin = `${path} item ${n} (character ${entry.at})`;
  const body = f['content:encoded'] ?? f.content ?? f.description ?? f.summary ?? '';
  const text = fragmentText(body);
  if (!text) return `"${origin}": the item has no content, description or summary; it is skipped.`;
  const title = f.title ? fragmentText(f.title) : null;
  const url = entry.link ?? f.link ?? (f.guid && /^https?:/.test(f.guid) ? f.guid : null);
  const meta = {
    url,
    title,
    published: toIso(f.pubdate ?? f['dc:date'] ?? f.published ?? f.updated ?? null),
    outlet: channel.title ?? null,
    language: (f['dc:language'] ?? channel.language ?? channel['dc:language'] ?? '').slice(0, 2).toLowerCase() || null,
  };
  const full = title && !text.startsWith(title) ? `${title}\n\n${text}` : text;
  return { key: itemKey('feed', url ?? '', full), origin, input: { kind: 'text', name: origin, text: full, meta } };
}

/** RFC 822 dates of RSS and ISO dates of Atom → ISO 8601, or null. */
function toIso(date: string | null): string | null {
  if (!date) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) return date.trim();
  const t = Date.parse(date);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
