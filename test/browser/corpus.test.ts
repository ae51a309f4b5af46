// In Chromium: the corpus pages of the five-language test corpus — the narrative page and its chart, an outlet's
// technique profile, a claim's spread, a speaker, search with a filter, and a long list paged with "Show more".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lowContrast, SKIP, startSession, watch, type Session } from './harness.js';

let session: Session;
test.before(async () => {
  if (!SKIP) session = await startSession();
});
test.after(async () => session?.close());

test('narrative page: a week-by-language timeline chart, first appearance, outlets, articles', { skip: SKIP }, async () => {
  const page = await session.context.newPage();
  const seen = watch(page, session.server.url);
  await page.goto(`${session.server.url}/#/narratives`);
  await page.click('text=The United States created ISIS');
  await page.waitForSelector('svg.timeline rect.bar');
  assert.equal(await page.textContent('h1'), 'The United States created ISIS');
  const bars = await page.$$eval('svg.timeline rect.bar', (els) => els.map((e) => e.querySelector('title')?.textContent ?? ''));
  const perBar = bars.map((t) => Number(/: (\d+)$/.exec(t)?.[1]));
  assert.equal(perBar.reduce((a, b) => a + b, 0), 7, 'a segment per week and language, 7 articles in all');
  assert.ok(bars.some((t) => /week of 2024-02-12, ru: 1/.test(t)));
  assert.deepEqual(await page.$$eval('.legend li', (els) => els.map((e) => e.textContent)), ['ar', 'de', 'en', 'fr', 'ru']);
  assert.match((await page.textContent('.first')) ?? '', /Вечерний вестник/);
  // the articles, grouped by stance (all seven assert it here), earliest first
  await page.waitForSelector('ol.carriers li');
  assert.equal((await page.$$('.stance-group[data-stance="asserts"] ol.carriers li')).length, 7);
  assert.equal((await page.$$('svg.stance-timeline .dot')).length, 7, 'a mark per dated article');
  const stix = await page.getAttribute('.downloads a:text("STIX")', 'href');
  assert.equal(stix, '/api/v1/export?narrative=us-created-isis&format=stix', 'the narrative can be downloaded as STIX');
  const bundle = (await (await page.request.get(`${session.server.url}${stix}`)).json()) as { objects: { type: string }[] };
  assert.equal(bundle.objects.filter((o) => o.type === 'report').length, 7, 'one report per article of the narrative');
  assert.deepEqual(await lowContrast(page), [], 'text under 4.5:1 contrast');
  assert.deepEqual(seen, { foreign: [], dialogs: [], errors: [] });
  await page.close();
});

test('outlet, claim and speaker pages draw their charts and lists', { skip: SKIP }, async () => {
  const page = await session.context.newPage();
  const seen = watch(page, session.server.url);
  await page.goto(`${session.server.url}/#/outlets/${encodeURIComponent('Kabul Observer')}`);
  await page.waitForSelector('svg.bars rect.bar');
  // the profile counts only spans scored 0.3 or more (the reports' threshold), per 1,000 words
  assert.match((await page.textContent('svg.bars')) ?? '', /Name Calling,Labeling.*per 1,000 words|per 1,000 words.*Name Calling,Labeling/s);
  await page.goto(`${session.server.url}/#/claims`);
  await page.click('ul.paged li a');
  await page.waitForSelector('svg.bars rect.bar');
  assert.ok((await page.$$('ol.paged li')).length >= 5);
  await page.goto(`${session.server.url}/#/speakers/${encodeURIComponent('Замир Кабулов')}`);
  await page.waitForSelector('ol.paged li blockquote');
  assert.equal(await page.textContent('h1'), 'Zamir Kabulov');
  assert.deepEqual(seen, { foreign: [], dialogs: [], errors: [] });
  await page.close();
});

test('search with a language filter, and a long list paged with "Show more"', { skip: SKIP }, async () => {
  const page = await session.context.newPage();
  const seen = watch(page, session.server.url);
  await page.goto(`${session.server.url}/#/search`);
  await page.fill('#q', 'Afghanistan');
  await page.fill('#f-language', 'en');
  await page.press('#q', 'Enter');
  await page.waitForSelector('ol.paged li .snippet mark');
  assert.equal(await page.getAttribute('.downloads a:text("CSV")', 'href'), '/api/v1/export?q=Afghanistan&language=en&format=csv', 'the search result can be downloaded');
  assert.match(await page.evaluate(() => location.hash), /q=Afghanistan&language=en/);
  const langs = await page.$$eval('ol.paged li .docref .meta', (els) => els.map((e) => e.textContent ?? ''));
  assert.ok(langs.length && langs.every((m) => m.includes(' · en · ')));

  // A page at a time: 5 per page here (25 by default), continued by cursor with "Show more" until all are shown.
  const total = ((await session.server.store.get<{ n: number }>('SELECT count(*) AS n FROM documents')) as { n: number }).n;
  await page.goto(`${session.server.url}/#/documents?limit=5`);
  await page.waitForSelector('ul.paged li');
  assert.equal((await page.$$('ul.paged li')).length, 5);
  for (let shown = 5; shown < total; shown = Math.min(shown + 5, total)) {
    await page.click('button.more');
    await page.waitForFunction((n) => document.querySelectorAll('ul.paged li').length === n, Math.min(shown + 5, total));
  }
  assert.ok(await page.isHidden('button.more'), 'no more pages');
  assert.match((await page.textContent('.pager-status')) ?? '', new RegExp(`${total} shown \\(all\\)`));
  const links = await page.$$eval('ul.paged li a', (els) => els.map((e) => e.getAttribute('href')));
  assert.equal(new Set(links).size, total, 'no document twice');
  assert.deepEqual(seen, { foreign: [], dialogs: [], errors: [] });
  await page.close();
});
