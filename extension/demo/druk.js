// Werkplein Demo — the busy page (fictional), for benchmarking Trede's content script: about 6,000 elements,
// small mutations ten times a second, and a client number only when a test asks for one.
//
// Globals: demoShowClient(nr) → performance.now() right after #klantnummer is inserted; demoHideClient()
// → performance.now() after removing it; demoSetTicking(on); __demoTicks; __demoTickMs { last, max, total }
// (script time per tick, layout not included). druk.html?tikken=0 starts without ticking (a baseline).
import { loadClients, el, dateEl, fullName, childrenText } from './lib.js';

const ROWS = 600; // 9 elements a row
const LOG_ENTRIES = 300; // 2 elements an entry
const CELLS_PER_TICK = 50;
const ROWS_PER_TICK = 3;
const TICK_MS = 100;

const TASKS = ['Intake plannen', 'Verslag uitwerken', 'Herbeoordeling', 'Terugbellen', 'Documenten opvragen', 'Re-integratieplan bijwerken', 'Huisbezoek voorbereiden'];
const TEAMS = ['Team Noord', 'Team Zuid', 'Team Oost', 'Team West'];
const STATUSES = ['open', 'bezig', 'wacht', 'afgerond'];

const $ = (id) => document.getElementById(id);

/** A <time> for a fictional moment on 2026-11-02, `minutes` after 08:00 (wrapping within the day). */
function clock(minutes) {
  const m = minutes % 600;
  const hhmm = `${String(8 + Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return el('time', { datetime: `2026-11-02T${hhmm}`, text: hhmm });
}

function makeRow(i, round) {
  const status = el('span', { class: 'status', text: STATUSES[(i + round) % STATUSES.length] });
  const wait = el('td', { text: `${(i * 7 + round) % 240} min` });
  const tr = el(
    'tr',
    { 'data-rij': i },
    el('td', { class: 'mono', text: `T-${String(i + 1).padStart(5, '0')}` }),
    el('td', { text: TASKS[i % TASKS.length] }),
    el('td', { text: TEAMS[i % TEAMS.length] }),
    el('td', {}, status),
    wait,
    el('td', {}, clock(i + round)),
  );
  return { tr, wait, status };
}

const logEntry = (n) => el('li', {}, clock(n), ` ${TASKS[n % TASKS.length]} — ${TEAMS[n % TEAMS.length]}`);

const rows = [];
const stats = { last: 0, max: 0, total: 0 };
let round = 0;
window.__demoTicks = 0;
window.__demoTickMs = stats;

/** One tick: ~50 cell texts, a few whole rows and one log entry; the element count stays the same. */
function tick() {
  const start = performance.now();
  round++;
  for (let k = 0; k < CELLS_PER_TICK; k++) {
    const row = rows[(round * CELLS_PER_TICK + k) % ROWS];
    // Half as new child text (childList mutations), half by editing the text node (characterData).
    if (k % 2) row.wait.textContent = `${(round + k) % 240} min`;
    else row.status.firstChild.data = STATUSES[(round + k) % STATUSES.length];
  }
  for (let j = 0; j < ROWS_PER_TICK; j++) {
    const i = (round * ROWS_PER_TICK + j * (ROWS / ROWS_PER_TICK)) % ROWS;
    const fresh = makeRow(i, round);
    rows[i].tr.replaceWith(fresh.tr);
    rows[i] = fresh;
  }
  const log = $('activiteiten');
  log.lastElementChild.remove();
  log.prepend(logEntry(LOG_ENTRIES + round));
  window.__demoTicks = round;
  stats.last = performance.now() - start;
  stats.max = Math.max(stats.max, stats.last);
  stats.total += stats.last;
}

let timer = null;
function setTicking(on) {
  clearInterval(timer);
  timer = on ? setInterval(tick, TICK_MS) : null;
}

/** A facts table like klant.html's; the other facts only when the number belongs to a client in clients.json. */
function clientPanel(number, client) {
  const row = (label, cell) => el('tr', {}, el('th', { scope: 'row', text: label }), cell);
  const facts = [row('Klantnummer', el('td', {}, el('span', { id: 'klantnummer', class: 'mono', 'data-testid': 'klantnummer', text: number })))];
  if (client) {
    facts.push(
      row('Geboortedatum', el('td', { id: 'geboortedatum' }, dateEl(client.dateOfBirth))),
      row('Aantal kinderen', el('td', { id: 'aantal-kinderen', text: childrenText(client) })),
      row('Laatste baan tot', client.lastJobEnded ? el('td', { id: 'laatste-baan' }, dateEl(client.lastJobEnded)) : el('td', { id: 'laatste-baan', text: 'geen betaald werk bekend' })),
      row('Uitkering sinds', el('td', { id: 'uitkering-sinds' }, dateEl(client.benefitSince))),
      row('Laatste contact', el('td', { id: 'laatste-contact' }, dateEl(client.lastContact))),
    );
  }
  return el(
    'section',
    { class: 'card', id: 'klantpaneel', 'aria-labelledby': 'kop-klant' },
    el('h2', { id: 'kop-klant', text: client ? `Klant: ${fullName(client)}` : 'Klant' }),
    el('table', { class: 'facts' }, el('tbody', {}, ...facts)),
  );
}

let clients = [];
try {
  clients = await loadClients();
} catch (err) {
  // The page still works without them; demoShowClient then shows only the number.
  $('fout').textContent = `De klantgegevens konden niet worden geladen (${err.message}).`;
  $('fout').hidden = false;
}

for (let i = 0; i < ROWS; i++) rows.push(makeRow(i, 0));
$('wachtrij').tBodies[0].append(...rows.map((r) => r.tr));
$('activiteiten').append(...Array.from({ length: LOG_ENTRIES }, (_, n) => logEntry(LOG_ENTRIES - n)));

window.demoShowClient = (nr) => {
  const number = String(nr);
  $('klantpaneel')?.remove();
  $('klantplek').append(clientPanel(number, clients.find((c) => c.clientNumber === number)));
  return performance.now();
};
window.demoHideClient = () => {
  $('klantpaneel')?.remove();
  return performance.now();
};
window.demoSetTicking = (on) => setTicking(Boolean(on));

setTicking(new URLSearchParams(location.search).get('tikken') !== '0');
document.body.dataset.status = 'klaar';
