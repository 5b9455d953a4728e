/**
 * The lock: whether Trede's records can be read right now, for the pages (side panel, options page) and the
 * background. Encryption at rest (src/store/vault.ts) is chosen once per install: on (a passphrase, the
 * default) or off. With it on, the unlocked data key is shared by Trede's own pages through the browser's
 * session storage (kept in memory, never written to disk, gone when the browser closes: a restart locks;
 * content scripts cannot read it), and removed after the idle time in the settings or when the caseworker
 * locks. Every page hears a lock or unlock at once (onLockChange).
 *
 * This module is what a page needs to open; setting up, unlocking and changing the passphrase are
 * src/store/lock-actions.ts, loaded with the screens that do them.
 */
import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import { TredeError } from '../errors';
import { PLAIN_CODEC } from './codec';
import { openTredeDb, TredeStore } from './repo';
import {
  DB_NAME,
  DEFAULT_LOCK_AFTER_MINUTES,
  LockAfterMinutesSchema,
  SETTINGS_KEY,
  VAULT_STATE_KEY,
  VaultStateSchema,
  type TredeDB,
  type VaultState,
} from './schema';
import { VaultError } from './vault-format';

/** What a page can do now. */
export type LockState =
  /** No choice made yet (first run, or an install from before encryption existed): show the set-up screen. */
  | { kind: 'unset'; hasData: boolean }
  /** The caseworker chose to work without encryption. */
  | { kind: 'off' }
  /** Encrypted and locked: ask for the passphrase. */
  | { kind: 'locked' }
  /** Encrypted and unlocked. */
  | { kind: 'unlocked' };

/** Progress of sealing the records that were stored before encryption was switched on. */
export type SealProgress = (done: number, total: number) => void;

/** The store cannot be opened: Trede is locked (or encryption has not been chosen yet). */
export class LockedError extends TredeError {
  constructor() {
    super('error.store.locked');
    this.name = 'LockedError';
  }
}

/** Session storage: the data key's bytes (base64) and when a caseworker last worked in a Trede page (ms). */
export const KEY_ITEM = 'trede.vault.key';
export const ACTIVE_ITEM = 'trede.vault.activeAt';
/** When the install's choice was made (encryption or none): announced so pages on the set-up screen move on. */
export const CHOICE_ITEM = 'trede.vault.chosenAt';

export interface LockOptions {
  /** Database name; tests use their own. */
  name?: string;
  now?: () => Date;
}

const connections = new Map<string, Promise<IDBPDatabase<TredeDB>>>();

/** Whether a connection can still start transactions (a store's close() or a newer Trede may have closed it). */
function usable(db: IDBPDatabase<TredeDB>): boolean {
  try {
    const probe = db.transaction('vault');
    probe.done.catch(() => {});
    probe.abort();
    return true;
  } catch {
    return false;
  }
}

/** One connection per database per page, shared by the lock and the store. */
export async function database(options: LockOptions): Promise<IDBPDatabase<TredeDB>> {
  const name = options.name ?? DB_NAME;
  let db = connections.get(name);
  const open = db ? await db.catch(() => null) : null;
  if (db && (!open || !usable(open))) {
    connections.delete(name);
    db = undefined;
  }
  if (!db) {
    db = openTredeDb(name, undefined, options.now);
    connections.set(name, db);
    db.then(
      (open) => open.addEventListener('close', () => connections.delete(name)),
      () => connections.delete(name),
    );
  }
  return db;
}

/** Forgets this page's connection, closing it unless `close` is false (a store may still be using it). */
export function dropConnection(name: string = DB_NAME, close = true): void {
  const db = connections.get(name);
  connections.delete(name);
  if (close) void db?.then((open) => open.close(), () => {});
}

export async function vaultState(db: IDBPDatabase<TredeDB>): Promise<VaultState | undefined> {
  const raw = await db.get('vault', VAULT_STATE_KEY);
  if (raw === undefined) return undefined;
  const parsed = VaultStateSchema.safeParse(raw);
  // The key material is unreadable: nothing can be opened, and nothing may be overwritten either.
  if (!parsed.success) throw new VaultError('bad-header');
  return parsed.data;
}

const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function lockAfterMinutes(db: IDBPDatabase<TredeDB>): Promise<number> {
  const settings = (await db.get('settings', SETTINGS_KEY)) as { lockAfterMinutes?: unknown } | undefined;
  const parsed = LockAfterMinutesSchema.safeParse(settings?.lockAfterMinutes);
  return parsed.success ? parsed.data : DEFAULT_LOCK_AFTER_MINUTES;
}

/** The data key's bytes from session storage, or null when locked — or idle past the lock time, which locks now. */
export async function sessionKey(db: IDBPDatabase<TredeDB>, now: () => Date): Promise<Uint8Array | null> {
  const items = await browser.storage.session.get([KEY_ITEM, ACTIVE_ITEM]);
  const key = items[KEY_ITEM];
  if (typeof key !== 'string') return null;
  const activeAt = typeof items[ACTIVE_ITEM] === 'number' ? (items[ACTIVE_ITEM] as number) : 0;
  if (now().getTime() - activeAt > (await lockAfterMinutes(db)) * 60_000) {
    await lock();
    return null;
  }
  return fromBase64(key);
}

export const clock = (options: LockOptions) => options.now ?? (() => new Date());

/** Where the lock stands, without asking for the passphrase. */
export async function lockState(options: LockOptions = {}): Promise<LockState> {
  const db = await database(options);
  const state = await vaultState(db);
  if (!state) {
    const counts = await Promise.all((['clients', 'drafts', 'intakes', 'outcomes'] as const).map((store) => db.count(store)));
    return { kind: 'unset', hasData: counts.some((n) => n > 0) };
  }
  if (state.mode === 'off') return { kind: 'off' };
  return (await sessionKey(db, clock(options))) ? { kind: 'unlocked' } : { kind: 'locked' };
}

/** The store to work with once the state is 'off' or 'unlocked'; LockedError otherwise. */
export async function openUnlockedStore(options: LockOptions = {}): Promise<TredeStore> {
  const now = clock(options);
  const db = await database(options);
  const state = await vaultState(db);
  if (state?.mode === 'off') return new TredeStore(db, now, PLAIN_CODEC);
  const raw = state ? await sessionKey(db, now) : null;
  if (!state || !raw) throw new LockedError();
  try {
    // The key work loads with the first unlocked store, not with the page.
    const [{ vaultFromSession, openClientSecret }, { vaultCodec }] = await Promise.all([import('./vault'), import('./vault-codec')]);
    const vault = await vaultFromSession(raw);
    return new TredeStore(db, now, vaultCodec(vault, await openClientSecret(vault, state.clientSecret)));
  } finally {
    raw.fill(0);
  }
}

/** Locks every Trede page at once: the data key is forgotten everywhere. */
export async function lock(): Promise<void> {
  await browser.storage.session.remove(KEY_ITEM);
}

/** Calls `listener` whenever the lock changes (locked, unlocked, set up) on any Trede page; returns an unsubscribe. */
export function onLockChange(listener: () => void): () => void {
  const heard = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && (KEY_ITEM in changes || CHOICE_ITEM in changes)) listener();
  };
  browser.storage.onChanged.addListener(heard);
  return () => browser.storage.onChanged.removeListener(heard);
}

const TOUCH_EVERY_MS = 15_000;
let lastTouch = 0;

/** Tells the lock the caseworker is at work (at most every 15 s): the idle time counts from the last call. */
export function touchActivity(now: () => number = Date.now): void {
  if (now() - lastTouch < TOUCH_EVERY_MS) return;
  lastTouch = now();
  void browser.storage.session.set({ [ACTIVE_ITEM]: lastTouch }).catch(() => {});
}

