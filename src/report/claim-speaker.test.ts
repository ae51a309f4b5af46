// Regression: a claim inside an embedded social post (postId, no quoteId) is shown with the post's author, not
// "unknown", in both reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../core/types.js';
import { claimSpeakerName, postAuthorLabel } from './claim-speaker.js';
import { toHtml } from './html.js';
import { toMarkdown } from './markdown.js';
import { docWith } from './test-docs.js';

const TEXT = [
  'Dam inspection delayed',
  '',
  'The river authority postponed its inspection of the Kell dam again on Monday.',
  '',
  'The Kell dam has cracked in three places and nobody has told the villages downstream.',
  '',
  '— Jane Roe (@janeroe) March 3, 2026',
].join('\n');

function postDoc(author: { name: string; handle: string | null } = { name: 'Jane Roe', handle: 'janeroe' }): Doc {
  return docWith(TEXT, (at) => ({
    paragraphs: [{ ...at('Dam inspection delayed'), kind: 'title' }],
    entities: [],
    quotes: [],
    posts: [{ id: 'p1', platform: 'x', content: at('The Kell dam has cracked in three places and nobody has told the villages downstream.'), signature: at('— Jane Roe (@janeroe) March 3, 2026'), author, date: 'March 3, 2026' }],
    claims: [
      { id: 'c1', ...at('The Kell dam has cracked in three places and nobody has told the villages downstream.'), voice: 'attributed', quoteId: null, postId: 'p1', checkworthiness: 0.8 },
      { id: 'c2', ...at('The river authority postponed its inspection of the Kell dam again on Monday.'), voice: 'author', quoteId: null, checkworthiness: 0.6 },
    ],
  }));
}

test('markdown: a post claim is attributed to the post author, with handle and platform', () => {
  const md = toMarkdown(postDoc());
  const attributed = md.slice(md.indexOf('## Attributed claims'));
  assert.match(attributed, /1\. \*\*Jane Roe \(@janeroe\) on X:\*\* “The Kell dam has cracked/);
  assert.ok(!attributed.includes('**unknown:**'), attributed);
});

test('html: a post claim is attributed to the post author', () => {
  const html = toHtml(postDoc());
  assert.ok(html.includes('<strong>Jane Roe (@janeroe) on X:</strong> “The Kell dam has cracked'), html);
  assert.ok(!html.includes('<strong>unknown:</strong>'));
});

test('a post whose signature was dropped names the handle, or says the author is unknown', () => {
  const doc = postDoc({ name: 'unknown', handle: null });
  assert.equal(claimSpeakerName(doc, doc.layers.claims![0]), 'unknown author on X');
  const post = postDoc({ name: '@janeroe', handle: 'janeroe' }).layers.posts![0];
  assert.equal(postAuthorLabel(post), '@janeroe on X');
});

test("the outlet's own claim has no speaker; a claim whose post id points nowhere has none either", () => {
  const doc = postDoc();
  assert.equal(claimSpeakerName(doc, doc.layers.claims![1]), null);
  assert.equal(claimSpeakerName(doc, { ...doc.layers.claims![0], postId: 'p9' }), null);
});
