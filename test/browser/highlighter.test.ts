// In Chromium: the article highlighter on the seed article — one layer at a time, a legend whose counts are the marks
// drawn, a click that selects exactly one mark, technique names on screen, n/p keyboard stepping in text order, and
// a details box that never covers the side panel's list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { analyseSeed, lowContrast, SKIP, startSession, watch, type Session } from './harness.js';

let session: Session;
test.before(async () => {
  if (!SKIP) session = await startSession();
});
test.after(async () => session?.close());

/** The mark ids of the elements with the `selected` class. */
const selectedIds = (page: Page) => page.$$eval('.article .text .selected', (els) => els.map((e) => (e as HTMLElement).dataset.mark ?? ''));

/** Per legend entry: its kind, the count it shows, and the number of distinct marks of that kind in the text. */
const legendVsText = (page: Page) =>
  page.$$eval('.hl-legend li[data-kind]', (items) =>
    items.map((li) => {
      const kind = (li as HTMLElement).dataset.kind ?? '';
      const drawn = new Set([...document.querySelectorAll(`.article .text .${kind}`)].map((e) => (e as HTMLElement).dataset.mark)).size;
      return { kind, shown: Number(li.querySelector('.n')?.textContent), drawn };
    }),
  );

const boxesOverlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('the highlighter: one layer, legend counts, one mark per click, technique names, keys, details beside the list', { skip: SKIP }, async () => {
  const page = await session.context.newPage();
  const seen = watch(page, session.server.url);
  await page.goto(`${session.server.url}/`);
  await analyseSeed(page);

  // One layer: quotes by default, nothing of the other layers drawn.
  assert.equal(await page.isChecked('#layer-quotes'), true);
  assert.equal(await page.$$eval('input[name="hl-layer"]', (els) => els.length), 6);
  assert.equal((await page.$$('.article .text :is(.claim, .entity, .tech, .role, .narr)')).length, 0, 'marks of other layers are drawn');
  const ids = await page.$$eval('.article .text .hl', (els) => els.map((e) => (e as HTMLElement).dataset.mark ?? ''));
  assert.ok(ids.length && ids.every((id) => id.startsWith('quotes-')));

  // The legend: each class with the number of its marks in the text.
  const quoteLegend = await legendVsText(page);
  assert.ok(quoteLegend.some((e) => e.kind === 'speaker') && quoteLegend.some((e) => e.kind.startsWith('quote-')), JSON.stringify(quoteLegend));
  for (const e of quoteLegend) assert.equal(e.shown, e.drawn, `legend count of ${e.kind}`);
  assert.equal(
    quoteLegend.reduce((n, e) => n + e.shown, 0),
    new Set(ids).size,
    'the legend counts every mark once',
  );

  // A click on a quote selects that one mark (all its pieces, nothing else); details name its speaker.
  const quoteEl = await page.$('.article .text .quote:not(:has(.hl))');
  assert.ok(quoteEl, 'a quote piece with no mark inside it');
  const quoteId = await quoteEl.getAttribute('data-mark');
  await quoteEl.click();
  const afterClick = await selectedIds(page);
  assert.deepEqual([...new Set(afterClick)], [quoteId], 'exactly one mark selected');
  assert.equal(afterClick.length, (await page.$$(`.article .text [data-mark="${quoteId}"]`)).length, 'all pieces of the mark selected');
  const details = (await page.textContent('.details')) ?? '';
  assert.match(details, /quote of .+/);
  assert.match(details, /speaker: \S/);
  assert.equal((details.match(/quote of/g) ?? []).length, 1, 'the details of one mark only');

  // Techniques: each technique named in the legend, the name shown beside the mark clicked, one technique at a time.
  await page.check('#layer-techniques');
  await page.waitForSelector('.article .text .tech');
  assert.equal((await page.$$('.article .text .quote')).length, 0);
  const [techSection, list] = await Promise.all([page.$eval('.panel .techniques', (e) => e.getBoundingClientRect().toJSON()), page.$eval('.panel .findings', (e) => e.getBoundingClientRect().toJSON())]);
  assert.ok(techSection.y >= list.y && techSection.y < list.y + list.height, 'the panel list scrolls to the techniques');
  const techLegend = await legendVsText(page);
  assert.ok(techLegend.length >= 2, 'several techniques in the seed article');
  for (const e of techLegend) assert.equal(e.shown, e.drawn, `legend count of ${e.kind}`);
  const techEl = await page.$('.article .text .tech:not(:has(.hl))');
  assert.ok(techEl);
  const techId = (await techEl.getAttribute('data-mark')) ?? '';
  const techKind = ((await techEl.getAttribute('class')) ?? '').split(' ').find((c) => c.startsWith('tech-')) ?? '';
  const techName = await page.textContent(`.hl-legend li[data-kind="${techKind}"] .label`);
  await techEl.click();
  assert.deepEqual([...new Set(await selectedIds(page))], [techId]);
  assert.equal(await page.isVisible('.hl-chip'), true, 'the name is on screen beside the mark');
  assert.equal(await page.textContent('.hl-chip'), techName);
  assert.equal(await page.textContent('.details .hl-what'), techName);
  await page.hover('.article .text .tech:not(:has(.hl)) >> nth=-1');
  assert.equal(await page.isVisible('.hl-chip'), true, 'hovering shows a name too');
  await page.selectOption('#technique-filter', techKind);
  const kinds = await page.$$eval('.article .text .hl', (els) => [...new Set(els.map((e) => [...e.classList].find((c) => c.startsWith('tech-'))))]);
  assert.deepEqual(kinds, [techKind], 'one technique shown');
  assert.deepEqual((await legendVsText(page)).map((e) => e.kind), [techKind]);
  await page.selectOption('#technique-filter', 'all');

  // The side panel: an entry selects its one mark, switching the layer if it must.
  const entry = await page.$('.panel .who button.entry');
  assert.ok(entry);
  const entryId = await entry.getAttribute('data-mark');
  await entry.click();
  assert.equal(await page.isChecked('#layer-quotes'), true, 'choosing a quote shows the quotes layer');
  assert.deepEqual([...new Set(await selectedIds(page))], [entryId]);
  assert.equal(await entry.getAttribute('aria-current'), 'true');

  // Keyboard: the text takes focus; n/j next, p/k previous, in text order; Escape clears; the details box announces.
  assert.match((await page.textContent('.hl-hint')) ?? '', /n or j .*next.*p or k .*previous.*Escape/);
  await page.keyboard.press('Escape');
  await page.focus('.article .text');
  await page.keyboard.press('Escape');
  assert.deepEqual(await selectedIds(page), []);
  const order = await page.$$eval('.article .text .hl', (els) => {
    const first = new Map<string, number>();
    els.forEach((e, i) => {
      const id = (e as HTMLElement).dataset.mark ?? '';
      if (!first.has(id)) first.set(id, i);
    });
    return [...first.keys()];
  });
  const visited: string[] = [];
  for (const key of ['n', 'n', 'j', 'p', 'k']) {
    await page.keyboard.press(key);
    const now = [...new Set(await selectedIds(page))];
    assert.equal(now.length, 1, `one mark selected after ${key}`);
    visited.push(now[0]);
  }
  assert.equal(visited[0], order[0], 'n from nothing: the first mark in the text');
  assert.ok(visited.every((id) => order.includes(id)));
  const at = visited.map((id) => order.indexOf(id));
  assert.deepEqual(at.map((i) => i - at[0]), [0, 1, 2, 1, 0], 'next, next, next, previous, previous');
  const starts = await page.$$eval('.article .text .hl', (els) => els.map((e) => (e as HTMLElement).dataset.mark));
  assert.ok(starts.indexOf(visited[1]) > starts.indexOf(visited[0]) && starts.indexOf(visited[2]) > starts.indexOf(visited[1]), 'in text order');
  assert.equal(await page.getAttribute('.details', 'aria-live'), 'polite');
  assert.match((await page.textContent('.details')) ?? '', /1 of \d+ in speakers and quotes/);
  await page.keyboard.press('Escape');
  assert.deepEqual(await selectedIds(page), []);
  assert.match((await page.textContent('.details')) ?? '', /Nothing selected/);

  // The details box sits beside the side panel's list, never over it: at the top, and scrolled to the end of the text.
  for (const [where, nth] of [['top', 0], ['end', -1]] as const) {
    await page.evaluate((end) => (end ? window.scrollTo(0, document.body.scrollHeight) : document.querySelector('.article-layout')?.scrollIntoView()), where === 'end');
    await page.click(`.article .text .hl >> nth=${nth}`);
    const [box, list] = await Promise.all([page.$eval('.details', (e) => e.getBoundingClientRect().toJSON()), page.$eval('.panel .findings', (e) => e.getBoundingClientRect().toJSON())]);
    assert.ok(box.height > 0 && list.height > 0);
    assert.equal(boxesOverlap(box, list), false, `details ${JSON.stringify(box)} over the list ${JSON.stringify(list)} at the ${where}`);
    assert.ok(box.y >= 0 && box.y + box.height <= 800, `the details box is in view at the ${where}: ${JSON.stringify(box)}`);
  }
  assert.deepEqual(await lowContrast(page), [], 'text under 4.5:1 contrast');
  assert.deepEqual(seen, { foreign: [], dialogs: [], errors: [] });
  await page.close();
});
