/// <reference lib="dom" />
// The web app's entry: a router over location.hash (#/analyse, #/search?q=…, #/narratives/ID, #/duplicates …). Pages render into
// <main>; focus moves to the new heading so keyboard and screen-reader users follow the navigation.
import { claimsPage, documentsPage, narrativesPage, outletsPage, speakersPage } from './pages/lists.js';
import { claimPage, narrativePage, outletPage, speakerPage } from './pages/details.js';
import { analysePage } from './pages/analyse.js';
import { cataloguesPage } from './pages/catalogues.js';
import { documentPage } from './pages/document.js';
import { duplicatesPage } from './pages/duplicates.js';
import { searchPage } from './pages/search.js';

const root = document.getElementById('app') as HTMLElement;

async function show(): Promise<void> {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  const [section = 'analyse', rawId] = path.split('/');
  const id = rawId === undefined ? undefined : decodeURIComponent(rawId);
  const params = new URLSearchParams(query);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a')) {
    if (link.dataset.section === section) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (section === 'search') searchPage(root, params);
  else if (section === 'narratives') await (id ? narrativePage(root, id) : narrativesPage(root));
  else if (section === 'claims') await (id ? claimPage(root, id) : claimsPage(root));
  else if (section === 'speakers') await (id ? speakerPage(root, id) : speakersPage(root));
  else if (section === 'outlets') await (id ? outletPage(root, id) : outletsPage(root));
  else if (section === 'catalogues') await cataloguesPage(root);
  else if (section === 'duplicates') duplicatesPage(root);
  else if (section === 'documents') await (id ? documentPage(root, id) : documentsPage(root, params));
  else analysePage(root);
  document.title = `${root.querySelector('h1, h2')?.textContent ?? 'claimtrail'} — claimtrail`;
  const heading = root.querySelector<HTMLElement>('h1, h2');
  if (heading && moved) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: false });
  }
  root.dataset.ready = section;
}

let moved = false;
// The skip link moves focus to the content without touching the route in the hash.
document.querySelector('a.skip')?.addEventListener('click', (e) => {
  e.preventDefault();
  root.focus();
});
window.addEventListener('hashchange', () => {
  moved = true;
  void show();
});
void show();
