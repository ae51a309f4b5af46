import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Parser } from 'htmlparser2';
import { toHtml } from './html.js';
import { docWith, sampleDoc } from './test-docs.js';

interface Parsed {
  tags: { name: string; attributes: Record<string, string> }[];
  styles: string[];
  text: string;
}

function parse(html: string): Parsed {
  const out: Parsed = { tags: [], styles: [], text: '' };
  let inStyle = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      out.tags.push({ name, attributes });
      if (name === 'style') inStyle = true;
    },
    onclosetag(name) {
      if (name === 'style') inStyle = false;
    },
    ontext(text) {
      if (inStyle) out.styles.push(text);
      else out.text += text;
    },
  }, { decodeEntities: true });
  parser.end(html);
  return out;
}

const TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'article', 'aside', 'section', 'h1', 'h2', 'p', 'div', 'span', 'ul', 'ol', 'li', 'strong', 'code', 'small', 'br', 'input', 'label', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);
const ATTRIBUTES = new Set(['lang', 'charset', 'name', 'content', 'http-equiv', 'class', 'title', 'type', 'id', 'checked', 'for']);

const HOSTILE = [
  '<script>alert("title")</script> Breaking',
  '',
  'An <img src=x onerror=alert(1)> tag, a <a href="javascript:alert(2)">link</a> and </style><script>steal()</script> here.',
  'The "Evil" Corp said, “</style><style>body{display:none}</style>”. It\'s <b onclick=x>bold</b>.',
].join('\n');

test('HTML: everything from the page is escaped — script, event handlers, javascript: URLs and </style> stay inert text', () => {
  const doc = docWith(HOSTILE, (at) => ({
    paragraphs: [{ ...at('<script>alert("title")</script> Breaking'), kind: 'title' }],
    entities: [{ id: 'e1', canonical: 'The "Evil" <Corp>', type: 'organization', gazetteerId: null, aliases: ['"Evil" Corp'], mentions: [{ ...at('"Evil" Corp'), text: '"Evil" Corp', kind: 'name' }], role: { ...at('onerror=alert(1)'), text: 'onerror=alert(1)' }, parent: null }],
    quotes: [{ id: 'q1', kind: 'direct', content: at('“</style><style>body{display:none}</style>”'), cue: at('said'), speaker: { entityId: 'e1', name: '<i>Evil</i>', span: at('"Evil" Corp') }, venue: { ...at('javascript:alert(2)'), text: 'javascript:alert(2)', entityId: null } }],
    claims: [{ id: 'c1', ...at('<b onclick=x>bold</b>'), voice: 'author', quoteId: null, checkworthiness: 0.5 }],
    techniques: [{ id: 't1', ...at('</style><script>steal()</script>'), technique: 'Loaded_Language"><script>', score: 0.9, explanation: '</style><script>x()</script>' }],
    framing: [{ entityId: 'e1', role: 'antagonist', fineRole: '<script>', score: 0.7, evidence: [at('<img src=x onerror=alert(1)>')], explanation: '" onmouseover="alert(3)' }],
  }), { title: '</title><script>alert(4)</script>', siteName: '<script>site</script>', byline: '" onload="x', url: 'javascript:alert(5)', language: '"><script>' });

  const html = toHtml(doc);
  const parsed = parse(html);
  for (const tag of parsed.tags) {
    assert.ok(TAGS.has(tag.name), `unexpected <${tag.name}>`);
    for (const [name, value] of Object.entries(tag.attributes)) {
      assert.ok(ATTRIBUTES.has(name), `unexpected attribute ${name} on <${tag.name}>`);
      assert.ok(!/^\s*javascript:/i.test(value), `javascript: URL in ${name}`);
    }
  }
  assert.equal(parsed.tags.filter((t) => t.name === 'script').length, 0);
  assert.equal(parsed.tags.filter((t) => t.name === 'style').length, 1, 'only our own <style>');
  assert.ok(!parsed.styles.join('').includes('<'), 'nothing from the page inside the style element');
  assert.equal((html.match(/<\/style>/g) ?? []).length, 1);
  assert.ok(!/<script/i.test(html));
  // The hostile text is still shown, as text.
  assert.ok(parsed.text.includes('<script>alert("title")</script> Breaking'));
  assert.ok(parsed.text.includes('<img src=x onerror=alert(1)>'));
  assert.ok(parsed.text.includes('</style><script>steal()</script>'));
});

test('HTML: technique highlights by family with a legend, hidden low scores counted, framing in the side panel, CSS-only toggles', () => {
  const html = toHtml(sampleDoc());
  assert.match(html, /<span class="tech tech-wording" title="Name_Calling,Labeling 0\.60 — [^"]*">puppet regime<\/span>/);
  assert.ok(!/class="tech[^"]*" title="Loaded_Language 0\.12/.test(html), 'the 0.12 span is not highlighted');
  assert.match(html, /Techniques \(score ≥ 0\.3; 1 lower-scored span hidden\)/);
  assert.match(html, /<h2>How the actors are cast<\/h2><ul><li><strong>Ruritania<\/strong> <span class="role role-antagonist">antagonist · conspirator<\/span>/);
  assert.ok(html.includes('“Ruritania armed the rebels”'));
  for (const layer of ['quotes', 'claims', 'entities', 'techniques']) {
    assert.ok(html.includes(`<input type="checkbox" id="show-${layer}" checked><label for="show-${layer}">`), layer);
    assert.ok(html.includes(`#show-${layer}:not(:checked)~.text`), `a CSS rule for ${layer}`);
  }
  // Overlap: the quote keeps its background and the technique inside it is an overline of its family's colour.
  assert.match(html, /<span class="quote quote-direct" title="[^"]*"><span class="tech tech-appeal" title="Appeal_to_fear-prejudice 0\.45[^"]*">invaders<\/span><\/span>/);
  assert.match(html, /\.quote\{background:[^}]*\}/);
  assert.match(html, /\.tech\{text-decoration-line:overline/);
  assert.ok(!/<script/i.test(html));
  assert.ok(html.includes('<code>direct</code> “The invaders will fail.”</li>'), 'a direct quote’s marks are not doubled');
});
