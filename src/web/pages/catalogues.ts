/// <reference lib="dom" />
// Catalogues: the narrative catalogues kept in the store, a form to upload or replace one (a file or pasted text,
// with the write token), the validator's message when it is refused, and the progress of the re-scoring job a
// change starts. The token stays in the form field: it is never stored by the page.
import { ApiProblem, apiUrl, getJson } from '../api.js';
import { fmtDate, h } from '../dom.js';
import { failure, render } from './common.js';

interface Catalogue {
  name: string;
  format: string;
  version: number;
  narratives: number;
  examples: number;
  uploadedAt: string;
}

interface Job {
  id: number;
  reason: string;
  status: string;
  progress: { done: number; total: number };
  error: string | null;
}

const TYPES: Record<string, string> = { csv: 'text/csv', tsv: 'text/tab-separated-values', json: 'application/json', yml: 'application/yaml', yaml: 'application/yaml' };
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const POLL_MS = 400;

export async function cataloguesPage(root: HTMLElement): Promise<void> {
  await render(root, async () => {
    const { items, rescore } = await getJson<{ items: Catalogue[]; rescore: Job | null }>('/catalogues');
    const list = h('div', { class: 'catalogue-list' });
    const progress = h('div', { id: 'rescore', role: 'status', 'aria-live': 'polite' });
    const outcome = h('div', { id: 'upload-outcome', 'aria-live': 'polite' });
    const token = h('input', { type: 'password', id: 'catalogue-token', autocomplete: 'off', required: true });
    const name = h('input', { type: 'text', id: 'catalogue-name', pattern: NAME.source, placeholder: 'e.g. my-narratives' });
    const file = h('input', { type: 'file', id: 'catalogue-file', accept: '.json,.yml,.yaml,.csv,.tsv' });
    const text = h('textarea', { id: 'catalogue-text', rows: 8, placeholder: 'Or paste the catalogue here (YAML, JSON or CSV)…' });

    const refresh = async () => showList(list, (await getJson<{ items: Catalogue[] }>('/catalogues')).items, remove);
    const follow = (job: Job | null) => void track(progress, job, refresh);
    async function remove(catalogue: string): Promise<void> {
      outcome.replaceChildren();
      try {
        const body = await send('DELETE', catalogue, token.value, null, '');
        outcome.replaceChildren(h('p', { class: 'status' }, `Deleted "${catalogue}".`));
        await refresh();
        follow((body as { job: Job }).job);
      } catch (error) {
        outcome.replaceChildren(failure(error));
      }
    }
    file.addEventListener('change', () => {
      const f = file.files?.[0];
      if (f && !name.value) name.value = f.name.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9._-]/g, '-');
    });
    const upload = h('button', { type: 'submit', id: 'upload', class: 'primary' }, 'Upload');
    const form = h(
      'form',
      { class: 'catalogue-form', novalidate: true }, // the page says what is missing, in its own words
      h('p', {}, h('label', { for: 'catalogue-file' }, 'Catalogue file (YAML, JSON or CSV): '), file),
      h('p', {}, h('label', { for: 'catalogue-text' }, 'or its text:')),
      text,
      h('p', {}, h('label', { for: 'catalogue-name' }, 'Name (a catalogue of this name is replaced): '), name),
      h('p', {}, h('label', { for: 'catalogue-token' }, 'Write token: '), token),
      h('div', { class: 'actions' }, upload),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void (async () => {
        outcome.replaceChildren();
        const f = file.files?.[0];
        const content = f ? await f.text() : text.value;
        const type = f ? TYPES[/\.([^.]+)$/.exec(f.name)?.[1].toLowerCase() ?? ''] ?? 'text/plain' : 'text/plain';
        if (!content.trim()) return outcome.replaceChildren(failure(new Error('Choose a file or paste a catalogue first.')));
        if (!NAME.test(name.value)) return outcome.replaceChildren(failure(new Error('Give the catalogue a name: letters, digits, and . _ - (not first).')));
        upload.disabled = true;
        try {
          const body = (await send('PUT', name.value, token.value, content, type)) as { catalogue: Catalogue; created: boolean; changed: boolean; job: Job | null };
          const c = body.catalogue;
          outcome.replaceChildren(h('p', { class: 'status' }, `${body.created ? 'Stored' : body.changed ? 'Replaced' : 'Unchanged:'} "${c.name}", version ${c.version}: ${c.narratives} narratives, ${c.examples} examples.`));
          await refresh();
          follow(body.job);
        } catch (error) {
          outcome.replaceChildren(failure(error));
        } finally {
          upload.disabled = false;
        }
      })();
    });
    showList(list, items, remove);
    follow(rescore);
    return [
      h('h1', {}, 'Narrative catalogues'),
      h('p', { class: 'lead' }, "Catalogues kept in this store are matched beside the built-in one, by every ingest and, when one changes, by a job that re-scores the stored articles. A narrative needs an id, a title and examples in any language; the format is in the project's src/knowledge/narratives/README.md."),
      list,
      progress,
      h('h2', {}, 'Upload or replace a catalogue'),
      form,
      outcome,
    ];
  });
}

function showList(el: HTMLElement, items: Catalogue[], remove: (name: string) => Promise<void>): void {
  if (!items.length) return el.replaceChildren(h('p', { class: 'status' }, 'No catalogues in this store yet: only the built-in one is matched.'));
  const rows = items.map((c) => {
    const del = h('button', { type: 'button', class: 'delete', 'aria-label': `Delete ${c.name}` }, 'Delete');
    del.addEventListener('click', () => void remove(c.name));
    return h('tr', { 'data-name': c.name }, h('th', { scope: 'row' }, c.name), h('td', {}, c.format), h('td', {}, String(c.version)), h('td', {}, String(c.narratives)), h('td', {}, String(c.examples)), h('td', {}, fmtDate(c.uploadedAt)), h('td', {}, del));
  });
  el.replaceChildren(
    h('table', { class: 'catalogues' }, h('thead', {}, h('tr', {}, ['Name', 'Format', 'Version', 'Narratives', 'Examples', 'Uploaded', ''].map((t) => h('th', { scope: 'col' }, t)))), h('tbody', {}, rows)),
  );
}

/** Shows a job's progress, polling until it ends. */
async function track(el: HTMLElement, job: Job | null, onEnd: () => Promise<void>): Promise<void> {
  let current = job;
  while (current) {
    const { done, total } = current.progress;
    const running = current.status === 'queued' || current.status === 'running';
    el.replaceChildren(
      h('p', {}, `Re-scoring the stored articles (${current.reason}): ${current.status}, ${done} of ${total} articles${current.error ? `; ${current.error}` : ''}.`),
      h('progress', { id: 'rescore-progress', max: Math.max(total, 1), value: running ? done : Math.max(total, done), 'aria-label': 'Re-scoring progress' }),
    );
    if (!running || !el.isConnected) return;
    await new Promise((r) => setTimeout(r, POLL_MS));
    try {
      current = await getJson<Job>(`/jobs/${current.id}`);
    } catch (error) {
      el.replaceChildren(failure(error));
      return;
    }
    if (current.status !== 'queued' && current.status !== 'running') await onEnd().catch(() => undefined);
  }
}

/** A write with the token; a problem answer becomes an ApiProblem (its detail names line and field). */
async function send(method: 'PUT' | 'DELETE', name: string, token: string, body: string | null, type: string): Promise<unknown> {
  if (!token.trim()) throw new Error('Enter the write token (printed when the server started, or CLAIMTRAIL_TOKEN).');
  const headers: Record<string, string> = { authorization: `Bearer ${token.trim()}`, accept: 'application/json' };
  if (body !== null) headers['content-type'] = type;
  const response = await fetch(apiUrl(`/catalogues/${encodeURIComponent(name)}`), { method, headers, body });
  const json = (await response.json().catch(() => null)) as { code?: string; detail?: string } | null;
  if (!response.ok) throw new ApiProblem(response.status, json?.code ?? 'error', json?.detail ?? `The server answered ${response.status}.`);
  return json;
}
