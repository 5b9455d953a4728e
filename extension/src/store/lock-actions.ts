/**
 * What the lock screens and the background do with the lock (src/store/lock.ts): switch encryption on (or
 * choose to work without it), unlock, change the passphrase, and lock when idle. Loaded with those screens.
 */
import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import { ACTIVE_ITEM, CHOICE_ITEM, KEY_ITEM, clock, database, dropConnection, sessionKey, vaultState, type LockOptions, type SealProgress } from './lock';
import { TredeStore } from './repo';
import { DB_NAME, VAULT_STATE_KEY, VaultStateSchema, type TredeDB, type VaultState } from './schema';
import { rekeySessions, sealExisting } from './seal-existing';
import { changePassphrase as rewrap, createVault, newClientSecret, openClientSecret, unlockForSession, VaultError } from './vault';
import { vaultCodec } from './vault-codec';

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));

async function keepSessionKey(raw: Uint8Array, now: () => Date): Promise<void> {
  try {
    await browser.storage.session.set({ [KEY_ITEM]: toBase64(raw), [ACTIVE_ITEM]: now().getTime() });
  } finally {
    raw.fill(0);
  }
}

/** Seals what is still in the clear, then records that nothing is. */
async function finishSealing(db: IDBPDatabase<TredeDB>, store: TredeStore, progress?: SealProgress): Promise<void> {
  await sealExisting(db, store.codec, progress);
  const tx = db.transaction('vault', 'readwrite');
  const state = VaultStateSchema.safeParse(await tx.store.get(VAULT_STATE_KEY));
  if (state.success && state.data.mode === 'on' && state.data.sealing === 'pending') await tx.store.put({ ...state.data, sealing: 'done' }, VAULT_STATE_KEY);
  await tx.done;
}

/**
 * Switches encryption on with this passphrase (at least MIN_PASSPHRASE_LENGTH characters; VaultError
 * 'weak-passphrase' otherwise): creates the vault, seals every record stored so far (progress reported), and
 * then unlocks (pages see the store only once every record is sealed). Nothing is lost if it is interrupted:
 * the next unlock finishes the sealing first.
 */
export async function setUpEncryption(passphrase: string, progress?: SealProgress, options: LockOptions = {}): Promise<void> {
  const now = clock(options);
  const db = await database(options);
  if ((await vaultState(db))?.mode === 'on') throw new VaultError('bad-header');
  const { header, vault, raw } = await createVault(passphrase);
  const secret = await newClientSecret(vault);
  const codec = vaultCodec(vault, secret.key);
  const state: VaultState = { mode: 'on', header, clientSecret: secret.sealed, sealing: 'pending', since: now().toISOString(), passphraseChangedAt: null };
  // The switch and the sessions' new client keys in one transaction: either both happened or neither.
  const tx = db.transaction(['vault', 'sessions'], 'readwrite');
  const before = await tx.objectStore('vault').get(VAULT_STATE_KEY);
  if (before !== undefined && (before as VaultState).mode === 'on') {
    tx.done.catch(() => {});
    tx.abort();
    raw.fill(0);
    throw new VaultError('bad-header');
  }
  await rekeySessions(tx, codec);
  await tx.objectStore('vault').put(state, VAULT_STATE_KEY);
  await tx.done;
  // Sealed first, then unlocked: no page works with the store while some records still lie under old keys.
  await finishSealing(db, new TredeStore(db, now, codec), progress);
  await keepSessionKey(raw, now);
}

/** Records the choice to work without encryption (it can be switched on later in the settings). */
export async function chooseNoEncryption(options: LockOptions = {}): Promise<void> {
  const db = await database(options);
  const tx = db.transaction('vault', 'readwrite');
  if ((await tx.store.get(VAULT_STATE_KEY)) === undefined) await tx.store.put({ mode: 'off', chosenAt: clock(options)().toISOString() }, VAULT_STATE_KEY);
  await tx.done;
  await browser.storage.session.set({ [ACTIVE_ITEM]: Date.now(), [CHOICE_ITEM]: Date.now() });
}

/** Unlocks with the passphrase; a wrong one throws VaultError('wrong-passphrase') and changes nothing. */
export async function unlock(passphrase: string, progress?: SealProgress, options: LockOptions = {}): Promise<void> {
  const now = clock(options);
  const db = await database(options);
  const state = await vaultState(db);
  if (state?.mode !== 'on') throw new VaultError('bad-header');
  const { vault, raw } = await unlockForSession(state.header, passphrase);
  if (state.sealing === 'pending') {
    // Sealing that stopped half-way is finished before any page sees the store unlocked.
    const codec = vaultCodec(vault, await openClientSecret(vault, state.clientSecret));
    await finishSealing(db, new TredeStore(db, now, codec), progress);
  }
  await keepSessionKey(raw, now);
}

/** Re-wraps the data key under a new passphrase in one transaction; a wrong current one changes nothing. */
export async function changePassphrase(current: string, next: string, options: LockOptions = {}): Promise<void> {
  const db = await database(options);
  const state = await vaultState(db);
  if (state?.mode !== 'on') throw new VaultError('bad-header');
  const header = await rewrap(state.header, current, next);
  const tx = db.transaction('vault', 'readwrite');
  const stored = await tx.store.get(VAULT_STATE_KEY);
  // Changed by another page meanwhile: keep what is there rather than wrap with a key nobody chose.
  if (JSON.stringify(stored) !== JSON.stringify(state)) {
    tx.done.catch(() => {});
    tx.abort();
    throw new VaultError('wrong-passphrase');
  }
  await tx.store.put({ ...state, header, passphraseChangedAt: clock(options)().toISOString() }, VAULT_STATE_KEY);
  await tx.done;
}

/** For the background's alarm: locks when nobody worked in a Trede page for the idle time. */
export async function lockWhenIdle(options: LockOptions = {}): Promise<boolean> {
  const db = await database(options);
  const before = (await browser.storage.session.get(KEY_ITEM))[KEY_ITEM];
  return typeof before === 'string' && (await sessionKey(db, clock(options))) === null;
}

/**
 * What remains possible when the passphrase is lost: erase the database `trede` with every client record, the
 * audit trail, the site adapters and the vault, and forget the unlock. Other Trede pages let go of the
 * database (a page closes its connection when another asks to change the database) and hear the change; the
 * next start is a first run. It cannot be undone, and it is not audited: the audit trail goes with the rest.
 * Training mode's database of fictional clients is not touched.
 */
export async function eraseEverything(options: LockOptions = {}): Promise<void> {
  const name = options.name ?? DB_NAME;
  dropConnection(name);
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
  await browser.storage.session.remove(KEY_ITEM);
  await browser.storage.session.set({ [CHOICE_ITEM]: Date.now() });
}
