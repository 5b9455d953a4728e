import { loadClients, el, dateEl, formatDate, fullName, childrenText, allNotes, saveNote } from './lib.js';

const number = new URLSearchParams(location.search).get('klantnummer') ?? '';
const $ = (id) => document.getElementById(id);

function showError(message) {
  $('fout').textContent = message;
  $('fout').hidden = false;
}

function renderNotes(client) {
  const list = $('eerdere-notities');
  list.replaceChildren(
    ...allNotes(client).map((n) =>
      el('li', {},
        el('p', { class: 'notes__meta' }, dateEl(n.date), ` — ${n.author}`),
        el('p', { class: 'notes__text', text: n.text }),
      ),
    ),
  );
}

try {
  const client = (await loadClients()).find((c) => c.clientNumber === number);
  if (!client) {
    document.title = 'Klant niet gevonden — Werkplein Demo (fictief)';
    $('klant-naam').textContent = 'Klant niet gevonden';
    $('kruimel-naam').textContent = 'onbekend';
    showError(`Er is geen klant met klantnummer "${number}".`);
  } else {
    document.title = `${fullName(client)} — Werkplein Demo (fictief)`;
    $('klant-naam').textContent = fullName(client);
    $('kruimel-naam').textContent = fullName(client);
    $('klantnummer').textContent = client.clientNumber;
    $('geboortedatum').append(dateEl(client.dateOfBirth));
    $('aantal-kinderen').textContent = childrenText(client);
    if (client.lastJobEnded) $('laatste-baan').append(dateEl(client.lastJobEnded));
    else $('laatste-baan').textContent = 'geen betaald werk bekend';
    $('uitkering-sinds').append(dateEl(client.benefitSince));
    $('laatste-contact').append(dateEl(client.lastContact));
    renderNotes(client);
    $('dossier').hidden = false;

    $('notitie-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const text = $('notities').value.trim();
      if (!text) {
        $('opslag-status').textContent = 'Leeg: niets opgeslagen.';
        return;
      }
      const note = saveNote(client.clientNumber, text);
      $('notities').value = '';
      $('opslag-status').textContent = `Opgeslagen op ${formatDate(note.date)} (alleen in deze browser).`;
      renderNotes(client);
    });
  }
} catch (err) {
  showError(`De klantgegevens konden niet worden geladen (${err.message}).`);
}
