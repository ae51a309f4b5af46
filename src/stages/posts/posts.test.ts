import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../../core/doc.js';
import type { Doc } from '../../core/types.js';
import { fromHtml } from '../../ingest/html/index.js';
import { createPipeline } from '../../core/pipeline.js';
import { claims } from '../claims/index.js';
import { entities } from '../entities/index.js';
import { language } from '../language/index.js';
import { quotes } from '../quotes/index.js';
import { segment } from '../segment/index.js';
import { findPosts, posts } from './index.js';

// A news page with an embedded tweet as Twitter's embed code writes it (blockquote.twitter-tweet + widgets.js).
const PAGE = `<html><head><title>Ministry denies report on grain exports</title></head><body><article>
<h1>Ministry denies report on grain exports</h1>
<p>The ministry said on Monday that grain exports rose by 12 percent in October, reaching 4.2 million tonnes, the highest level since 2019.</p>
<blockquote class="twitter-tweet"><p lang="en" dir="ltr">BREAKING: The government secretly sold 3 million tonnes of grain to Turkey last week, according to leaked documents. <a href="https://t.co/abc">pic.twitter.com/xyz123</a></p>&mdash; Jane Roe (@janeroe_news) <a href="https://twitter.com/janeroe_news/status/1234567890">November 3, 2026</a></blockquote>
<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
<p>The ministry denied the report and said that no grain was sold to Turkey in November, adding that exports to Egypt doubled compared with 2025.</p>
<p>Grain exports to Egypt doubled in 2025, reaching 1.8 million tonnes, and the harbour in Odesa handled 60 percent of them.</p>
<p>Farmers in the south reported that prices fell by a third since the start of the harvest season in July this year.</p>
</article></body></html>`;

const TWEET = 'BREAKING: The government secretly sold 3 million tonnes of grain to Turkey last week, according to leaked documents.';

function analysePage(): Doc {
  // The preset's stages up to claims, in its order (the later ones do not read posts).
  const pipeline = createPipeline().use(language, undefined).use(segment).use(entities, undefined).use(quotes, undefined).use(posts).use(claims, undefined);
  return pipeline.run(fromHtml(PAGE, { name: 'grain.html', encoding: 'utf-8', bytes: PAGE.length }));
}

test('an embedded tweet is a post by its author, and its sentences are not the outlet\'s claims', () => {
  const doc = analysePage();
  const [post, ...rest] = doc.layers.posts ?? [];
  assert.equal(rest.length, 0);
  assert.equal(post.platform, 'x');
  assert.deepEqual(post.author, { name: 'Jane Roe', handle: 'janeroe_news' });
  assert.equal(post.date, 'November 3, 2026');
  assert.equal(doc.text.slice(post.content.start, post.content.end), TWEET, 'the trailing picture link is not the post\'s text');
  assert.equal(doc.text.slice(post.signature.start, post.signature.end), '— Jane Roe (@janeroe_news) November 3, 2026');

  const claims = doc.layers.claims ?? [];
  const inPost = claims.filter((c) => c.start < post.signature.end && post.content.start < c.end);
  // Regression: the tweet was listed as the outlet's own claim (check-worthiness 0.96).
  assert.ok(inPost.length > 0, 'the tweet\'s check-worthy sentence is kept, attributed to the post');
  for (const c of inPost) {
    assert.equal(c.voice, 'attributed');
    assert.equal(c.postId, post.id);
    assert.equal(c.quoteId, null);
    assert.ok(c.end <= post.content.end, 'the signature line is never part of a claim');
  }
  const own = claims.filter((c) => c.voice === 'author').map((c) => doc.text.slice(c.start, c.end));
  assert.ok(own.some((t) => t.startsWith('Grain exports to Egypt doubled')), own.join(' | '));
  assert.ok(!own.some((t) => t.includes('secretly sold') || t.includes('@janeroe_news')), own.join(' | '));
});

function paragraphsOf(text: string): Doc {
  return posts.create()(segment.create()(createDoc({ text })));
}

test('Instagram, Facebook and inline tweet signatures; a dash line without a handle is no post', () => {
  const text = [
    'Officials met on Tuesday.',
    'View this post on Instagram',
    'We delivered 500 food parcels to Kherson today.',
    'A post shared by Aid Now (@aidnow.ua)',
    'The governor visited the city in 2024.',
    'Schools reopened in 40 villages this week.',
    'Posted by City Council on Friday, March 7, 2025',
    'Prices fell by 20 percent. — Max Mustermann (@maxm) May 2, 2025',
    '— Editorial board',
  ].join('\n\n');
  const doc = paragraphsOf(text);
  const found = (doc.layers.posts ?? []).map((p) => ({ platform: p.platform, author: p.author.name, handle: p.author.handle, content: text.slice(p.content.start, p.content.end) }));
  assert.deepEqual(found, [
    { platform: 'instagram', author: 'Aid Now', handle: 'aidnow.ua', content: 'We delivered 500 food parcels to Kherson today.' },
    { platform: 'facebook', author: 'City Council', handle: null, content: 'Schools reopened in 40 villages this week.' },
    { platform: 'x', author: 'Max Mustermann', handle: 'maxm', content: 'Prices fell by 20 percent.' },
  ]);
});

test('a signature with no text before it, and a Telegram link, are read as written', () => {
  assert.deepEqual(findPosts('— Lone (@lone) May 1, 2025', [{ start: 0, end: 26 }]), []);
  const text = 'Kyiv was shelled overnight, 3 dead. t.me/channel/77\n\n— Channel News (@channelnews)';
  const [post] = findPosts(text, [{ start: 0, end: 51 }, { start: 53, end: text.length }]);
  assert.equal(post.platform, 'telegram');
  assert.equal(post.author.handle, 'channelnews');
  assert.equal(post.date, null);
});

test('a tweet printed without its attribution line is still a post (unknown author); an article\'s own link is not', () => {
  const text = 'Troops left the city on Sunday.\n\nThe bridge was destroyed at 5 am, locals say pic.twitter.com/AbC123\n\nSee our report at https://example.com/report';
  const doc = paragraphsOf(text);
  const [post, ...rest] = doc.layers.posts ?? [];
  assert.equal(rest.length, 0);
  assert.equal(text.slice(post.content.start, post.content.end), 'The bridge was destroyed at 5 am, locals say');
  assert.equal(text.slice(post.signature.start, post.signature.end), 'pic.twitter.com/AbC123');
  assert.deepEqual(post.author, { name: 'unknown', handle: null });
});
