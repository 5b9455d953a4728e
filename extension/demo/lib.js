// Werkplein Demo — shared helpers for the fictional case-management pages.
// Everything is rendered with createElement/textContent: never innerHTML.

/** Loads the fictional clients from clients.json (next to this module). */
export async function loadClients() {
  const res = await fetch(new URL('./clients.json', import.meta.url), { cache: 'no-store' });
  if (!res.ok) throw new Error(`clients.json: HTTP ${res.status}`);
  const data = await res.json();
  return data.clients;
}

/**
 * Creates an element. `props`: attributes (strings), `text` for textContent, `on*` functions for events.
 * Children are nodes or strings (strings become text nodes).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** "1999-03-14" → "14-03-1999" (how Dutch case systems usually show dates). */
export function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}-${m[2]}-${m[1]}` : '';
}

/** A <time> element with the ISO date in `datetime` and the Dutch form as text. */
export function dateEl(iso, props = {}) {
  return el('time', { ...props, datetime: iso, text: formatDate(iso) });
}

export function fullName(client) {
  return `${client.firstName} ${client.lastName}`;
}

export function childrenText(client) {
  if (!client.children) return 'geen';
  const youngest = client.youngestChildAge;
  return youngest === null || youngest === undefined ? String(client.children) : `${client.children} (jongste ${youngest} jaar)`;
}

// Notes the caseworker saves are kept in this browser only (localStorage), per client number.
const NOTES_KEY = 'werkplein-demo:notities:';

export function savedNotes(clientNumber) {
  try {
    const parsed = JSON.parse(localStorage.getItem(NOTES_KEY + clientNumber) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((n) => n && typeof n.text === 'string') : [];
  } catch {
    return [];
  }
}

export function saveNote(clientNumber, text) {
  const note = { date: new Date().toISOString().slice(0, 10), author: 'U (demo)', text };
  localStorage.setItem(NOTES_KEY + clientNumber, JSON.stringify([note, ...savedNotes(clientNumber)]));
  return note;
}

/** All notes of a client, newest first: the ones saved in this browser, then the ones in clients.json. */
export function allNotes(client) {
  return [...savedNotes(client.clientNumber), ...client.notes];
}
