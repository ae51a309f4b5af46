// In Chromium: the catalogues page — a refused upload shows the validator's line and field, a good one is listed and
// its re-scoring job runs to the end with a progress bar, and a catalogue can be deleted. The token is required.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_TOKEN } from '../../src/server/test-server.js';
import { lowContrast, SKIP, startSession, watch, type Session } from './harness.js';

let session: Session;
test.before(async () => {
  if (!SKIP) session = await startSession();
});
test.after(async () => session?.close());

test('catalogues page: validation errors, upload with re-scoring progress, listing and delete', { skip: SKIP }, async () => {
  const page = await session.context.newPage();
  const seen = watch(page, session.server.url);
  await page.goto(`${session.server.url}/#/catalogues`);
  await page.waitForSelector('h1:text("Narrative catalogues")');
  assert.match((await page.textContent('.catalogue-list')) ?? '', /No catalogues in this store yet/);

  // A CSV file with a bad language code: refused, with its line and column, and nothing listed.
  const bad = join(session.server.dir, 'bad.csv');
  writeFileSync(bad, 'id,title,example,language\nrain-plot,Rain is a plot,The rain was made by a machine.,english\n');
  await page.setInputFiles('#catalogue-file', bad);
  assert.equal(await page.inputValue('#catalogue-name'), 'bad', 'the name comes from the file');
  await page.click('#upload');
  await page.waitForSelector('#upload-outcome .error');
  assert.match((await page.textContent('#upload-outcome')) ?? '', /Enter the write token/);
  await page.fill('#catalogue-token', 'wrong');
  await page.click('#upload');
  await page.waitForSelector('#upload-outcome .error:has-text("401")');
  await page.fill('#catalogue-token', TEST_TOKEN);
  await page.click('#upload');
  await page.waitForSelector('#upload-outcome .error:has-text("catalogue-invalid")');
  assert.match((await page.textContent('#upload-outcome')) ?? '', /line 2, narrative "rain-plot", column "language": "english" is not an ISO 639-1 code/);

  // Pasted YAML under a name: stored, listed, and the corpus re-scored to the end.
  await page.setInputFiles('#catalogue-file', []);
  await page.fill('#catalogue-text', '- id: rain-plot\n  title: Rain is a plot\n  examples: [The rain over Paris was made by a weather machine.]\n  keywords: [weather machine]\n');
  await page.fill('#catalogue-name', 'rain');
  await page.click('#upload');
  await page.waitForSelector('#upload-outcome p:has-text("Stored \\"rain\\", version 1: 1 narratives, 1 examples")');
  await page.waitForSelector('tr[data-name="rain"]');
  await page.waitForSelector('#rescore p:has-text("done")', { timeout: 60_000 });
  const documents = (await session.server.store.get<{ n: number }>('SELECT count(*) AS n FROM documents'))?.n;
  assert.match((await page.textContent('#rescore')) ?? '', new RegExp(`${documents} of ${documents} articles`));
  assert.equal(await page.getAttribute('#rescore-progress', 'value'), String(documents));
  assert.deepEqual(await lowContrast(page), [], 'text under 4.5:1 contrast');

  // Reloaded, the page shows the catalogue and the last job; then it is deleted.
  await page.reload();
  await page.waitForSelector('tr[data-name="rain"]');
  assert.match((await page.textContent('#rescore')) ?? '', /done/);
  await page.fill('#catalogue-token', TEST_TOKEN);
  await page.click('tr[data-name="rain"] button.delete');
  await page.waitForSelector('#upload-outcome p:has-text("Deleted \\"rain\\"")');
  await page.waitForSelector('.catalogue-list :text("No catalogues in this store yet")');
  await page.waitForSelector('#rescore p:has-text("DELETE rain"):has-text("done")', { timeout: 60_000 });
  assert.deepEqual(seen, { foreign: [], dialogs: [], errors: [] });
  await page.close();
});
