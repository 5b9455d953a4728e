// Werkplein Demo, single-page variant: one document, clients switch through the History API
// (/spa/ and /spa/klant/<klantnummer>) without a page load. The markup deliberately differs from
// the multi-page variant (dl/dd with data-veld attributes instead of a table with ids), so a site
// adapter has to be configured for each.
import { loadClients, el, dateEl, formatDate, fullName, childrenText, allNotes, saveNote } from '../lib.js';

const BASE = '/spa/';
const LOAD_DELAY_MS = 120; // a real app fetches each dossier; the content lags behind the URL for a moment
const view = document.getElementById('view');
const list = document.getElementById('caselist');
const filter = document.getElementById('filter');
let clients = [];
let renderToken = 0;

function route(pathname) {
  const m = /^\/spa\/klant\/([^/]+)\/?$/.exec(pathname);
  if (m) return { name: 'dossier', number: decodeURIComponent(m[1]) };
  if (pathname === '/spa' || pathname === BASE || pathname === '/spa/index.html') return { name: 'start' };
  return { name: 'onbekend' };
}

function navigate(href) {
  if (href === location.pathname) return;
  history.pushState({}, '', href);
  render();
}

// Links marked data-route are handled here instead of by the browser.
document.addEventListener('click', (event) => {
  const a = event.target instanceof Element ? event.target.closest('a[data-route]') : null;
  if (!a || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(new URL(a.href).pathname);
});
window.addEventListener('popstate', () => render());
filter.addEventListener('input', () => renderList());

function renderList() {
  const q = filter.value.trim().toLowerCase();
  const current = route(location.pathname);
  list.replaceChildren(
    ...clients
      .filter((c) => !q || fullName(c).toLowerCase().includes(q) || c.clientNumber.includes(q))
      .map((c) =>
        el('li', {},
          el('a', {
            href: `${BASE}klant/${encodeURIComponent(c.clientNumber)}`,
            'data-route': true,
            'aria-current': current.name === 'dossier' && current.number === c.clientNumber ? 'page' : null,
          }, fullName(c), el('small', { text: `Laatste contact ${formatDate(c.lastContact)}` })),
        ),
      ),
  );
}

function renderStart() {
  document.title = 'Werkplein Demo (fictief) — app';
  return [
    el('h1', { text: 'Dossiers' }),
    el('p', { class: 'empty', text: `Kies links een klant uit uw caseload (${clients.length} klanten).` }),
  ];
}

function renderNotFound(text) {
  document.title = 'Niet gevonden — Werkplein Demo (fictief)';
  return [el('h1', { text: 'Niet gevonden' }), el('p', { class: 'error', text })];
}

function notesList(client) {
  return el('ul', { class: 'notes', 'data-veld': 'notities-historie' },
    ...allNotes(client).map((n) =>
      el('li', {}, el('p', { class: 'notes__meta' }, dateEl(n.date), ` · ${n.author}`), el('p', { class: 'notes__text', text: n.text })),
    ),
  );
}

function renderDossier(client) {
  document.title = `${fullName(client)} — Werkplein Demo (fictief)`;
  const fact = (label, veld, value) => [el('dt', { text: label }), el('dd', { 'data-veld': veld }, value)];
  const textarea = el('textarea', { rows: 6, 'data-veld': 'aantekening', 'aria-label': 'Aantekening', placeholder: 'Aantekening bij dit dossier…' });
  const status = el('span', { role: 'status' });
  let history = notesList(client);
  const form = el('form', {
    class: 'aantekening',
    onsubmit: (event) => {
      event.preventDefault();
      const text = textarea.value.trim();
      if (!text) { status.textContent = 'Leeg: niets bewaard.'; return; }
      const note = saveNote(client.clientNumber, text);
      textarea.value = '';
      status.textContent = `Bewaard op ${formatDate(note.date)} (alleen in deze browser).`;
      const fresh = notesList(client);
      history.replaceWith(fresh);
      history = fresh;
    },
  }, textarea, el('div', { class: 'form-row' }, el('button', { type: 'submit', text: 'Bewaren' }), status));

  return [
    el('div', { class: 'dossier-kop' },
      el('h1', { 'data-veld': 'naam', text: fullName(client) }),
      el('p', { class: 'dossier-kop__nummer' }, 'Klantnr. ', el('strong', { class: 'mono', 'data-veld': 'klantnummer', text: client.clientNumber })),
    ),
    el('dl', { class: 'kv' },
      ...fact('Geboren', 'geboortedatum', dateEl(client.dateOfBirth)),
      ...fact('Kinderen', 'kinderen', childrenText(client)),
      ...fact('Laatst gewerkt tot', 'laatste-werk', client.lastJobEnded ? dateEl(client.lastJobEnded) : 'nooit betaald gewerkt'),
      ...fact('Uitkering sinds', 'uitkering-sinds', dateEl(client.benefitSince)),
      ...fact('Laatste contact', 'laatste-contact', dateEl(client.lastContact)),
    ),
    el('div', { class: 'tabs', role: 'presentation' }, el('span', { text: 'Aantekeningen' })),
    form,
    history,
  ];
}

async function render() {
  const token = ++renderToken;
  const r = route(location.pathname);
  renderList();
  view.dataset.status = 'laden';
  view.replaceChildren(el('p', { class: 'empty', text: 'Laden…' }));
  if (r.name === 'dossier') await new Promise((resolve) => setTimeout(resolve, LOAD_DELAY_MS));
  if (token !== renderToken) return; // a newer navigation won
  let nodes;
  if (r.name === 'start') nodes = renderStart();
  else if (r.name === 'dossier') {
    const client = clients.find((c) => c.clientNumber === r.number);
    nodes = client ? renderDossier(client) : renderNotFound(`Er is geen klant met klantnummer "${r.number}".`);
  } else nodes = renderNotFound(`Deze pagina bestaat niet: ${location.pathname}`);
  view.replaceChildren(...nodes);
  view.dataset.status = 'klaar';
}

try {
  clients = await loadClients();
  await render();
} catch (err) {
  view.replaceChildren(el('p', { class: 'error', text: `De dossiers konden niet worden geladen (${err.message}).` }));
  view.dataset.status = 'fout';
}
