// Werkplein Demo, modern variant: one document, #-routes, an internal dossier id in the address, the
// client number only inside a web component's open shadow root, facts that arrive after a skeleton into
// the same nodes for every client, optional rows that shift the others, a contenteditable journal and a
// report form in a same-origin frame. Everything is rendered with textContent and createElement.
import { loadClients, el, fullName } from '../lib.js';

const params = new URLSearchParams(location.search);
/** How long a dossier "loads" (a real app fetches it); ?vertraging=<ms> changes it. */
const LOAD_DELAY_MS = Math.max(0, Math.min(5000, Number(params.get('vertraging') ?? 300) || 0));

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "1999-03-14" → "14 maart 1999", as this system writes dates. */
export function dutchDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : '';
}

/**
 * The system's own dossier id for a client: not the client number (FNV-1a of it, in base 36), so the
 * address says "a dossier" without saying whose.
 */
export function dossierIdOf(clientNumber) {
  let hash = 0x811c9dc5;
  for (const ch of `dossier:${clientNumber}`) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `d${hash.toString(36)}`;
}

/** The dossier header: a web component whose shadow root (open) holds the name and the client number. */
class WerkpleinKop extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = [
      ':host { display: flex; align-items: baseline; gap: 1rem; flex-wrap: wrap; border-bottom: 1px solid #d8dde4; padding-bottom: 0.5rem; }',
      'h1 { margin: 0; font-size: 1.6rem; min-width: 12rem; }',
      'p { margin: 0; color: #5b6675; }',
      '.nummer { font-family: ui-monospace, "DejaVu Sans Mono", monospace; color: #1b2430; }',
      ':host([data-laden]) h1, :host([data-laden]) .nummer { background: #e8ecf0; color: transparent; border-radius: 3px; }',
    ].join('\n');
    this.naam = el('h1', { class: 'naam', text: '…' });
    this.nummer = el('strong', { class: 'nummer', 'data-veld': 'klantnummer' });
    root.append(style, this.naam, el('p', {}, 'Klantnr. ', this.nummer));
  }

  /** null: loading (the same nodes, emptied); a client: filled in. */
  set klant(client) {
    this.toggleAttribute('data-laden', !client);
    this.naam.textContent = client ? fullName(client) : '…';
    this.nummer.textContent = client ? client.clientNumber : '';
  }
}
customElements.define('werkplein-kop', WerkpleinKop);

const app = document.getElementById('app');
const listSection = document.getElementById('lijst');
const listBody = document.querySelector('#klanten tbody');
const dossierSection = document.getElementById('dossier');
const kop = document.getElementById('kop');
const factsBody = document.querySelector('#gegevens tbody');
const journal = document.getElementById('journaal');
const reportFrame = document.getElementById('rapport');
const notFound = document.getElementById('niet-gevonden');

/** The facts table, top to bottom. Optional rows are only there when the client has that fact. */
const FACTS = [
  { key: 'geboortedatum', label: 'Geboren', value: (c) => dutchDate(c.dateOfBirth) },
  { key: 'kinderen', label: 'Kinderen', value: (c) => (c.children ? String(c.children) : 'geen') },
  { key: 'jongste-kind', label: 'Jongste kind', when: (c) => c.children > 0 && c.youngestChildAge != null, value: (c) => `${c.youngestChildAge} jaar` },
  { key: 'laatste-werk', label: 'Laatst gewerkt tot', when: (c) => Boolean(c.lastJobEnded), value: (c) => dutchDate(c.lastJobEnded) },
  { key: 'uitkering-sinds', label: 'Uitkering sinds', value: (c) => dutchDate(c.benefitSince) },
  { key: 'laatste-contact', label: 'Laatste contact', value: (c) => dutchDate(c.lastContact) },
];
// One row per fact, made once and reused for every client (rows are moved in and out, never rebuilt).
const rows = new Map(FACTS.map((f) => [f.key, el('tr', { 'data-rij': f.key }, el('th', { scope: 'row', text: f.label }), el('td'))]));

/** Journal text the caseworker typed, per client, for as long as the page lives. */
const journals = new Map();
let clients = [];
let current = null;
let renderToken = 0;

function route() {
  const m = /^#\/dossier\/([\w-]+)$/.exec(location.hash);
  if (m) return { name: 'dossier', id: m[1] };
  if (location.hash === '#/klanten') return { name: 'lijst' };
  return { name: 'start' };
}

function show(section) {
  listSection.hidden = section !== listSection;
  dossierSection.hidden = section !== dossierSection;
  notFound.hidden = section !== notFound;
}

function renderList() {
  document.title = 'Klanten — Werkplein Demo (fictief)';
  listBody.replaceChildren(
    ...clients.map((c) =>
      el('tr', { 'data-klantnummer': c.clientNumber },
        el('td', { class: 'mono', text: c.clientNumber }),
        el('td', { text: fullName(c) }),
        el('td', { text: dutchDate(c.lastContact) }),
        el('td', {}, el('a', { href: `#/dossier/${dossierIdOf(c.clientNumber)}`, text: 'Open dossier' })),
      ),
    ),
  );
  show(listSection);
  app.dataset.status = 'klaar';
}

function reportField() {
  try {
    return reportFrame.contentDocument?.getElementById('rapport-tekst') ?? null;
  } catch {
    return null;
  }
}

/** The same nodes, emptied: what the caseworker sees while the dossier loads. */
function skeleton() {
  kop.klant = null;
  for (const row of factsBody.children) {
    row.lastElementChild.textContent = '';
    row.lastElementChild.classList.add('skelet');
  }
  journal.replaceChildren();
  journal.setAttribute('contenteditable', 'false');
  const report = reportField();
  if (report) report.value = '';
}

function journalFor(client) {
  const saved = journals.get(client.clientNumber);
  if (saved) return saved;
  return client.notes.map((n) => el('p', {}, el('b', { text: dutchDate(n.date) }), ` · ${n.author}: ${n.text}`));
}

function fill(client) {
  document.title = `${fullName(client)} — Werkplein Demo (fictief)`;
  kop.klant = client;
  // Optional rows come and go, so the others shift position from client to client.
  factsBody.replaceChildren(...FACTS.filter((f) => !f.when || f.when(client)).map((f) => rows.get(f.key)));
  for (const fact of FACTS) {
    const cell = rows.get(fact.key).lastElementChild;
    cell.classList.remove('skelet');
    cell.textContent = !fact.when || fact.when(client) ? fact.value(client) : '';
  }
  journal.replaceChildren(...journalFor(client));
  journal.setAttribute('contenteditable', 'true');
}

async function render() {
  const token = ++renderToken;
  const r = route();
  app.dataset.route = r.name;
  if (current) journals.set(current.clientNumber, [...journal.childNodes]);
  current = null;
  if (r.name === 'start') {
    location.replace('#/klanten');
    return;
  }
  if (r.name === 'lijst') return renderList();
  const client = clients.find((c) => dossierIdOf(c.clientNumber) === r.id);
  if (!client) {
    notFound.textContent = `Er is geen dossier ${r.id}.`;
    show(notFound);
    app.dataset.status = 'klaar';
    return;
  }
  app.dataset.status = 'laden';
  if (!factsBody.children.length) factsBody.replaceChildren(...rows.values());
  show(dossierSection);
  skeleton();
  await new Promise((resolve) => setTimeout(resolve, LOAD_DELAY_MS));
  if (token !== renderToken) return; // a newer navigation won
  current = client;
  fill(client);
  app.dataset.status = 'klaar';
  // For the benchmark: when this client's number went in (the page's clock).
  window.__demoFilledAt = performance.now();
}

window.addEventListener('hashchange', () => void render());
// For tests and the benchmark: the address of a client's dossier.
window.demoDossierHref = (clientNumber) => `#/dossier/${dossierIdOf(clientNumber)}`;

try {
  clients = await loadClients();
  await render();
} catch (err) {
  notFound.textContent = `De dossiers konden niet worden geladen (${err.message}).`;
  show(notFound);
  app.dataset.status = 'fout';
}
