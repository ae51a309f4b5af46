// The node budget of parseTree (MAX_NODES): a page of megabytes of tiny elements built a tree node for each, 400 MB
// live for 5 MB (the fuzz run of big pages, `npm run fuzz -- --min-size 1`); past the budget the page is no longer
// read, with a warning, and the article before it is kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_NODES, MAX_RAW_TEXT, parseTree, type TreeNode } from './tree.js';
import { fromHtml } from './index.js';

const PROSE = 'The envoy said in an interview that the rivals had armed the militia, a claim the ministry denied at once. ';
const opts = { name: 'tiny.html', encoding: 'utf-8', bytes: 0 };

function countNodes(root: TreeNode): number {
  let n = 0;
  const stack: TreeNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    n++;
    if (node.type === 'element') stack.push(...node.children);
  }
  return n;
}

test('a page of more tiny elements than MAX_NODES keeps at most MAX_NODES nodes and says where reading stopped', () => {
  const extra = 20_000;
  const soup = '<b>x</b>'.repeat(MAX_NODES / 2 + extra);
  const html = `<html><body><article><p>${PROSE.repeat(6)}</p></article>${soup}</body></html>`;
  const { root, cut } = parseTree(html);
  assert.ok(countNodes(root) <= MAX_NODES + 1, `${countNodes(root)} nodes`); // + the root
  assert.ok(cut);
  assert.ok(cut.at > html.indexOf('<b>') && cut.at < html.length, `stopped at ${cut.at}`);
  // Each <b>x</b> is two nodes (the element and its text), less the few taken by html, body, article and p: what
  // was not kept is counted.
  assert.ok(cut.tags >= extra && cut.tags <= extra + 5, `${cut.tags} tags`);
  assert.ok(cut.textChars >= extra && cut.textChars <= extra + 5, `${cut.textChars} characters`);

  const doc = fromHtml(html, opts);
  const warning = doc.messages.find((m) => m.ruleId === 'page-too-many-nodes');
  assert.ok(warning, 'warned');
  assert.match(warning.reason, new RegExp(`more than ${MAX_NODES} elements and text runs; reading stopped at character ${cut.at} of ${html.length}`));
  assert.ok(doc.text.startsWith(PROSE.trim()), 'the article before the cut is kept');
});

test('a page within the budget is read whole, with no warning', () => {
  const html = `<html><body><article><p>${PROSE.repeat(6)}</p></article>${'<b>x</b>'.repeat(1000)}</body></html>`;
  assert.equal(parseTree(html).cut, null);
  assert.ok(!fromHtml(html, opts).messages.some((m) => m.ruleId === 'page-too-many-nodes'));
});

test('meta and link tags in the head count against the budget too (the head builds no tree nodes)', () => {
  const html = `<html><head>${'<meta name="x" content="y">'.repeat(MAX_NODES + 5)}</head><body><p>${PROSE}</p></body></html>`;
  const { head, cut } = parseTree(html);
  assert.equal(head.metas.length, MAX_NODES - 1); // the html element took one
  assert.ok(cut && cut.tags >= 5);
});

test('the title and a JSON-LD block keep at most MAX_RAW_TEXT characters', () => {
  const long = 'T'.repeat(MAX_RAW_TEXT + 5000);
  const { head } = parseTree(`<html><head><title>${long}</title><script type="application/ld+json">${long}</script></head><body><p>${PROSE}</p></body></html>`);
  assert.equal(head.title?.length, MAX_RAW_TEXT);
  assert.equal(head.jsonLd[0].length, MAX_RAW_TEXT);
});

test('a budget spent on closed empty elements (fuzz 16:1469 shape, 150,000 unclosed <li>) is won back: the article after them is read', () => {
  const html = `<html><body>${'<li>'.repeat(150_000)}<p>${PROSE.repeat(3)}</p></body></html>`;
  const { cut, pruned } = parseTree(html);
  assert.equal(cut, null);
  assert.ok(pruned >= MAX_NODES / 2, `${pruned} pruned`);
  const doc = fromHtml(html, opts);
  assert.ok(doc.text.includes(PROSE.trim().slice(0, 60)));
  assert.ok(doc.messages.some((m) => m.ruleId === 'empty-elements-dropped'));
  assert.ok(!doc.messages.some((m) => m.ruleId === 'page-too-many-nodes'));
});
