import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_DEPTH, elements, measure, parseTree, textOf, type ElementNode } from './tree.js';
import { fromHtml } from './index.js';

const PROSE = 'The envoy said in an interview that the rivals had armed the militia, a claim the ministry denied at once. ';
const opts = { name: 'deep.html', encoding: 'utf-8', bytes: 0 };

/** A chain of `depth` nested divs built by hand, deeper than any call stack allows a recursive walk. */
function chain(depth: number): ElementNode {
  const root: ElementNode = { type: 'element', tag: '#root', attrs: {}, children: [], parent: null, start: 0, textLength: 0, linkLength: 0 };
  let current = root;
  for (let i = 0; i < depth; i++) {
    const el: ElementNode = { type: 'element', tag: 'div', attrs: {}, children: [], parent: current, start: i, textLength: 0, linkLength: 0 };
    current.children.push(el);
    current = el;
  }
  current.children.push({ type: 'text', text: 'deep text', start: depth, end: depth + 9 });
  return root;
}

test('measure, elements and textOf walk a 50,000-deep tree without recursion', () => {
  const root = chain(50_000);
  measure(root);
  assert.equal(root.textLength, 8);
  let n = 0;
  for (const _ of elements(root)) n++;
  assert.equal(n, 50_000);
  assert.equal(textOf(root), 'deep text');
});

test('elements come in document order', () => {
  const { root } = parseTree('<div id="a"><p id="b"><b id="c">x</b></p><p id="d"></p></div><span id="e"></span>');
  assert.deepEqual([...elements(root)].map((e) => e.attrs.id), ['a', 'b', 'c', 'd', 'e']);
});

for (const closed of [true, false]) {
  test(`100,000 nested <div>s (${closed ? 'closed' : 'never closed'}): nesting capped at ${MAX_DEPTH}, text kept, a warning`, () => {
    const n = 100_000;
    const html = `<html><body>${'<div>'.repeat(n)}<p>${PROSE.repeat(4)}</p>${closed ? '</div>'.repeat(n) : ''}<p>${PROSE}After.</p></body></html>`;
    const parsed = parseTree(html);
    let depth = 0;
    for (const el of elements(parsed.root)) {
      let d = 0;
      for (let p = el.parent; p; p = p.parent) d++;
      depth = Math.max(depth, d);
    }
    assert.ok(depth <= MAX_DEPTH + 1, `depth ${depth}`);
    assert.ok(parsed.dropped >= n - MAX_DEPTH, `dropped ${parsed.dropped}`);
    const doc = fromHtml(html, opts);
    assert.ok(doc.text.includes(PROSE.trim().slice(0, 60)));
    assert.ok(doc.messages.some((m) => m.ruleId === 'nesting-too-deep' && m.severity === 'warning'));
  });
}

test('a page of ordinary depth is read as before, with no nesting warning', () => {
  const doc = fromHtml(`<html><body><article><div><div><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></div></div></article></body></html>`, opts);
  assert.ok(doc.text.startsWith('The envoy said'));
  assert.ok(!doc.messages.some((m) => m.ruleId === 'nesting-too-deep'));
});

test('fuzz finding 16:1469: 100,000 unclosed <li> (each closes the one before) are read with the text kept', () => {
  const doc = fromHtml(`<html><body>${'<li>'.repeat(100_000)}<p>${PROSE.repeat(3)}</p></body></html>`, opts);
  assert.ok(doc.text.includes(PROSE.trim().slice(0, 60)));
});

test('other unclosed tags 20,000 deep (span, blockquote, td, a) are read with the text kept', () => {
  for (const tag of ['<span>', '<blockquote>', '<td>', '<a href=x>']) {
    const doc = fromHtml(`<html><body>${tag.repeat(20_000)}<p>${PROSE.repeat(3)}</p></body></html>`, opts);
    assert.ok(doc.text.includes(PROSE.trim().slice(0, 60)), tag);
  }
});
