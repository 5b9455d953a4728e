/**
 * The repository: the only code that talks to IndexedDB. Every record is checked against its schema
 * (src/store/schema.ts) before it is written and after it is read; a record that fails on read is reported
 * with its store, key and field, and left untouched. Writes that belong together share one transaction.
 * Scoring is @trede/core's; this file only stores what core computed.
 */
import {
  ENGINE_VERSION,
  overrideBand,
  type AnswerValue,
  type Approach,
  type createScorer,
  type IntakeResponse,
  type IntakeResult,
  type Moment,
  type RiskBand,
  type ValidationIssue,
} from '@trede/core';
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { Adapter } from '../adapters/schema';
import { createSecretKey, pseudonymise } from '../client-key';
import { localDate } from '../local-date';
import { TredeError } from '../errors';
import type { ClientExport } from './client-export';
import type { AuditPageOptions, ClientCounts, StoreAccess } from './client-rights';
import { keepingOpen, PLAIN_CODEC, type RecordCodec } from './codec';
import { announceDraft } from './draft-notices';
import { DraftChangedError, NotFoundError, SessionEndedError, storageFailure, StoreRecordError, UpgradeBlockedError } from './errors';
import {
  AuditWriteSchema,
  CATALOGUE_VERSIONS,
  CLIENT_KEY_SECRET,
  ClientKeySchema,
  DB_NAME,
  DB_VERSION,
  DEFAULT_SETTINGS,
  isSealedStore,
  pendingMigrations,
  RECORD_SCHEMAS,
  runMigrations,
  SETTINGS_KEY,
  SettingsSchema,
  type AdapterRecord,
  type AuditAction,
  type AuditRecord,
  type ClientRecord,
  type DraftRecord,
  type EndedSessionRecord,
  type IntakeRecord,
  type MigrationTools,
  type OutcomeKind,
  type OutcomePhase,
  type OutcomeReason,
  type OutcomeRecord,
  type QuarantineRecord,
  type SessionEnding,
  type Settings,
  type StoreName,
  type TredeDB,
} from './schema';
import type { RetentionOutcome, RetentionPreview, RetentionTrigger } from './retention';

export { StoreRecordError, NotFoundError, SessionEndedError, DraftChangedError, StorageError, UpgradeBlockedError } from './errors';

type Value<S extends StoreName> = TredeDB[S]['value'];
type Tx<S extends StoreName> = IDBPTransaction<TredeDB, S[], 'readwrite'>;

/** Records that passed validation, and one error per record that did not (those records stay as they are). */
export interface Listed<T> {
  items: T[];
  errors: StoreRecordError[];
}

export type CompleteIntakeOutcome = { ok: true; intake: IntakeRecord; result: IntakeResult } | { ok: false; issues: ValidationIssue[] };

/** One answer a panel changed: its new value, or null when it was cleared; `from`: the adapter it came from. */
export interface DraftChange {
  value: AnswerValue | null;
  from?: string;
}

/** What a panel saves: only the answers it changed, merged into the stored draft (see saveDraftChanges). */
export interface DraftSave {
  /** The panel's intake session; absent: join the client's current draft, or start a session. */
  sessionId?: string;
  changes: Readonly<Record<string, DraftChange>>;
  /** Where the panel is: a step id of the intake screens. */
  step: string;
  /** Everything the panel shows; used only to start the draft again when its record was unreadable. */
  base?: { answers: Readonly<Record<string, AnswerValue>>; prefilled: Readonly<Record<string, string>> };
  /** The revision of the stored draft the panel last saw; null or absent: it has seen none. */
  seenRevision?: number | null;
}

export interface DraftSaved {
  draft: DraftRecord;
  /** The unreadable draft this save moved to the quarantine instead of overwriting it. */
  setAside: QuarantineRecord | null;
}

/** Which draft a finishing panel has seen: its session, and the revision it read last (null: none stored). */
export interface SessionSeen {
  sessionId: string;
  revision: number | null;
}

/** Everything the client screen shows, read so that one unreadable record does not hide the rest. */
export interface ClientOverview {
  client: ClientRecord | undefined;
  draft: DraftRecord | undefined;
  /** The draft record is there but cannot be read (it is kept as it is). */
  draftUnreadable: boolean;
  latest: IntakeRecord | undefined;
  intakeCount: number;
  /** One error per record that could not be read; the records themselves are left as they are. */
  unreadable: StoreRecordError[];
}

/** Stores whose unreadable record a write moves to the quarantine instead of overwriting it. */
type SetAsideStore = QuarantineRecord['store'];
type AnyTx = IDBPTransaction<TredeDB, StoreName[], 'readwrite'>;

export interface OutcomeInput {
  clientKey: string;
  kind: OutcomeKind;
  /** YYYY-MM-DD */
  date: string;
  phase?: OutcomePhase | null;
  reasons?: OutcomeReason[];
  intakeId?: string | null;
}

export interface OpenStoreOptions {
  /** Database name; tests use their own. */
  name?: string;
  /** Clock, for tests. */
  now?: () => Date;
}

function keyText(key: IDBValidKey): string {
  return typeof key === 'string' || typeof key === 'number' ? String(key) : JSON.stringify(key);
}

function check<S extends StoreName>(operation: 'read' | 'write', store: S, key: IDBValidKey, value: unknown): Value<S> {
  const parsed = RECORD_SCHEMAS[store].safeParse(value);
  if (!parsed.success) throw new StoreRecordError(operation, store, keyText(key), parsed.error.issues, value);
  return parsed.data as Value<S>;
}

const checkWrite = <S extends StoreName>(store: S, key: IDBValidKey, value: unknown) => check('write', store, key, value);
const checkRead = <S extends StoreName>(store: S, key: IDBValidKey, value: unknown) => check('read', store, key, value);

/** The key a stored value sits under, for error messages (records may be corrupt, so no assumptions). */
function keyOf(value: unknown, field: string, fallback: IDBValidKey): IDBValidKey {
  const key = value && typeof value === 'object' ? (value as Record<string, unknown>)[field] : undefined;
  return typeof key === 'string' || typeof key === 'number' ? key : fallback;
}

/** An envelope that does not open, as a read error of its store and key (the record stays as it is). */
function unsealable(store: StoreName, key: IDBValidKey, stored: unknown): StoreRecordError {
  const issue = { code: 'custom', message: 'issue.unsealable', path: [], input: undefined } as unknown as StoreRecordError['issues'][number];
  return new StoreRecordError('read', store, keyText(key), [issue], stored);
}

/** A stored value read back through the codec and checked against its schema. */
async function decodeRead<S extends StoreName>(codec: RecordCodec, store: S, key: IDBValidKey, stored: unknown): Promise<Value<S>> {
  let record: unknown;
  try {
    record = await codec.decode(store, stored);
  } catch {
    throw unsealable(store, key, stored);
  }
  return checkRead(store, key, record);
}

async function readAll<S extends StoreName>(codec: RecordCodec, store: S, keyField: string, values: unknown[]): Promise<Listed<Value<S>>> {
  const listed: Listed<Value<S>> = { items: [], errors: [] };
  const read = await Promise.allSettled(values.map((value, i) => decodeRead(codec, store, keyOf(value, keyField, `#${i}`), value)));
  for (const outcome of read) {
    if (outcome.status === 'fulfilled') listed.items.push(outcome.value);
    else if (outcome.reason instanceof StoreRecordError) listed.errors.push(outcome.reason);
    else throw outcome.reason;
  }
  return listed;
}

function assertClientKey(clientKey: string): void {
  if (!ClientKeySchema.safeParse(clientKey).success) throw new TredeError('error.client.badKey');
}


/** The version of the database as it is now (0: not created yet), or null when the browser cannot tell. */
async function installedVersion(name: string): Promise<number | null> {
  if (typeof indexedDB.databases !== 'function') return null;
  try {
    return (await indexedDB.databases()).find((info) => info.name === name)?.version ?? 0;
  } catch {
    return null;
  }
}

/**
 * What the pending migrations need, prepared before the upgrade (a versionchange transaction cannot wait
 * for an import). Core's scorer is loaded only when a migration that scores stored intakes will run on an
 * existing database, or when the browser cannot say which version it has: opening an up-to-date or a new
 * database does not fetch it, so the panel's first screen does not wait for it.
 */
async function migrationTools(name: string, version: number, now: () => Date): Promise<MigrationTools> {
  const installed = await installedVersion(name);
  const rescores = installed === null || (installed > 0 && pendingMigrations(installed, version).some((m) => m.usesRescorer));
  if (!rescores) return { upgradeIntake: null, now };
  const { createIntakeUpgrader } = await import('./scoring');
  return { upgradeIntake: createIntakeUpgrader(), now };
}

/**
 * Opens (creating or upgrading) the database at `version`, running the migrations of src/store/schema.ts.
 * A failing migration aborts the upgrade: the database stays at its old version with its data.
 */
export async function openTredeDb(name: string = DB_NAME, version: number = DB_VERSION, now: () => Date = () => new Date()): Promise<IDBPDatabase<TredeDB>> {
  const tools = await migrationTools(name, version, now);
  let migrationError: unknown = null;
  let onBlocked: (error: UpgradeBlockedError) => void = () => {};
  const blocked = new Promise<never>((_, reject) => (onBlocked = reject));
  try {
    const opening = openDB<TredeDB>(name, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        runMigrations(db, tx, oldVersion, newVersion ?? version, tools).catch((e: unknown) => {
          migrationError = e;
          // openDB rejects with the abort; the failure itself is reported from there.
          tx.done.catch(() => {});
          tx.abort();
        });
      },
      blocked() {
        // A page on the old version does not let go: say so instead of waiting without a word.
        onBlocked(new UpgradeBlockedError());
      },
      blocking(_current, _wanted, event) {
        // Another Trede page wants a newer version: let it.
        (event.target as IDBDatabase).close();
      },
    });
    blocked.catch(() => {
      // Once the other page lets go, the upgrade finishes on its own; this page was told to open again.
      opening.then((late) => late.close(), () => {});
    });
    return await Promise.race([opening, blocked]);
  } catch (e) {
    throw migrationError ?? e;
  }
}

export class TredeStore {
  private secret: Promise<CryptoKey> | null = null;
  private readonly scorers = new Map<Approach, ReturnType<typeof createScorer>>();

  constructor(
    readonly db: IDBPDatabase<TredeDB>,
    private readonly now: () => Date = () => new Date(),
    /** How records lie on disk: as they are, or sealed by the unlocked vault (src/store/codec.ts). */
    readonly codec: RecordCodec = PLAIN_CODEC,
  ) {}

  /** The stored form of a checked record; sealing inside a transaction keeps it open (keepingOpen). */
  private encode<S extends StoreName>(tx: AnyTx | null, store: S, record: Value<S>): Promise<Value<S>> {
    if (!this.codec.sealing || !isSealedStore(store)) return Promise.resolve(record);
    const sealed = this.codec.encode(store, record) as Promise<Value<S>>;
    return tx ? keepingOpen(tx, sealed) : sealed;
  }

  /** A stored value as its record, checked; inside a transaction it is kept open while the record is opened. */
  private decode<S extends StoreName>(tx: AnyTx | null, store: S, key: IDBValidKey, stored: unknown): Promise<Value<S>> {
    if (!isSealedStore(store)) return Promise.resolve().then(() => checkRead(store, key, stored));
    const read = decodeRead(this.codec, store, key, stored);
    return tx ? keepingOpen(tx, read) : read;
  }

  /** The stored value under `key`, read and opened outside any transaction of the caller's. */
  private async getRecord<S extends StoreName>(store: S, key: string): Promise<Value<S> | undefined> {
    const raw: unknown = await this.read(() => this.db.get(store, key));
    return raw === undefined ? undefined : this.decode(null, store, key, raw);
  }

  close(): void {
    this.db.close();
  }

  private timestamp(): string {
    return this.now().toISOString();
  }

  /**
   * Runs `work` in one transaction; on any error the whole transaction is rolled back. A transaction that
   * writes the audit trail also covers the settings, where audit() reads the actor.
   */
  private async inTx<S extends StoreName, T>(stores: S[], work: (tx: Tx<S>) => Promise<T>): Promise<T> {
    const scope = stores.includes('audit' as S) && !stores.includes('settings' as S) ? [...stores, 'settings' as S] : stores;
    const tx = this.db.transaction(scope, 'readwrite') as unknown as Tx<S>;
    try {
      const result = await work(tx);
      await tx.done;
      return result;
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // already finished
      }
      await tx.done.catch(() => {});
      throw storageFailure('write', e);
    }
  }

  /** A read; a failure of the browser's storage is worded as a failed read (a write never is). */
  private async read<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (e) {
      throw storageFailure('read', e);
    }
  }

  /**
   * Moves an unreadable record to the quarantine, exactly as it is, and audits that. The caller then writes
   * the new record in its place, in the same transaction.
   */
  private async setAside(tx: AnyTx, store: SetAsideStore, key: string, record: unknown): Promise<QuarantineRecord> {
    const entry = checkWrite('quarantine', '(new)', {
      store,
      key,
      clientKey: ClientKeySchema.safeParse(key).success ? key : null,
      movedAt: this.timestamp(),
      record,
    });
    const id = Number(await tx.objectStore('quarantine').add(await this.encode(tx, 'quarantine', entry)));
    await tx.objectStore(store).delete(key);
    await this.audit(tx, 'record-set-aside', entry.clientKey, { store, recordKey: key, quarantineId: id });
    return { ...entry, id };
  }

  /** The record under `key`, or undefined; an unreadable one is set aside (not overwritten) and reported. */
  private async readOrSetAside<S extends SetAsideStore>(tx: AnyTx, store: S, key: string): Promise<{ record: Value<S> | undefined; setAside: QuarantineRecord | null }> {
    const raw: unknown = await tx.objectStore(store).get(key);
    if (raw === undefined) return { record: undefined, setAside: null };
    try {
      return { record: await this.decode(tx, store, key, raw), setAside: null };
    } catch (e) {
      if (!(e instanceof StoreRecordError)) throw e;
      return { record: undefined, setAside: await this.setAside(tx, store, key, raw) };
    }
  }

  /** Refuses to write to an intake session that was discarded or finished. */
  private async refuseEnded(tx: AnyTx, sessionId: string): Promise<void> {
    const raw = await tx.objectStore('sessions').get(sessionId);
    if (raw === undefined) return;
    const ended = checkRead('sessions', sessionId, raw);
    throw new SessionEndedError(ended.ending, ended.intakeId);
  }

  private async endSession(tx: AnyTx, sessionId: string, clientKey: string, ending: SessionEnding, intakeId: string | null): Promise<void> {
    await tx.objectStore('sessions').put(checkWrite('sessions', sessionId, { id: sessionId, clientKey, ending, endedAt: this.timestamp(), intakeId }));
  }

  /**
   * Appends an audit entry, with the caseworker's initials from the settings as its actor (null when none are
   * set or the settings cannot be read: an unreadable settings record must not stop the work). The detail
   * may hold codes only (AuditWriteSchema); anything else is refused before anything is written.
   */
  private async audit(tx: IDBPTransaction<TredeDB, ('audit' | StoreName)[], 'readwrite'>, action: AuditAction, clientKey: string | null, detail: AuditRecord['detail'] = {}) {
    const stored = SettingsSchema.safeParse(await tx.objectStore('settings').get(SETTINGS_KEY));
    const candidate = { at: this.timestamp(), action, actor: stored.success ? stored.data.initials : null, clientKey, detail };
    const parsed = AuditWriteSchema.safeParse(candidate);
    if (!parsed.success) throw new StoreRecordError('write', 'audit', '(new)', parsed.error.issues, candidate);
    return tx.objectStore('audit').add(await this.encode(tx as AnyTx, 'audit', parsed.data as AuditRecord));
  }

  // --- settings -------------------------------------------------------------------------------------------

  /**
   * The settings, or the defaults (Dutch, integrated approach, total reference group) when none are saved or
   * the saved record cannot be read: then `unreadable` says why, and the record is left as it is (the next
   * save sets it aside). One bad record must not stop any client's work.
   */
  async readSettings(): Promise<{ settings: Settings; unreadable: StoreRecordError | null }> {
    const raw = await this.read(() => this.db.get('settings', SETTINGS_KEY));
    if (raw === undefined) return { settings: structuredClone(DEFAULT_SETTINGS), unreadable: null };
    try {
      return { settings: checkRead('settings', SETTINGS_KEY, raw), unreadable: null };
    } catch (e) {
      if (e instanceof StoreRecordError) return { settings: structuredClone(DEFAULT_SETTINGS), unreadable: e };
      throw e;
    }
  }

  /** The settings to work with: the saved ones, or the defaults (see readSettings). */
  async getSettings(): Promise<Settings> {
    return (await this.readSettings()).settings;
  }

  async saveSettings(patch: Partial<Omit<Settings, 'updatedAt'>>): Promise<Settings> {
    return this.inTx(['settings', 'quarantine', 'audit'], async (tx) => {
      const store = tx.objectStore('settings');
      const current = (await this.readOrSetAside(tx, 'settings', SETTINGS_KEY)).record ?? DEFAULT_SETTINGS;
      const next = checkWrite('settings', SETTINGS_KEY, { ...current, ...patch, updatedAt: this.timestamp() });
      const changed = (Object.keys(patch) as (keyof typeof patch)[]).filter((k) => JSON.stringify(current[k]) !== JSON.stringify(next[k]));
      await store.put(next, SETTINGS_KEY);
      // A change of initials keeps the earlier ones: the entry's own actor is already the new caseworker.
      const before: AuditRecord['detail'] = changed.includes('initials') ? { actorBefore: current.initials } : {};
      if (changed.length) await this.audit(tx, 'settings-changed', null, { fields: changed.join(','), ...before });
      return next;
    });
  }

  // --- client keys and clients ----------------------------------------------------------------------------

  private loadSecret(): Promise<CryptoKey> {
    this.secret ??= (async () => {
      const raw = await this.db.get('secrets', CLIENT_KEY_SECRET);
      if (raw !== undefined) return checkRead('secrets', CLIENT_KEY_SECRET, raw).key;
      const candidate = await createSecretKey();
      // Two Trede pages may start at once: the first secret written wins, the other page uses it.
      return this.inTx(['secrets'], async (tx) => {
        const store = tx.objectStore('secrets');
        const existing = await store.get(CLIENT_KEY_SECRET);
        if (existing !== undefined) return checkRead('secrets', CLIENT_KEY_SECRET, existing).key;
        await store.add(checkWrite('secrets', CLIENT_KEY_SECRET, { key: candidate, createdAt: this.timestamp() }), CLIENT_KEY_SECRET);
        return candidate;
      });
    })();
    this.secret.catch(() => {
      this.secret = null;
    });
    return this.secret;
  }

  /** The pseudonymous key for a client reference (BSN, client number); the reference itself is not kept. */
  async clientKeyFor(reference: string): Promise<string> {
    return this.codec.clientKey(await pseudonymise(reference, await this.loadSecret()));
  }

  async getClient(clientKey: string): Promise<ClientRecord | undefined> {
    return this.getRecord('clients', clientKey);
  }

  /**
   * The client with this key, created (and audited) the first time it is seen. An unreadable client record
   * is set aside in the quarantine and a new one made, so the client can still be worked with.
   */
  async ensureClient(clientKey: string): Promise<ClientRecord> {
    assertClientKey(clientKey);
    return this.inTx(['clients', 'quarantine', 'audit'], async (tx) => {
      const store = tx.objectStore('clients');
      const existing = (await this.readOrSetAside(tx, 'clients', clientKey)).record;
      if (existing) return existing;
      const client = checkWrite('clients', clientKey, { key: clientKey, createdAt: this.timestamp(), lastIntakeAt: null });
      await store.add(await this.encode(tx, 'clients', client));
      await this.audit(tx, 'client-created', clientKey);
      return client;
    });
  }

  /** Sets or (with null) clears the caseworker's nickname for a client. A nickname with a BSN is refused. */
  async setClientLabel(clientKey: string, label: string | null): Promise<ClientRecord> {
    assertClientKey(clientKey);
    // Before the transaction: a refused nickname says what it holds and touches nothing.
    const stored = label === null ? null : (await import('./free-text')).checkFreeText('nickname', label);
    return this.inTx(['clients', 'audit'], async (tx) => {
      const store = tx.objectStore('clients');
      const raw = await store.get(clientKey);
      if (raw === undefined) throw new NotFoundError('clients', clientKey);
      const { label: _old, ...rest } = await this.decode(tx, 'clients', clientKey, raw);
      const client = checkWrite('clients', clientKey, stored === null ? rest : { ...rest, label: stored });
      await store.put(await this.encode(tx, 'clients', client));
      await this.audit(tx, 'client-labelled', clientKey, { cleared: label === null });
      return client;
    });
  }

  // --- drafts ---------------------------------------------------------------------------------------------

  /**
   * Saves a panel's changed answers into the client's draft, in one transaction: the stored draft is read,
   * only these answers are set or cleared, and the result written back — so two panels on the same intake
   * never undo each other's answers (on the same answer the later save wins). A panel whose session was
   * discarded or finished is refused (SessionEndedError): no draft comes back. A draft of another session
   * that has not ended is joined (two panels started the same intake at once), and one the panel saw that has
   * gone without an ending (erased) is not started again. An unreadable stored draft is set aside in the
   * quarantine, not overwritten, and the panel's `base` starts the new one.
   */
  async saveDraftChanges(clientKey: string, save: DraftSave): Promise<DraftSaved> {
    assertClientKey(clientKey);
    const saved = await this.inTx(['drafts', 'sessions', 'quarantine', 'audit'], async (tx) => {
      if (save.sessionId) await this.refuseEnded(tx, save.sessionId);
      const { record: stored, setAside } = await this.readOrSetAside(tx, 'drafts', clientKey);
      // A draft this panel saw is gone without its session ending: it was erased (the client's right, or the
      // retention period). Nothing comes back.
      if (!stored && !setAside && save.seenRevision != null) throw new SessionEndedError('discarded', null);
      const answers: Record<string, AnswerValue> = { ...(stored ? stored.answers : save.base?.answers) };
      const prefilled: Record<string, string> = { ...(stored ? stored.prefilled : save.base?.prefilled) };
      for (const [itemId, change] of Object.entries(save.changes)) {
        if (change.value === null) delete answers[itemId];
        else answers[itemId] = change.value;
        if (change.value !== null && change.from) prefilled[itemId] = change.from;
        else delete prefilled[itemId];
      }
      const draft = checkWrite('drafts', clientKey, {
        clientKey,
        sessionId: stored?.sessionId ?? save.sessionId ?? crypto.randomUUID(),
        revision: stored ? stored.revision + 1 : 0,
        answers,
        step: save.step,
        updatedAt: this.timestamp(),
        instrumentVersions: CATALOGUE_VERSIONS,
        engineVersion: ENGINE_VERSION,
        ...(Object.keys(prefilled).length ? { prefilled } : {}),
      });
      await tx.objectStore('drafts').put(await this.encode(tx, 'drafts', draft));
      return { draft, setAside };
    });
    announceDraft({ kind: 'saved', clientKey, sessionId: saved.draft.sessionId, revision: saved.draft.revision });
    return saved;
  }

  /** Sets these answers in the client's draft (null clears one), joining its session: for scripts and tests. */
  async saveDraft(clientKey: string, answers: Record<string, AnswerValue>, step: string, prefilled?: Record<string, string>): Promise<DraftRecord> {
    const changes = Object.fromEntries(Object.entries(answers).map(([itemId, value]) => [itemId, prefilled?.[itemId] ? { value, from: prefilled[itemId] } : { value }]));
    return (await this.saveDraftChanges(clientKey, { changes, step })).draft;
  }

  async getDraft(clientKey: string): Promise<DraftRecord | undefined> {
    return this.getRecord('drafts', clientKey);
  }

  /** How an intake session ended, or undefined while it has not. */
  async getEndedSession(sessionId: string): Promise<EndedSessionRecord | undefined> {
    const raw = await this.read(() => this.db.get('sessions', sessionId));
    return raw === undefined ? undefined : checkRead('sessions', sessionId, raw);
  }

  /**
   * Throws the client's draft away and ends its session, so that no panel still open on it can bring it
   * back. A draft that cannot be read is set aside in the quarantine instead of being deleted.
   */
  async discardDraft(clientKey: string): Promise<void> {
    assertClientKey(clientKey);
    const ended = await this.inTx(['drafts', 'sessions', 'quarantine', 'audit'], async (tx) => {
      const { record: draft, setAside } = await this.readOrSetAside(tx, 'drafts', clientKey);
      if (setAside) await this.audit(tx, 'draft-discarded', clientKey, { quarantineId: setAside.id ?? null });
      if (!draft) return null;
      await tx.objectStore('drafts').delete(clientKey);
      await this.endSession(tx, draft.sessionId, clientKey, 'discarded', null);
      await this.audit(tx, 'draft-discarded', clientKey, { sessionId: draft.sessionId });
      return draft.sessionId;
    });
    if (ended) announceDraft({ kind: 'ended', clientKey, sessionId: ended, ending: 'discarded', intakeId: null });
  }

  // --- intakes --------------------------------------------------------------------------------------------

  /** Core's scorer for the approach; its code is loaded on first use (src/store/scoring.ts). */
  private async scorerFor(approach: Approach) {
    let scorer = this.scorers.get(approach);
    if (!scorer) {
      scorer = (await import('./scoring')).scorerFor(approach);
      this.scorers.set(approach, scorer);
    }
    return scorer;
  }

  /**
   * Scores the response with @trede/core (approach and, unless given, reference group from the settings) and,
   * in one transaction, stores the intake, deletes the client's draft, updates the client and writes the
   * audit entry. An invalid response stores nothing and returns core's issues (nl + en, naming the item).
   * The stored response gets the intake's own id, replacing any id the caller passed.
   *
   * A panel passes the session it finishes and the draft revision it last read: a session that has ended
   * is refused (finishing twice makes one intake, SessionEndedError names it), and a draft saved by another
   * panel since is not deleted unseen (DraftChangedError: read it and finish again). The session ends here.
   */
  async completeIntake(clientKey: string, response: Omit<IntakeResponse, 'id'>, prefilled?: Record<string, string>, session?: SessionSeen): Promise<CompleteIntakeOutcome> {
    assertClientKey(clientKey);
    const settings = await this.getSettings();
    const now = this.now();
    const id = crypto.randomUUID();
    const input: IntakeResponse = {
      ...response,
      id,
      referenceGroup: response.referenceGroup ?? settings.referenceGroup,
      date: response.date ?? localDate(now),
    };
    const scored = (await this.scorerFor(settings.approach)).safeScore(input);
    if (!scored.ok) return { ok: false, issues: scored.issues };
    const { result } = scored;
    const completedAt = now.toISOString();
    const intake = checkWrite('intakes', id, {
      id,
      clientKey,
      completedAt,
      response: input,
      result,
      engineVersion: result.engineVersion,
      instrumentVersions: Object.fromEntries(result.instruments.map((i) => [i.id, i.version])),
      overrides: {},
      ...(prefilled && Object.keys(prefilled).length ? { prefilled } : {}),
    });
    const endedSession = await this.inTx(['intakes', 'drafts', 'sessions', 'quarantine', 'clients', 'audit'], async (tx) => {
      if (session) await this.refuseEnded(tx, session.sessionId);
      const { record: draft } = await this.readOrSetAside(tx, 'drafts', clientKey);
      if (session && draft && (draft.sessionId !== session.sessionId || draft.revision !== session.revision)) throw new DraftChangedError();
      const sessionId = session?.sessionId ?? draft?.sessionId ?? null;
      const clients = tx.objectStore('clients');
      const existing = (await this.readOrSetAside(tx, 'clients', clientKey)).record;
      const client = checkWrite('clients', clientKey, existing ? { ...existing, lastIntakeAt: completedAt } : { key: clientKey, createdAt: completedAt, lastIntakeAt: completedAt });
      await tx.objectStore('intakes').add(await this.encode(tx, 'intakes', intake));
      if (draft) await tx.objectStore('drafts').delete(clientKey);
      if (sessionId) await this.endSession(tx, sessionId, clientKey, 'completed', id);
      await clients.put(await this.encode(tx, 'clients', client));
      if (!existing) await this.audit(tx, 'client-created', clientKey);
      await this.audit(tx, 'intake-completed', clientKey, {
        intakeId: id,
        engineVersion: result.engineVersion,
        referenceGroup: result.referenceGroup,
        approach: result.risks?.approach ?? null,
        ...(sessionId ? { sessionId } : {}),
      });
      return sessionId;
    });
    if (endedSession) announceDraft({ kind: 'ended', clientKey, sessionId: endedSession, ending: 'completed', intakeId: id });
    return { ok: true, intake, result };
  }

  async getIntake(intakeId: string): Promise<IntakeRecord | undefined> {
    return this.getRecord('intakes', intakeId);
  }

  /** The client's intakes, oldest first. */
  async listIntakes(clientKey: string): Promise<Listed<IntakeRecord>> {
    // By the plain client index, not [clientKey, completedAt]: a corrupt record without completedAt would be
    // missing from that index, and must be reported instead of silently left out.
    const listed = await readAll(this.codec, 'intakes', 'id', await this.db.getAllFromIndex('intakes', 'by-client', clientKey));
    listed.items.sort((a, b) => a.completedAt.localeCompare(b.completedAt));
    return listed;
  }

  /** How many intakes the client has, readable or not: counted by the index, without reading them. */
  async countIntakes(clientKey: string): Promise<number> {
    return this.db.countFromIndex('intakes', 'by-client', clientKey);
  }

  /** The client's most recent intake, by completion time. */
  async latestIntake(clientKey: string): Promise<IntakeRecord | undefined> {
    const range = IDBKeyRange.bound([clientKey, ''], [clientKey, '\uffff']);
    const cursor = await this.db.transaction('intakes').store.index('by-client-completed').openCursor(range, 'prev');
    return cursor ? this.decode(null, 'intakes', cursor.primaryKey, cursor.value) : undefined;
  }

  /**
   * What the client screen shows: the client, the draft, the latest readable intake and the number of
   * intakes. A record that cannot be read is listed in `unreadable` (and left as it is) while everything else
   * is still returned — one bad record does not block the client.
   */
  async clientOverview(clientKey: string): Promise<ClientOverview> {
    const unreadable: StoreRecordError[] = [];
    const tolerant = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await read();
      } catch (e) {
        if (!(e instanceof StoreRecordError)) throw e;
        unreadable.push(e);
        return undefined;
      }
    };
    const [client, draft, intakeCount] = await Promise.all([
      tolerant(() => this.getClient(clientKey)),
      tolerant(() => this.getDraft(clientKey)),
      this.read(() => this.countIntakes(clientKey)),
    ]);
    const draftUnreadable = unreadable.some((e) => e.store === 'drafts');
    let latest = await tolerant(() => this.latestIntake(clientKey));
    if (unreadable.some((e) => e.store === 'intakes')) {
      // The newest one cannot be read: the newest that can, and every intake that cannot.
      const listed = await this.read(() => this.listIntakes(clientKey));
      latest = listed.items.at(-1);
      unreadable.splice(0, unreadable.length, ...unreadable.filter((e) => e.store !== 'intakes'), ...listed.errors);
    }
    return { client, draft, draftUnreadable, latest, intakeCount, unreadable };
  }

  /**
   * Records the caseworker's own band for one moment of an intake, with a mandatory reason (core's
   * overrideBand checks it). The model's band stays in the result; earlier overrides are kept.
   */
  async recordOverride(intakeId: string, moment: Moment, band: RiskBand, reason: string, by: string | null = null): Promise<IntakeRecord> {
    const checkedReason = (await import('./free-text')).checkFreeText('reason', reason);
    return this.inTx(['intakes', 'audit'], async (tx) => {
      const store = tx.objectStore('intakes');
      const raw = await store.get(intakeId);
      if (raw === undefined) throw new NotFoundError('intakes', intakeId);
      const intake = await this.decode(tx, 'intakes', intakeId, raw);
      const risk = intake.result.risks?.moments.find((m) => m.moment === moment);
      if (!risk) throw new TredeError('error.store.noRisk', { moment });
      const { override } = overrideBand(risk, { band, reason: checkedReason, by, at: this.timestamp() });
      const updated = checkWrite('intakes', intakeId, {
        ...intake,
        overrides: { ...intake.overrides, [moment]: [...(intake.overrides[moment] ?? []), override] },
      });
      await store.put(await this.encode(tx, 'intakes', updated));
      await this.audit(tx, 'override-recorded', intake.clientKey, { intakeId, moment, band, modelBand: risk.band });
      return updated;
    });
  }

  // --- outcomes -------------------------------------------------------------------------------------------

  async recordOutcome(input: OutcomeInput): Promise<OutcomeRecord> {
    assertClientKey(input.clientKey);
    const id = crypto.randomUUID();
    const outcome = checkWrite('outcomes', id, {
      id,
      clientKey: input.clientKey,
      intakeId: input.intakeId ?? null,
      kind: input.kind,
      date: input.date,
      phase: input.phase ?? null,
      reasons: input.reasons ?? [],
      recordedAt: this.timestamp(),
    });
    await this.inTx(['outcomes', 'audit'], async (tx) => {
      await tx.objectStore('outcomes').add(await this.encode(tx, 'outcomes', outcome));
      await this.audit(tx, 'outcome-recorded', outcome.clientKey, {
        outcomeId: id,
        kind: outcome.kind,
        phase: outcome.phase,
        reasonCount: outcome.reasons.length,
      });
    });
    return outcome;
  }

  /** The client's outcomes, in date order. */
  async listOutcomes(clientKey: string): Promise<Listed<OutcomeRecord>> {
    const listed = await readAll(this.codec, 'outcomes', 'id', await this.db.getAllFromIndex('outcomes', 'by-client', clientKey));
    listed.items.sort((a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt));
    return listed;
  }

  // --- audit ----------------------------------------------------------------------------------------------

  // --- adapters -------------------------------------------------------------------------------------------

  /** Every saved adapter; unreadable records are listed as errors, not dropped. */
  async listAdapters(): Promise<Listed<AdapterRecord>> {
    return readAll(this.codec, 'adapters', 'id', await this.db.getAll('adapters'));
  }

  /** Saves (creates or replaces) an adapter, validated, and audits it (id and origin only). */
  async saveAdapter(adapter: Adapter): Promise<AdapterRecord> {
    const record = checkWrite('adapters', adapter.id, { id: adapter.id, adapter, savedAt: this.timestamp() });
    return this.inTx(['adapters', 'audit'], async (tx) => {
      await tx.objectStore('adapters').put(record);
      await this.audit(tx, 'adapter-saved', null, { adapterId: adapter.id, origin: adapter.origin });
      return record;
    });
  }

  async deleteAdapter(id: string): Promise<void> {
    await this.inTx(['adapters', 'audit'], async (tx) => {
      const store = tx.objectStore('adapters');
      if ((await store.getKey(id)) === undefined) return;
      await store.delete(id);
      await this.audit(tx, 'adapter-removed', null, { adapterId: id });
    });
  }

  /** The audit trail, oldest first; of one client when a key is given. */
  async listAudit(clientKey?: string): Promise<Listed<AuditRecord>> {
    const values = clientKey === undefined ? await this.db.getAll('audit') : await this.db.getAllFromIndex('audit', 'by-client', clientKey);
    return readAll(this.codec, 'audit', 'id', values);
  }

  // --- the client's rights, retention and the audit trail's screen ----------------------------------------
  // The work is in src/store/client-rights.ts and retention.ts, loaded on first use. The audit trail is
  // append-only: nothing here updates an entry, and entries are removed only with everything else about a
  // client (erasure, retention), each time recorded by an entry without the client's key (SECURITY.md).

  private access(): StoreAccess {
    return {
      db: this.db,
      now: this.now,
      inTx: (stores, work) => this.inTx(stores, work),
      audit: (tx, action, clientKey, detail) => this.audit(tx, action, clientKey, detail),
      open: (tx, store, key, stored) => this.decode(tx as AnyTx | null, store, key, stored),
    };
  }

  /** Records that client data left Trede, or another act outside the store (copy, print, insert, import). */
  async recordEvent(action: EventAction, clientKey: string | null, detail: AuditRecord['detail'] = {}): Promise<void> {
    if (clientKey !== null) assertClientKey(clientKey);
    await this.inTx(['audit'], (tx) => this.audit(tx, action, clientKey, detail));
  }

  /** How many records of the client each store holds, readable or not. */
  async countClientRecords(clientKey: string): Promise<ClientCounts> {
    assertClientKey(clientKey);
    return (await import('./client-rights')).countClientRecords(this.db, clientKey);
  }

  /** Everything held about the client, to show in the panel (not audited: it does not leave Trede). */
  async readClientData(clientKey: string): Promise<ClientExport> {
    assertClientKey(clientKey);
    return (await import('./client-rights')).readClientData(this.access(), clientKey);
  }

  /** Everything held about the client, for a file (trede.client-export/1); audited. */
  async exportClient(clientKey: string): Promise<ClientExport> {
    assertClientKey(clientKey);
    return (await import('./client-rights')).exportClientData(this.access(), clientKey);
  }

  /** Deletes everything about the client in one transaction; audited without the client's key. */
  async eraseClient(clientKey: string): Promise<ClientCounts> {
    assertClientKey(clientKey);
    return (await import('./client-rights')).eraseClientData(this.access(), clientKey);
  }

  /** What the retention period in the settings would delete now. */
  async previewRetention(): Promise<RetentionPreview> {
    return (await import('./retention')).previewRetention(this.access());
  }

  /** Deletes the clients past the retention period (at most `limit`); audited per batch, without client keys. */
  async applyRetention(trigger: RetentionTrigger, limit?: number): Promise<RetentionOutcome> {
    return (await import('./retention')).applyRetention(this.access(), trigger, limit);
  }

  /** One page of the audit trail, newest first: `limit` entries with an id below `before` (all when null). */
  async listAuditPage(options: AuditPageOptions): Promise<Listed<AuditRecord> & { more: boolean }> {
    const { values, more } = await (await import('./client-rights')).readAuditPage(this.db, options);
    return { ...(await readAll(this.codec, 'audit', 'id', values)), more };
  }
}

/** Acts outside the store that the audit trail records (the rest are written by the store's own methods). */
export type EventAction = Extract<
  AuditAction,
  'summary-copied' | 'summary-printed' | 'summary-inserted' | 'client-printed' | 'audit-exported' | 'adapters-imported' | 'adapters-exported'
>;

/** Opens Trede's database (migrating it when needed) and returns the repository. */
export async function openStore(options: OpenStoreOptions = {}): Promise<TredeStore> {
  if (typeof indexedDB === 'undefined' || typeof crypto === 'undefined' || !crypto.subtle) throw new TredeError('error.store.unsupported');
  return new TredeStore(await openTredeDb(options.name ?? DB_NAME, DB_VERSION, options.now), options.now);
}
