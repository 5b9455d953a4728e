// Werkplein Demo, modern variant: the report form in the dossier's frame. Saving stays in this page: it
// counts the submits (window.__demoRapportSubmits) so a test can see that Trede never submits.
window.__demoRapportSubmits = 0;
window.__demoRapportInputs = 0;
const form = document.getElementById('rapport-form');
const text = document.getElementById('rapport-tekst');
const status = document.getElementById('rapport-status');
text.addEventListener('input', () => {
  window.__demoRapportInputs += 1;
  status.textContent = 'Niet opgeslagen wijzigingen.';
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  window.__demoRapportSubmits += 1;
  status.textContent = 'Opgeslagen (alleen in deze demo).';
});
