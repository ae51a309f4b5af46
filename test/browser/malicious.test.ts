// In Chromium: an article built to attack the page — <script>, event handlers, javascript: links, CSS tricks, a
// <base>, a meta refresh, remote images and styles — pasted, dropped as an HTML file, and stored in the corpus. It must
// render as inert text: no dialog, no script run (the flag the payload would set stays unset), no request to any
// host but ours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { TEST_TOKEN } from '../../src/server/test-server.js';
import { SKIP, startSession, watch, type Session } from './harness.js';

const FLAG = 'window.__claimtrailPwned = 1';
const PAYLOAD = [
  `<img src=x onerror="${FLAG}; alert('img')">`,
  `The envoy said "<script>${FLAG}; alert('script')</script>" on Monday.`,
  `Officials said <a href="javascript:${FLAG};alert('link')">the talks</a> would go on, <svg onload="${FLAG}"></svg> a spokesman said.`,
  `<style>@import url(https://evil.example/x.css); body{background:url(https://evil.example/bg.png)}</style>`,
  `<link rel="stylesheet" href="https://evil.example/s.css"><base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/">`,
  `<iframe src="javascript:${FLAG}"></iframe><div style="position:fixed;inset:0;background:red">covered</div>`,
  `<img src="https://evil.example/pixel.png"> The minister said the ferry would run again in May.`,
].join('\n\n');

let session: Session;
test.before(async () => {
  if (!SKIP) session = await startSession();
});
test.after(async () => session?.close());

async function assertInert(page: Page, seen: ReturnType<typeof watch>, where: string): Promise<void> {
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => (window as unknown as { __claimtrailPwned?: number }).__claimtrailPwned), undefined, `${where}: a payload script ran`);
  assert.deepEqual(seen.dialogs, [], `${where}: dialogs`);
  assert.deepEqual(seen.foreign, [], `${where}: requests to foreign hosts`);
  assert.deepEqual(seen.errors, [], `${where}: page errors`);
  assert.equal(await page.$$eval('script', (els) => els.filter((e) => !(e as HTMLScriptElement).src.endsWith('/app.js')).length), 0, `${where}: a script element got in`);
  assert.equal(await page.$$eval('main iframe, main img, main style, main link, main base, main meta', (els) => els.length), 0, `${where}: markup from the article got in`);
  assert.equal(await page.$$eval('a[href^="javascript:" i]', (els) => els.length), 0, `${where}: a javascript: link`);
}

test('pasted as text: the markup shows as text and nothing runs', { skip: SKIP }, async () => {
  const page = await session.context.newPage();
  const seen = watch(page, session.server.url);
  await page.goto(`${session.server.url}/`);
  await page.fill('#paste', `Talks on the ferry line\n\n${PAYLOAD}`);
  await page.click('#analyse');
  await page.waitForSelector('.article .text');
  assert.match((await page.textContent('.article .text')) ?? '', /<script>window\.__claimtrailPwned = 1; alert\('script'\)<\/script>/);
  for (const el of await page.$$('.article .text .hl')) await el.click();
  await assertInert(page, seen, 'pasted');
  await page.close();
});

test('dropped as an HTML page: only the article text comes through, inert', { skip: SKIP }, async () => {
  const page = await session.context.newPage();
  const seen = watch(page, session.server.url);
  await page.goto(`${session.server.url}/`);
  const html = `<html><head><title>Ferry talks <script>${FLAG}</script></title></head><body><article><h1>Ferry talks</h1>${PAYLOAD.split('\n\n').map((p) => `<p>${p} The harbour office said the timetable was ready.</p>`).join('')}</article></body></html>`;
  await page.setInputFiles('#file', { name: 'attack.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.waitForSelector('.article .text, .error');
  await assertInert(page, seen, 'dropped');
  await page.close();
});

test('stored in the corpus with a hostile title, outlet and URL: every corpus page stays inert', { skip: SKIP }, async () => {
  const item = { text: `Ferry talks resume\n\n${PAYLOAD}`, title: `<img src=x onerror="${FLAG}">Ferry talks «resume»`, outlet: `<script>${FLAG}</script> Gazette`, url: `javascript:${FLAG}`, published: '2024-03-05', language: 'en' };
  const res = await fetch(`${session.server.url}/api/v1/ingest`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` }, body: JSON.stringify({ items: [item] }) });
  assert.equal(res.status, 202);
  await session.server.deps.jobs?.idle();
  const job = (await (await fetch(`${session.server.url}/api/v1/ingest`)).json()) as { items: { progress: { stored: number } }[] };
  assert.equal(job.items[0].progress.stored, 1);
  const page = await session.context.newPage();
  const seen = watch(page, session.server.url);
  const id = ((await session.server.store.get<{ id: number }>('SELECT max(id) AS id FROM documents')) as { id: number }).id;
  for (const hash of [`#/documents/${id}`, '#/documents', '#/search?q=ferry', '#/outlets', `#/outlets/${encodeURIComponent(item.outlet)}`]) {
    await page.goto(`${session.server.url}/${hash}`);
    await page.waitForFunction(() => !document.querySelector('main .status')?.textContent?.startsWith('Loading'));
    await page.waitForSelector('main h1, main h2');
    await assertInert(page, seen, hash);
  }
  await page.goto(`${session.server.url}/#/documents/${id}`);
  await page.waitForSelector('.article .title');
  assert.equal(await page.textContent('.article .title'), item.title);
  await page.close();
});
