// Werkplein Demo — the hostile client page (fictional), for testing Trede's content script.
// Markup and script appear as TEXT (createTextNode / textContent only), so none of it runs unless someone
// parses it as HTML; if that happens, window.__pwned counts it. Every element made here gets class "eigen"
// so the hostile CSS in vijandig.html leaves the page itself readable.
//
// Globals: __demoRewrites (all rewrites), __demoTableRebuilds, __demoSubmits, demoSetRewriting(on).
import { loadClients, el, formatDate, childrenText } from './lib.js';

const number = new URLSearchParams(location.search).get('klantnummer') ?? '';
const $ = (id) => document.getElementById(id);

const PWN = 'window.__pwned=(window.__pwned||0)+1';
const HOSTILE = {
  img: `<img src=x onerror="${PWN}">`,
  script: '<script>window.__pwned=1</script>',
  svg: `"><svg onload="${PWN}">`,
  iframe: `'><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`,
  textarea: `</textarea><img src=x onerror="${PWN}">`,
  template: `{{constructor.constructor('${PWN}')()}} \${${PWN}} javascript:${PWN}`,
};
// Escapes rather than the characters themselves, so the source shows what is there.
const RLO = '\u202E'; // RIGHT-TO-LEFT OVERRIDE: lays out what follows backwards, to the end of the paragraph
const RLM = '\u200F'; // RIGHT-TO-LEFT MARK
const ARABIC = 'نص تجريبي — بيانات وهمية'; // "test text — made-up data"
const HEBREW = 'טקסט לבדיקה — נתונים בדויים'; // "text for testing — made-up data"

window.__demoRewrites = 0;
window.__demoTableRebuilds = 0;

/** el() with class "eigen" added: the page's own elements, which the hostile CSS leaves alone. */
function own(tag, props = {}, ...children) {
  return el(tag, { ...props, class: props.class ? `eigen ${props.class}` : 'eigen' }, ...children);
}
const ownDate = (iso) => own('time', { datetime: iso, text: formatDate(iso) });

function hostileName(client) {
  return `${client.firstName} ${HOSTILE.img}`;
}

/** The whole facts table, new nodes every time; ids as on klant.html so one site adapter fits both. */
function factsTable(client, version) {
  const row = (label, cell) => own('tr', {}, own('th', { scope: 'row', text: label }), cell);
  const numberCell = own(
    'td',
    { id: 'klantnummer-cel' },
    // Inside the number's parent, before and after it: right-to-left text, an unclosed override, markup.
    `${RLM}${HEBREW} ${RLO}`,
    own('span', { id: 'klantnummer', class: 'mono', 'data-testid': 'klantnummer', text: client.clientNumber }),
    own('span', { class: 'naast', text: `${HOSTILE.img} ${ARABIC}${RLM}${RLO} ${HOSTILE.svg}` }),
    ` ${HOSTILE.script}`,
  );
  return own(
    'table',
    { class: 'facts', id: 'gegevens', 'data-versie': version },
    own(
      'tbody',
      {},
      row('Klantnummer', numberCell),
      row('Naam', own('td', { id: 'naam', text: `${hostileName(client)} ${client.lastName}` })),
      row('Geboortedatum', own('td', { id: 'geboortedatum' }, ownDate(client.dateOfBirth))),
      row('Aantal kinderen', own('td', { id: 'aantal-kinderen', text: childrenText(client) })),
      row(
        'Laatste baan tot',
        client.lastJobEnded
          ? own('td', { id: 'laatste-baan' }, ownDate(client.lastJobEnded))
          : own('td', { id: 'laatste-baan', text: 'geen betaald werk bekend' }),
      ),
      row('Uitkering sinds', own('td', { id: 'uitkering-sinds' }, ownDate(client.benefitSince))),
      row('Laatste contact', own('td', { id: 'laatste-contact' }, ownDate(client.lastContact))),
    ),
  );
}

const NOTES = [
  { date: '2026-10-30', author: HOSTILE.svg, text: `Gesprek gehad. ${HOSTILE.img} Daarna: ${HOSTILE.script}` },
  { date: '2026-10-21', author: 'R. Oostveen', text: `${ARABIC} ${RLO}achterstevoren na de override${RLM} ${HEBREW}` },
  { date: '2026-10-09', author: 'R. Oostveen', text: `${HOSTILE.iframe} ${HOSTILE.textarea}` },
  { date: '2026-10-02', author: 'R. Oostveen', text: HOSTILE.template },
];

function renderNotes(client) {
  $('eerdere-notities').replaceChildren(
    ...[...NOTES, ...client.notes].map((n) =>
      own('li', {}, own('p', { class: 'notes__meta' }, ownDate(n.date), ` — ${n.author}`), own('p', { class: 'notes__text', text: n.text })),
    ),
  );
}

/** One text node of at least 1 MiB characters (made in script: the HTML parser splits long text). */
function bigText() {
  const line = `Regel uit een verzonnen gespreksverslag. ${HOSTILE.img} ${ARABIC} ${RLO}${HEBREW}${RLM} ${HOSTILE.script}\n`;
  return line.repeat(Math.ceil((1 << 20) / line.length));
}

const MESSAGES = [HOSTILE.img, HOSTILE.script, HOSTILE.svg, `${RLO}${ARABIC}`, `${RLM}${HEBREW}`, HOSTILE.template];
let messageRound = 0;

/** Every 50 ms: the messages list gets all-new children. */
function rewriteMessages() {
  messageRound++;
  const items = [0, 1, 2, 3, 4].map((i) =>
    own('li', {}, own('span', { class: 'mono', text: `#${messageRound}.${i} ` }), MESSAGES[(messageRound + i) % MESSAGES.length]),
  );
  $('meldingen').replaceChildren(...items);
  window.__demoRewrites++;
}

let timers = [];
/** Starts (true) or stops (false) the rewriting; it starts on its own once the client is shown. */
function setRewriting(on, client) {
  for (const t of timers) clearInterval(t);
  timers = [];
  if (!on) return;
  timers = [
    setInterval(rewriteMessages, 50),
    // Every 200 ms: the facts table is replaced whole, so whatever was put next to #klantnummer is gone.
    setInterval(() => {
      window.__demoTableRebuilds++;
      $('gegevens').replaceWith(factsTable(client, window.__demoTableRebuilds));
      window.__demoRewrites++;
    }, 200),
  ];
}

try {
  const client = (await loadClients()).find((c) => c.clientNumber === number);
  if (!client) {
    $('klant-naam').textContent = 'Klant niet gevonden';
    $('kruimel-naam').textContent = 'onbekend';
    $('fout').textContent = `Er is geen klant met klantnummer "${number}".`;
    $('fout').hidden = false;
    document.body.dataset.status = 'fout';
  } else {
    document.title = `${client.firstName} ${HOSTILE.script} — Werkplein Demo (fictief)`;
    $('klant-naam').textContent = hostileName(client);
    $('kruimel-naam').textContent = hostileName(client);
    $('gegevens').replaceWith(factsTable(client, 0));
    renderNotes(client);
    $('notities').placeholder = HOSTILE.svg;
    $('bijlage').append(document.createTextNode(bigText()));

    let count = 0;
    $('teller-knop').addEventListener('click', () => {
      $('teller').textContent = String(++count);
    });
    // Nothing is saved here: a test only needs to see that a submit happened and that the page stayed put.
    $('notitie-form').addEventListener('submit', (event) => {
      event.preventDefault();
      window.__demoSubmits = (window.__demoSubmits || 0) + 1;
      $('opslag-status').textContent = `Verstuurd (${window.__demoSubmits}×), niet opgeslagen: dit is een testpagina.`;
    });

    window.demoSetRewriting = (on) => setRewriting(Boolean(on), client);
    $('dossier').hidden = false;
    setRewriting(true, client);
    document.body.dataset.status = 'klaar';
  }
} catch (err) {
  $('fout').textContent = `De klantgegevens konden niet worden geladen (${err.message}).`;
  $('fout').hidden = false;
  document.body.dataset.status = 'fout';
}
