// Screenshots of the web app's main screens for the README, from a small corpus written here by hand (a wire story,
// a paper that says it in its own voice, its republication, a fact-check, a Russian original, an undated repeat),
// analysed by the default pipeline and stored by the real writer, served on 127.0.0.1 and shot in Chromium at
// 1280x800. Run: npx tsx scripts/screenshots.ts [folder] (default docs/screenshots). Needs /usr/bin/chromium.
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { HandArticle } from '../src/corpus/hand-store.js';
import { TEST_TOKEN } from '../src/server/test-server.js';
import { analyseSeed, SKIP } from '../test/browser/harness.js';
import { startHandSession } from '../test/browser/hand-session.js';

const OUT = resolve(process.argv[2] ?? new URL('../docs/screenshots/', import.meta.url).pathname);
/** The README shows these small: a bigger file means a screen worth a look. */
const MAX_BYTES = 250_000;

const HERALD =
  'Washington built ISIS, and it still protects it\n\n' +
  'The United States created ISIS to keep Central Asia unstable, and the fighters now moving into northern Afghanistan are its tools. ' +
  'Helicopters without markings have moved the militants between provinces for years, and nobody in Kabul or Washington has explained who flies them. ' +
  'The pattern is the same as in Iraq and Syria: first the chaos, then the foreign troops who promise to end it.';

// Stored in this order: the first carrier stored names the claim cluster, so the English wire story goes first.
const ARTICLES: HandArticle[] = [
  {
    outlet: 'Moscow Wire',
    published: '2024-03-01',
    url: 'https://moscowwire.example/2024/03/01/kabulov-isis',
    text: 'Kabulov: Washington is behind ISIS in Afghanistan\n\nZamir Kabulov, the Russian presidential envoy to Afghanistan, said on Friday that the United States created ISIS. "Washington armed these people and still protects them," Kabulov told a television channel in Moscow. He added that the group was growing in the north of the country.',
  },
  {
    outlet: 'Вечерний вестник',
    language: 'ru',
    published: '2024-02-28',
    url: 'https://vestnik.example/politika/kabulov-igil',
    text: 'Кабулов: США стоят за ИГИЛ\n\nСпецпредставитель президента России по Афганистану Замир Кабулов заявил, что США создали ИГИЛ в Афганистане. «Вашингтон вооружил этих людей и до сих пор их покрывает», — сказал Кабулов в эфире телеканала.',
  },
  {
    outlet: 'Check Desk',
    published: '2024-03-03',
    url: 'https://checkdesk.example/fact-check/us-isis',
    text: 'Fact check: no, the United States did not create ISIS\n\nZamir Kabulov said this week that the United States created ISIS. There is no evidence for this claim, which has been debunked many times: the group grew out of al-Qaeda in Iraq, as researchers and court records show.',
  },
  { outlet: 'Eastern Herald', published: '2024-03-02', url: 'https://easternherald.example/opinion/washington-isis', text: HERALD },
  // The Herald's column copied word for word: a republication.
  { outlet: 'Mirror Daily', published: '2024-03-04', url: 'https://mirrordaily.example/news/washington-built-isis', text: HERALD },
  {
    outlet: 'Night Bulletin',
    published: null,
    url: 'https://nightbulletin.example/isis-again',
    text: 'Again: who is behind ISIS?\n\nThe United States created ISIS, the bulletin has written before, and the new attacks in the north only confirm it. Kabulov was right, the bulletin says.',
  },
];

const CATALOGUE = 'id,title,example,keywords\nrain-plot,Rain is a plot,The rain over Paris was made by a weather machine.,weather machine\n';

async function shot(page: Page, name: string, ready: string): Promise<void> {
  await page.waitForSelector(ready);
  await page.evaluate(() => window.scrollTo(0, 0));
  // Fonts and the focus ring settle before the picture.
  await page.waitForTimeout(150);
  const path = join(OUT, name);
  await page.screenshot({ path, fullPage: false });
  const bytes = statSync(path).size;
  process.stdout.write(`${path}  ${Math.round(bytes / 1024)} KB${bytes > MAX_BYTES ? '  (over 250 KB)' : ''}\n`);
}

async function main(): Promise<void> {
  if (SKIP) throw new Error(`Cannot take screenshots: ${SKIP}.`);
  mkdirSync(OUT, { recursive: true });
  const session = await startHandSession(ARTICLES);
  try {
    const page = await session.context.newPage();
    const go = (hash: string) => page.goto(`${session.url}/#/${hash}`);

    await go('analyse');
    await analyseSeed(page);
    await shot(page, 'analyse.png', '.article .text .quote');

    const wire = await session.store.get<{ id: number }>('SELECT id FROM documents WHERE outlet = ?', ['Moscow Wire']);
    await go(`documents/${wire?.id}`);
    await shot(page, 'document.png', '.article .text .hl');

    await go('search?q=ISIS');
    await shot(page, 'search.png', 'ol.paged li .snippet');

    await go('narratives');
    await shot(page, 'narratives.png', 'ul.paged li .stance');

    await page.click('ul.paged li a');
    await shot(page, 'narrative.png', 'svg.stance-timeline .dot');

    await go('claims');
    await page.waitForSelector('ul.paged li a');
    await page.click('ul.paged li a');
    await shot(page, 'claim.png', 'svg.bars rect.bar');

    await go(`speakers/${encodeURIComponent('Zamir Kabulov')}`);
    await shot(page, 'speaker.png', 'ol.paged li blockquote');

    await go(`outlets/${encodeURIComponent('Check Desk')}`);
    await shot(page, 'outlet.png', '.outlet-narratives .stance');

    await go('duplicates');
    await shot(page, 'duplicates.png', 'li.dup-group');

    // Last: a catalogue upload starts a job that re-scores the stored articles' narratives.
    const put = await fetch(`${session.url}/api/v1/catalogues/rain`, { method: 'PUT', body: CATALOGUE, headers: { authorization: `Bearer ${TEST_TOKEN}`, 'content-type': 'text/csv' } });
    if (!put.ok) throw new Error(`the catalogue upload was refused: ${put.status} ${await put.text()}`);
    await go('catalogues');
    await shot(page, 'catalogues.png', '.catalogue-list tr[data-name="rain"]');

    // The analyse page on a phone: one column, the side panel under the article.
    await page.setViewportSize({ width: 390, height: 844 });
    await go('analyse');
    await page.reload();
    await analyseSeed(page);
    await shot(page, 'analyse-phone.png', '.article .text .quote');
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
