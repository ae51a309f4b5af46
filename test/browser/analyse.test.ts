// In Chromium: paste the seed article and see Kabulov's quotes highlighted, switch layers, open details from the side
// panel with the keyboard, at desktop and phone size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseSeed, lowContrast, SKIP, startSession, watch, type Session } from './harness.js';

let session: Session;
test.before(async () => {
  if (!SKIP) session = await startSession();
});
test.after(async () => session?.close());

test('paste the seed article: Kabulov\'s quotes are highlighted and listed under his name', { skip: SKIP }, async () => {
  const page = await session.context.newPage();
  const seen = watch(page, session.server.url);
  await page.goto(`${session.server.url}/`);
  await analyseSeed(page);
  const quotes = await page.$$eval('.article .text .quote', (els) => els.map((e) => e.textContent ?? '').join(''));
  assert.match(quotes, /IS-K came into existence a decade ago/);
  assert.match(quotes, /akin to a mushroom sprouting after rainfall/);
  const who = await page.textContent('.panel .who');
  assert.match(who ?? '', /Zamir Kabulov/);
  assert.ok((await page.$$('.article .text .speaker')).length >= 1, 'the speaker is marked too');
  const highlighted = await page.$eval('.article .text .quote', (e) => getComputedStyle(e).backgroundColor);
  assert.notEqual(highlighted, 'rgba(0, 0, 0, 0)', 'quotes have a highlight colour');
  assert.deepEqual(await lowContrast(page), [], 'text under 4.5:1 contrast');
  // The narrative the envoy's interview carries is listed with the article's stance as a badge (word, not colour alone).
  const badges = await page.$$eval('.panel .narratives .stance', (els) => els.map((e) => e.textContent ?? ''));
  assert.ok(badges.length >= 1, 'a stance badge in the narratives list');
  for (const b of badges) assert.match(b, /^(asserts|endorses|reports|✗ refutes)$/);

  // One layer at a time: choosing claims takes the quotes' highlights away, choosing quotes brings them back.
  await page.check('#layer-claims');
  assert.equal((await page.$$('.article .text .quote')).length, 0);
  assert.ok((await page.$$('.article .text .claim')).length >= 1);
  await page.check('#layer-quotes');
  assert.ok((await page.$$('.article .text .quote')).length >= 1);

  // Keyboard: reach a quote in the side panel with Tab, press Enter, and its details show.
  await page.focus('.panel .who button.entry');
  await page.keyboard.press('Enter');
  assert.match((await page.textContent('.details')) ?? '', /quote of Zamir Kabulov/);
  assert.ok((await page.$$('.article .text .selected')).length >= 1);
  // A click on a highlight shows what it is.
  await page.click('.article .text .speaker');
  assert.match((await page.textContent('.details')) ?? '', /speaker of q\d+: Zamir Kabulov/);
  assert.deepEqual(seen, { foreign: [], dialogs: [], errors: [] });
  await page.close();
});

test('phone size: one column, nothing wider than the screen; keyboard reaches the navigation', { skip: SKIP }, async () => {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  const seen = watch(page, session.server.url);
  await page.goto(`${session.server.url}/`);
  await analyseSeed(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `page is ${width}px wide on a 390px screen`);
  const [article, panel] = await Promise.all([page.$eval('.article', (e) => e.getBoundingClientRect().x), page.$eval('.panel', (e) => e.getBoundingClientRect().x)]);
  assert.equal(article, panel, 'side panel under the article');
  await page.goto(`${session.server.url}/#/analyse`);
  await page.reload(); // a fresh document: the hash change alone would keep focus where it was
  await page.waitForSelector('#paste');
  const order: string[] = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    order.push((await page.evaluate(() => document.activeElement?.textContent)) ?? '');
  }
  assert.deepEqual(order, ['Skip to content', 'claimtrail', 'Analyse', 'Search']);
  await page.keyboard.press('Enter');
  await page.waitForSelector('form.search');
  assert.equal(await page.evaluate(() => location.hash), '#/search');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moves to the new page');
  assert.deepEqual(seen, { foreign: [], dialogs: [], errors: [] });
  await page.close();
});
