// In Chromium, on a corpus written by hand: the narrative page shows each article's stance as a badge (a fact-check
// reads "refutes", not like a spreader), lists the articles by publication date grouped by stance with undated ones
// last, and marks who carried it first; the list and outlet pages carry the badges; the duplicates page lists a
// republication with working links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { HandArticle } from '../../src/corpus/hand-store.js';
import { lowContrast, SKIP, watch } from './harness.js';
import { startHandSession, type HandSession } from './hand-session.js';

const LABS = { id: 'hand-bio-labs', title: 'Secret biolabs in Ukraine' };
const HERALD_TEXT =
  'The labs are real\n\nThe Pentagon runs secret biological laboratories across Ukraine, the paper has learned from people close to the project. ' +
  'Samples were flown out of Kharkiv and Odesa in unmarked crates last winter, they said. Local officials were told to keep quiet about the sites and the visitors.';
const ARTICLES: HandArticle[] = [
  { outlet: 'Eastern Herald', published: '2024-03-05', url: 'https://herald.example/labs', text: HERALD_TEXT, narrative: { ...LABS, stance: 'asserts' } },
  { outlet: 'Check Desk', published: '2024-03-03', url: 'https://checkdesk.example/labs', text: 'Fact check: the biolab story is false\n\nThere is no evidence of secret biological laboratories in Ukraine, say researchers who visited the sites.', narrative: { ...LABS, stance: 'refutes' } },
  { outlet: 'Night Bulletin', published: null, url: 'https://bulletin.example/labs', text: 'Biolabs again\n\nSecret laboratories in Ukraine work for the Pentagon, the bulletin repeats.', narrative: { ...LABS, stance: 'asserts' } },
  { outlet: 'Moscow Wire', published: '2024-03-01', url: 'https://wire.example/labs', text: 'Ministry on labs\n\nThe ministry said that the Pentagon runs laboratories in Ukraine.', narrative: { ...LABS, stance: 'reports' } },
  // The Herald's story copied word for word a day later: a republication.
  { outlet: 'Mirror Daily', published: '2024-03-06', url: 'https://mirror.example/copied-labs', text: HERALD_TEXT, narrative: { ...LABS, stance: 'asserts' } },
];

let session: HandSession;
test.before(async () => {
  if (!SKIP) session = await startHandSession(ARTICLES);
});
test.after(async () => session?.close());

test('narrative page: stance badges, articles by date grouped by stance, undated last, first carrier marked', { skip: SKIP }, async () => {
  const page = await session.context.newPage();
  const seen = watch(page, session.url);
  await page.goto(`${session.url}/#/narratives`);
  await page.waitForSelector('ul.paged li .stance');
  const listBadges = await page.$$eval('ul.paged li .stance', (els) => els.map((e) => e.textContent));
  assert.deepEqual(listBadges, ['asserts 3', 'reports 1', '✗ refutes 1']);
  await page.click(`text=${LABS.title}`);
  await page.waitForSelector('svg.stance-timeline .dot');
  assert.equal(await page.textContent('h1'), LABS.title);

  // Each article with its own stance, in words, with a title that explains it.
  const badgeOf = (outlet: string) => page.$eval(`ol.carriers li:has-text("${outlet}") .stance`, (e) => [e.textContent, e.getAttribute('title')]);
  const [checkText, checkTitle] = await badgeOf('Check Desk');
  assert.equal(checkText, '✗ refutes');
  assert.match(checkTitle ?? '', /debunks/);
  assert.deepEqual(await badgeOf('Eastern Herald'), ['asserts', "asserts: the outlet says it in its own voice"]);
  assert.equal((await badgeOf('Moscow Wire'))[0], 'reports');

  // Grouped by stance, each group earliest first, undated last and said to be undated.
  const groups = await page.$$eval('.stance-group', (els) => els.map((g) => [g.getAttribute('data-stance'), [...g.querySelectorAll('li')].map((li) => li.querySelector('.docref .meta')?.textContent?.split(' · ')[1])]));
  assert.deepEqual(groups, [
    ['asserts', ['Eastern Herald', 'Mirror Daily', 'Night Bulletin']],
    ['reports', ['Moscow Wire']],
    ['refutes', ['Check Desk']],
  ]);
  assert.match((await page.textContent('ol.carriers li:has-text("Night Bulletin")')) ?? '', /undated/);
  assert.doesNotMatch((await page.textContent('main')) ?? '', /1970/);

  // The timeline: one mark per dated article; its data table in date order, undated last; the first carrier is the
  // wire story (the fact-check came earlier than the Herald but refutes it).
  assert.equal((await page.$$('svg.stance-timeline .dot')).length, 4);
  assert.equal((await page.$$('svg.stance-timeline rect.dot')).length, 1, 'the refutation is a square');
  const rows = await page.$$eval('.stance-timeline ~ details tbody tr, figure:has(svg.stance-timeline) tbody tr', (els) => els.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)));
  assert.deepEqual(rows, [
    ['2024-03-01', 'reports', 'Moscow Wire'],
    ['2024-03-03', 'refutes', 'Check Desk'],
    ['2024-03-05', 'asserts', 'Eastern Herald'],
    ['2024-03-06', 'asserts', 'Mirror Daily'],
    ['undated', 'asserts', 'Night Bulletin'],
  ]);
  assert.match((await page.$eval('svg.stance-timeline .dot.first title', (e) => e.textContent)) ?? '', /2024-03-01 · Moscow Wire · reports \(first to carry it\)/);
  assert.match((await page.textContent('ol.carriers li:has-text("Moscow Wire")')) ?? '', /first to carry it/);
  assert.match((await page.textContent('.first')) ?? '', /Moscow Wire/);
  assert.deepEqual(await lowContrast(page), [], 'text under 4.5:1 contrast');
  assert.deepEqual(seen, { foreign: [], dialogs: [], errors: [] });
  await page.close();
});

test('outlet page: the narratives it carries with how its articles carry them', { skip: SKIP }, async () => {
  const page = await session.context.newPage();
  await page.goto(`${session.url}/#/outlets/${encodeURIComponent('Check Desk')}`);
  await page.waitForSelector('.outlet-narratives li');
  assert.deepEqual(await page.$$eval('.outlet-narratives li', (els) => els.map((e) => e.textContent)), [`${LABS.title} ✗ refutes 1`]);
  await page.close();
});

test('duplicates page: the original and its republication, each linked to its document', { skip: SKIP }, async () => {
  const page = await session.context.newPage();
  const seen = watch(page, session.url);
  await page.goto(`${session.url}/#/analyse`);
  await page.click('nav a:text("Duplicates")');
  await page.waitForSelector('li.dup-group');
  assert.equal(await page.getAttribute('nav a:text("Duplicates")', 'aria-current'), 'page');
  assert.equal((await page.$$('li.dup-group')).length, 1);
  assert.match((await page.textContent('li.dup-group .origin')) ?? '', /The labs are real · Eastern Herald · en · 2024-03-05/);
  assert.match((await page.textContent('li.dup-group ol.republications li')) ?? '', /The labs are real · Mirror Daily · en · 2024-03-06/);
  await page.click('li.dup-group ol.republications li a');
  await page.waitForSelector('h2.title');
  assert.equal(await page.textContent('h2.title'), 'The labs are real');
  assert.match((await page.textContent('.article .meta')) ?? '', /Mirror Daily/);
  assert.match((await page.textContent('.article .note')) ?? '', /A republication of document/);
  assert.deepEqual(await lowContrast(page), [], 'text under 4.5:1 contrast');
  assert.deepEqual(seen, { foreign: [], dialogs: [], errors: [] });
  await page.close();
});
