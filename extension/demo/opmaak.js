// Werkplein Demo — the layout test page (opmaak.html): the client number in a bare table cell, a flex row
// and a grid, each in a card with overflow: hidden. Rendered with textContent only.
import { loadClients, fullName } from './lib.js';

const params = new URLSearchParams(location.search);
const number = params.get('klantnummer') ?? '';
const plek = ['tabel', 'flex', 'raster'].includes(params.get('plek')) ? params.get('plek') : 'tabel';
const $ = (id) => document.getElementById(id);

try {
  const client = (await loadClients()).find((c) => c.clientNumber === number);
  if (!client) {
    $('klant-naam').textContent = 'Klant niet gevonden';
    $('fout').textContent = `Er is geen klant met klantnummer "${number}".`;
    $('fout').hidden = false;
  } else {
    document.title = `${fullName(client)} (${plek}) — Werkplein Demo (fictief)`;
    $('klant-naam').textContent = fullName(client);
    for (const cell of document.querySelectorAll('.nummer')) cell.textContent = client.clientNumber;
    for (const cell of document.querySelectorAll('.naam')) cell.textContent = fullName(client);
    // The adapter's selector (#klantnummer) finds the copy in the chosen layout only.
    document.querySelector(`[data-plek="${plek}"] .nummer`).id = 'klantnummer';
    $('opmaak').hidden = false;
  }
} catch (err) {
  $('fout').textContent = `De klantgegevens konden niet worden geladen (${err.message}).`;
  $('fout').hidden = false;
}
document.body.dataset.status = 'klaar';
