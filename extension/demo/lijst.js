import { loadClients, el, dateEl, fullName } from './lib.js';

const tbody = document.querySelector('#klantenlijst tbody');
try {
  const clients = await loadClients();
  for (const c of clients) {
    const link = el('a', { href: `klant.html?klantnummer=${encodeURIComponent(c.clientNumber)}`, text: fullName(c) });
    tbody.append(
      el('tr', { 'data-klantnummer': c.clientNumber },
        el('td', { class: 'mono', text: c.clientNumber }),
        el('td', {}, link),
        el('td', {}, dateEl(c.lastContact)),
      ),
    );
  }
  document.getElementById('aantal-klanten').textContent = String(clients.length);
} catch (err) {
  const box = document.getElementById('fout');
  box.textContent = `De klantenlijst kon niet worden geladen (${err.message}).`;
  box.hidden = false;
}
