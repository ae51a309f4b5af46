import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseClaimReviewFeed, readClaimReviewFeed } from './claimreview-import.js';
import { toClaimReviews } from './claimreview.js';
import { testDoc } from './test-doc.js';

const review = (text: string, rating: string, extra = ''): string =>
  `{"@type": "ClaimReview", "claimReviewed": "${text}", "url": "https://check.example/${text.length}", "datePublished": "2024-01-0${text.length % 9 + 1}",
    "author": {"@type": "Organization", "name": "Check Desk"}, "reviewRating": {"@type": "Rating", "alternateName": "${rating}"},
    "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A. Speaker"}}${extra}}`;

test('an @graph of reviews: every field', () => {
  const text = `{"@context": "https://schema.org", "@graph": [${review('The lake is dry', 'False')}, ${review('Bread costs more', 'True', ', "inLanguage": "en"')}]}`;
  const { claims, problems } = parseClaimReviewFeed(text, 'feed.json');
  const before = text.slice(0, text.indexOf('{"@type": "ClaimReview", "claimReviewed": "Bread')).split('\n');
  assert.deepEqual(problems, []);
  assert.equal(claims.length, 2);
  assert.deepEqual(claims[1], {
    id: 'https://check.example/16', text: 'Bread costs more', url: 'https://check.example/16', rating: 'True', date: '2024-01-08',
    author: 'Check Desk', claimant: 'A. Speaker', language: 'en', source: { file: 'feed.json', line: before.length, column: before[before.length - 1].length + 1 },
  });
});

test('a DataFeed, a page with an embedded review, and numeric ratings', () => {
  const feed = `{"@type": "DataFeed", "dataFeedElement": [{"@type": "DataFeedItem", "item": [${review('Snow in June', 'Misleading')}]}]}`;
  const page = `{"@type": "WebPage", "mainEntity": {"@type": ["ClaimReview"], "claimReviewed": "Rivers run uphill", "reviewRating": {"ratingValue": 1, "bestRating": 5}}}`;
  assert.equal(parseClaimReviewFeed(feed, 'f').claims[0].rating, 'Misleading');
  const p = parseClaimReviewFeed(page, 'p').claims[0];
  assert.deepEqual([p.text, p.rating, p.url], ['Rivers run uphill', '1/5', null]);
  assert.match(p.id, /^claimreview:[0-9a-f]{16}$/);
});

test('broken JSON-LD: the file and position of the problem, and the intact items still imported', () => {
  const text = `[\n${review('First claim here', 'False')},\n{"@type": "ClaimReview", "claimReviewed": "Broken" "url": "x"},\n${review('Third claim', 'True')}\n]`;
  const { claims, problems } = parseClaimReviewFeed(text, 'broken.json');
  assert.deepEqual(claims.map((c) => c.text), ['First claim here', 'Third claim']);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].file, 'broken.json');
  assert.equal(problems[0].line, 5);
  assert.equal(problems[0].column, 52); // the "url" after "Broken" with no comma between
  assert.match(problems[0].message, /expected “,” or “}” after "claimReviewed"/);
});

test('JSON Lines with a cut-off line; reviews without text or rating', () => {
  const text = [review('Line one', 'False').replace(/\n\s*/g, ' '), '{"@type": "ClaimReview", "claimReviewed": "cut', '{"@type": "ClaimReview", "url": "https://c.example/1"}', '{"@type": "ClaimReview", "claimReviewed": "No rating"}'].join('\n');
  const { claims, problems } = parseClaimReviewFeed(text, 'feed.jsonl');
  assert.deepEqual(claims.map((c) => [c.text, c.rating]), [['Line one', 'False'], ['No rating', null]]);
  assert.deepEqual(problems.map((p) => [p.line, p.severity]), [[2, 'error'], [3, 'error'], [4, 'warning']]);
  assert.match(problems[1].message, /without claimReviewed/);
});

test('a broken part inside a review drops that review, not its neighbours', () => {
  const text = `[${review('Kept', 'False')}, {"@type": "ClaimReview", "claimReviewed": "Dropped", "author": [{"name": "x"}, {"name": }]}]`;
  const { claims, problems } = parseClaimReviewFeed(text, 'f');
  assert.deepEqual(claims.map((c) => c.text), ['Kept']);
  assert.deepEqual(problems.map((p) => p.message.split(':')[0]), ['broken JSON', 'ClaimReview with a broken part']);
});

test('empty or non-feed files, a missing file', () => {
  assert.match(parseClaimReviewFeed('', 'e').problems[0].message, /empty file/);
  assert.match(parseClaimReviewFeed('{"@type": "Thing"}', 't').problems[0].message, /no ClaimReview items/);
  assert.throws(() => readClaimReviewFeed('/nonexistent/feed.json'), /no such file/);
});

test('our own drafts read back (without ratings, as drafts have none)', () => {
  const drafts = JSON.stringify(toClaimReviews([testDoc()]).document);
  const { claims, problems } = parseClaimReviewFeed(drafts, 'drafts.json');
  assert.equal(claims.length, 3);
  assert.equal(claims[0].claimant, 'Lena Berg');
  assert.ok(problems.every((p) => p.severity === 'warning' && /without a reviewRating/.test(p.message)));
});
