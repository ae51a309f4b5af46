/// <reference lib="dom" />
// Analyse: paste an article's text or drop a saved page (.html); the article comes back with its layers highlighted.
import type { Doc } from '../../core/types.js';
import { postJson } from '../api.js';
import { articleView } from '../article.js';
import { h } from '../dom.js';
import { failure } from './common.js';

const MAX_FILE = 5 * 1024 * 1024;

export function analysePage(root: HTMLElement): void {
  const text = h('textarea', { id: 'paste', rows: 10, placeholder: 'Paste the article text here (title on the first line)…', 'aria-label': 'Article text' });
  const file = h('input', { type: 'file', id: 'file', accept: '.html,.htm,.txt,text/html,text/plain' });
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const out = h('div', { class: 'result' });
  const run = async (body: { text: string } | { html: string; name: string }) => {
    status.textContent = 'Analysing…';
    out.replaceChildren();
    try {
      const { document: doc } = await postJson<{ document: Doc }>('/analyze', body);
      status.textContent = `Analysed: ${(doc.layers.quotes ?? []).length} quotes, ${(doc.layers.claims ?? []).length} claims, ${(doc.layers.entities ?? []).length} entities.`;
      out.replaceChildren(articleView(doc));
      out.scrollIntoView({ block: 'start' });
    } catch (error) {
      status.textContent = '';
      out.replaceChildren(failure(error));
    }
  };
  const readFile = (f: File) => {
    if (f.size > MAX_FILE) {
      status.textContent = `${f.name} is larger than 5 MB; save only the article page.`;
      return;
    }
    void f.text().then((content) => run(/\.html?$/i.test(f.name) || /<html|<body|<p[\s>]/i.test(content.slice(0, 2000)) ? { html: content, name: f.name } : { text: content }));
  };
  file.addEventListener('change', () => file.files?.[0] && readFile(file.files[0]));
  const drop = h('div', { class: 'drop', tabindex: -1 }, 'Or drop a saved page (.html) or text file here, or choose one: ', file);
  drop.addEventListener('dragover', (e) => (e.preventDefault(), drop.classList.add('over')));
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const f = e.dataTransfer?.files[0];
    if (f) readFile(f);
  });
  const button = h('button', { type: 'button', id: 'analyse', class: 'primary' }, 'Analyse');
  button.addEventListener('click', () => {
    if (!text.value.trim()) {
      status.textContent = 'Paste some text first.';
      text.focus();
      return;
    }
    void run({ text: text.value });
  });
  root.replaceChildren(
    h('h1', {}, 'Analyse an article'),
    h('p', { class: 'lead' }, 'Who said what, which claims, entities, persuasion techniques, framing and narratives — each with its exact place in the text. Nothing is stored.'),
    h('label', { for: 'paste', class: 'visually-hidden' }, 'Article text'),
    text,
    h('div', { class: 'actions' }, button),
    drop,
    status,
    out,
  );
}
