import { test } from 'node:test';
import assert from 'node:assert/strict';
import { webUrl } from './web-url.js';
import { fromHtml } from '../ingest/html/index.js';
import { exportDocuments } from '../export/index.js';

test('webUrl keeps http(s) and drops script, data, file and relative-without-base URLs', () => {
  assert.equal(webUrl('https://news.example/a?b=1'), 'https://news.example/a?b=1');
  assert.equal(webUrl('/a', 'https://news.example/x'), 'https://news.example/a');
  for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>1</script>', 'file:///etc/passwd', 'vbscript:x', '/relative', '', null]) {
    assert.equal(webUrl(bad), null, String(bad));
  }
  assert.equal(webUrl('javascript:alert(1)', 'https://news.example/'), null);
  assert.equal(webUrl('/a', 'javascript:alert(1)'), null);
});

test('a canonical link with a javascript: URL never becomes the document URL (issue 17.6)', () => {
  const page = (href: string, given: string | null) => `<!doctype html><html lang="en"><head><title>Port reopens</title><link rel="canonical" href="${href}"></head>
<body><article><h1>Port reopens</h1><p>The harbour authority said on Friday that the port had reopened after three days of closure caused by the storm.</p>
<p>Officials said that ships waiting offshore would be let in by order of arrival, starting with ferries, and that normal traffic would resume soon.</p></article></body></html>`;
  const evil = fromHtml(page('javascript:alert(document.cookie)', null), { name: 'evil.html', url: null, encoding: 'utf-8', bytes: 100 });
  assert.equal(evil.meta.url, null);
  const fallback = fromHtml(page('javascript:alert(1)', 'https://port.example/news/1'), { name: 'p.html', url: 'https://port.example/news/1', encoding: 'utf-8', bytes: 100 });
  assert.equal(fallback.meta.url, 'https://port.example/news/1');
  const givenEvil = fromHtml(page('data:text/html,x', 'javascript:void(0)'), { name: 'q.html', url: 'javascript:void(0)', encoding: 'utf-8', bytes: 100 });
  assert.equal(givenEvil.meta.url, null);
});

test('exports never carry a non-web URL, even from a document stored before the rule', () => {
  const html = `<!doctype html><html lang="en"><head><title>Port reopens</title></head><body><article><h1>Port reopens</h1>
<p>The harbour authority said on Friday that the port had reopened after three days of closure caused by the storm.</p></article></body></html>`;
  const clean = fromHtml(html, { name: 'p.html', url: null, encoding: 'utf-8', bytes: 100 });
  const stored = { ...clean, meta: { ...clean.meta, url: 'javascript:alert(1)' } };
  for (const format of ['csv', 'stix', 'misp', 'claimreview'] as const) {
    const body = String(exportDocuments(format, [stored]).body);
    assert.doesNotMatch(body, /javascript:/i, format);
  }
});
