/**
 * The training switch, kept twice: in a small database of its own ('trede-mode'), which the background reads
 * (a service worker has no localStorage), and in localStorage, which the pages read at once when they open
 * (src/training/mode.ts). Only setTrainingMode writes either, database first. The walkthrough's place is
 * kept in the same database. None of this loads with the side panel.
 */
import { openDB } from 'idb';
import { browser } from 'wxt/browser';
import { PAGE_SWITCH } from './mode';

const MODE_STORE = 'mode';
const openModeDb = () => openDB('trede-mode', 1, { upgrade: (db) => void db.createObjectStore(MODE_STORE) });

export async function readModeValue(key: string): Promise<unknown> {
  const db = await openModeDb();
  try {
    return await db.get(MODE_STORE, key);
  } finally {
    db.close();
  }
}

export async function writeModeValue(key: string, value: unknown): Promise<void> {
  const db = await openModeDb();
  try {
    await db.put(MODE_STORE, value, key);
  } finally {
    db.close();
  }
}

/** The background's reading of the switch. Anything but a stored `true` is real work. */
export async function readTrainingMode(): Promise<boolean> {
  return (await readModeValue('training')) === true;
}

/**
 * Switches training mode (both copies; the database one is put back when the page's copy cannot be written)
 * and tells the background, which then registers the overlay for the adapters and reads the badges of the
 * other database. (The same message the options page sends when adapters change.)
 */
export async function setTrainingMode(on: boolean): Promise<void> {
  const before = await readTrainingMode();
  await writeModeValue('training', on);
  try {
    localStorage.setItem(PAGE_SWITCH, on ? 'on' : 'off');
  } catch (e) {
    await writeModeValue('training', before);
    throw e;
  }
  try {
    await browser.runtime.sendMessage({ kind: 'trede/adapters-changed' });
  } catch (e) {
    // No background to answer (the extension is reloading): it reads the switch on its next message.
    console.warn('Trede: the background did not take the training switch', e);
  }
}
