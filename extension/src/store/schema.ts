/**
 * The one description of Trede's IndexedDB database `trede`: what each object store holds (zod schemas,
 * checked on every write AND every read), the idb typing, and the versioned migrations that build it.
 *
 * Privacy: no store ever holds a client's raw reference (BSN, client number). Clients are known by a
 * pseudonymous key, HMAC-SHA-256 of the normalised reference with a per-install secret (src/client-key.ts).
 *
 * Adding a version: append a migration to MIGRATIONS (a small function; it may only await IndexedDB
 * requests), bump nothing else — DB_VERSION follows — and extend test/migrations.test.ts's seed data.
 */
import {
  AnswerValueSchema,
  ApproachSchema,
  IntakeResponseSchema,
  IntakeResultSchema,
  MomentSchema,
  NormGroupSchema,
  OUTCOME_KIND_CODES,
  OUTCOME_PHASE_CODES,
  OUTCOME_REASON_CODES,
  OverrideSchema,
  type IntakeResult,
  type OutcomeKind,
  type OutcomePhase,
  type OutcomeReason,
} from '@trede/core';
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import * as z from 'zod/mini';
import { AdapterSchema } from '../adapters/schema';
import type { MessageKey } from '../i18n/messages';
import { TredeError } from '../errors';
import { CATALOGUE_VERSIONS, INSTRUMENT_IDS } from './instrument-versions';
import type { IntakeUpgrader } from './legacy-intake';
import { SealedSchema, VaultHeaderSchema } from './vault-format';

/** Trede's own checks carry a message key as their zod message; src/store/errors.ts translates it. */
const issueKey = (key: MessageKey & `issue.${string}`): string => key;

export const DB_NAME = 'trede';

// ---------------------------------------------------------------------------------------------------------
// Field types shared by the records

/** ISO 8601 timestamp in UTC, as Date.toISOString() writes it. */
const timestamp = z.iso.datetime();
/** Calendar date, YYYY-MM-DD. */
const calendarDate = z.iso.date();
/** A pseudonymous client key: 64 lowercase hex characters (HMAC-SHA-256). */
export const ClientKeySchema = z.string().check(z.regex(/^[0-9a-f]{64}$/, issueKey('issue.clientKey')));
const recordId = z.uuid();
/** Instrument id → definition version, of the instruments that produced a record. */
const InstrumentVersionsSchema = z.record(z.string(), z.string().check(z.minLength(1)));

export const InstrumentIdSchema = z.enum(INSTRUMENT_IDS as readonly string[] as [string, ...string[]]);

/** The versions of every instrument in the catalogue, as records keep them (data: src/store/instrument-versions.ts). */
export { CATALOGUE_VERSIONS };

// ---------------------------------------------------------------------------------------------------------
// settings — one record under the key 'settings'

export const SETTINGS_KEY = 'settings';
export const LanguageSchema = z.enum(['nl', 'en']);

/**
 * The TNO 2013 intake set (docs/evidence.md, §2 'Instruments and reliability') plus the ladder. The full DASS-21 (an alternative to the 4+4 item
 * short form), zelfsturing and the after-placement checklist (both optional modules) can be switched on.
 */
export const DEFAULT_INSTRUMENTS: readonly string[] = [
  'background',
  'basic-competences',
  'dass-short',
  'responsibility',
  'control',
  'work-attitude',
  'self-efficacy',
  'ladder',
];

/** The caseworker's initials, the actor of every audit entry: 2–5 capital letters (src/store/initials.ts normalises input). */
export const InitialsSchema = z.string().check(z.regex(/^\p{Lu}{2,5}$/u, issueKey('issue.initials')));

/** Months after a client's last activity after which Trede deletes everything about that client; null: never. */
export const RetentionMonthsSchema = z.nullable(z.int().check(z.gte(1, issueKey('issue.retention')), z.lte(120, issueKey('issue.retention'))));
export const DEFAULT_RETENTION_MONTHS = 24;

/** Minutes without any work in a Trede page after which an encrypted install locks (src/store/lock.ts). */
export const LockAfterMinutesSchema = z.int().check(z.gte(1, issueKey('issue.lockAfter')), z.lte(480, issueKey('issue.lockAfter')));
export const DEFAULT_LOCK_AFTER_MINUTES = 15;

export const SettingsSchema = z.strictObject({
  language: LanguageSchema,
  /** The organisation's way of working; picks the during-trajectory risk model (TNO 2013 tables 12 / 14). */
  approach: ApproachSchema,
  /** Study group to compare scores with (TNO 2013 appendix 3). */
  referenceGroup: NormGroupSchema,
  /** Instruments the intake presents, by id. */
  instruments: z.array(InstrumentIdSchema),
  updatedAt: z.nullable(timestamp),
  /** Who works with this install; null until set. Records saved before these fields existed read as the defaults. */
  initials: z._default(z.nullable(InitialsSchema), null),
  retentionMonths: z._default(RetentionMonthsSchema, DEFAULT_RETENTION_MONTHS),
  /** When Trede asked the browser to keep its data (navigator.storage.persist()); it asks once. */
  persistenceAskedAt: z._default(z.nullable(timestamp), null),
  lockAfterMinutes: z._default(LockAfterMinutesSchema, DEFAULT_LOCK_AFTER_MINUTES),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'nl',
  approach: 'integrated',
  referenceGroup: 'total',
  instruments: [...DEFAULT_INSTRUMENTS],
  updatedAt: null,
  initials: null,
  retentionMonths: DEFAULT_RETENTION_MONTHS,
  persistenceAskedAt: null,
  lockAfterMinutes: DEFAULT_LOCK_AFTER_MINUTES,
};

// ---------------------------------------------------------------------------------------------------------
// secrets — the per-install HMAC key for client keys, under the key 'client-key'

export const CLIENT_KEY_SECRET = 'client-key';

/**
 * A non-extractable WebCrypto key: IndexedDB stores the CryptoKey object itself (structured clone), so no
 * script — Trede's included — can read the secret's bytes back out. It cannot be exported or synced.
 */
export const SecretSchema = z.strictObject({
  key: z.custom<CryptoKey>(
    (value) =>
      typeof CryptoKey !== 'undefined' &&
      value instanceof CryptoKey &&
      value.type === 'secret' &&
      value.extractable === false &&
      value.algorithm.name === 'HMAC',
    issueKey('issue.secret'),
  ),
  createdAt: timestamp,
});
export type SecretRecord = z.infer<typeof SecretSchema>;

// ---------------------------------------------------------------------------------------------------------
// clients — keyPath `key`

/**
 * Free text the caseworker types, in characters after trimming (src/store/free-text.ts checks new text against
 * these). A reason needs a few words; core requires 3 (OverrideSchema).
 */
export const TEXT_LIMITS = {
  nickname: { min: 1, max: 60 },
  reason: { min: 3, max: 500 },
} as const;

/**
 * A stored nickname. A new one is checked for identifiers of every kind (a BSN however written, client and
 * phone numbers, e-mail, IBAN, postcode) when it is saved, by freeTextSchema('nickname') in
 * src/store/free-text.ts, which loads on demand. Reading checks its shape only: a nickname saved before that
 * check stays readable instead of making the client's record unreadable.
 */
export const ClientLabelSchema = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(TEXT_LIMITS.nickname.max),
);

export const ClientSchema = z.strictObject({
  /** Pseudonymous key; never the raw reference. */
  key: ClientKeySchema,
  createdAt: timestamp,
  /** Optional nickname the caseworker chooses, e.g. "J. (dinsdag)"; never the raw reference. */
  label: z.optional(ClientLabelSchema),
  lastIntakeAt: z.nullable(timestamp),
});
export type ClientRecord = z.infer<typeof ClientSchema>;

// ---------------------------------------------------------------------------------------------------------
// drafts — keyPath `clientKey`: at most one unfinished intake per client, saved on every answer

/**
 * Answers taken from the host page through an adapter, item id → adapter name, as long as the caseworker
 * has not changed them. Only the fact is kept, not what the page said (a date of birth stays on the page).
 */
const PrefilledSchema = z.optional(z.record(z.string(), z.string().check(z.minLength(1), z.maxLength(80))));

export const DraftSchema = z.strictObject({
  clientKey: ClientKeySchema,
  /**
   * The intake session this draft belongs to. Discarding or finishing ends the session (the `sessions` store
   * remembers it), so a panel still open on it cannot bring the draft back or finish it a second time.
   */
  sessionId: recordId,
  /** Counts the saves of this draft, so a panel can tell whether another one saved since it last read it. */
  revision: z.int().check(z.nonnegative()),
  /** Answers so far, keyed by item id (validated against the instruments when the intake is completed). */
  answers: z.record(z.string(), AnswerValueSchema),
  /** Where the caseworker was: a step id of the intake screens (e.g. an instrument id). */
  step: z.string().check(z.minLength(1), z.maxLength(100)),
  updatedAt: timestamp,
  instrumentVersions: InstrumentVersionsSchema,
  engineVersion: z.string().check(z.minLength(1)),
  prefilled: PrefilledSchema,
});
export type DraftRecord = z.infer<typeof DraftSchema>;

// ---------------------------------------------------------------------------------------------------------
// intakes — keyPath `id`; indexes by-client (clientKey) and, from v2, by-client-completed ([clientKey, completedAt])

/** The result schema the current engine writes; `satisfies` makes a new core's schema bump a type error here. */
export const CURRENT_RESULT_SCHEMA = 'trede.result/2' satisfies IntakeResult['schema'];

/** Whether a stored intake needs migration 4: its result is not the current engine's (src/store/legacy-intake.ts). */
export function needsRescoring(stored: unknown): boolean {
  if (typeof stored !== 'object' || stored === null) return false;
  const { result } = stored as { result?: { schema?: unknown } | null };
  return result?.schema !== CURRENT_RESULT_SCHEMA;
}

/** The bands engine 0.1.0 used, for every moment (outflow's meant the risk of not finding work). */
export const LEGACY_BANDS = ['low', 'elevated', 'high'] as const;
export type LegacyBand = (typeof LEGACY_BANDS)[number];

/**
 * A caseworker's override as stored. `earlierBand`: the word the caseworker chose under engine 0.1.0's bands,
 * kept when migration 4 translated it into the current bands, so the panel can show what was recorded.
 */
export const StoredOverrideSchema = z.extend(OverrideSchema, { earlierBand: z.optional(z.enum(LEGACY_BANDS)) });
export type StoredOverride = z.infer<typeof StoredOverrideSchema>;

export const IntakeSchema = z
  .strictObject({
    id: recordId,
    clientKey: ClientKeySchema,
    completedAt: timestamp,
    /** The response as scored; its `id` is this record's id, so no outside reference rides along. */
    response: IntakeResponseSchema,
    /** What @trede/core computed, unchanged. Overrides sit next to it, not inside it. */
    result: IntakeResultSchema,
    engineVersion: z.string().check(z.minLength(1)),
    instrumentVersions: InstrumentVersionsSchema,
    /** The caseworker's own judgement per moment, oldest first; the last one counts. Reasons are kept. */
    overrides: z.partialRecord(MomentSchema, z.array(StoredOverrideSchema)),
    prefilled: PrefilledSchema,
  })
  .check(
    z.refine((intake) => intake.result.engineVersion === intake.engineVersion, {
      path: ['engineVersion'],
      message: issueKey('issue.engineVersion'),
    }),
  );
export type IntakeRecord = z.infer<typeof IntakeSchema>;

// ---------------------------------------------------------------------------------------------------------
// outcomes — keyPath `id`; index by-client. Added in v2.

// Kinds, phases and reasons, with their labels and sources, are core's (@trede/core src/outcomes.ts); the
// store only checks that a record uses one of their codes (the words load with the screens that show them).

export const OutcomeKindSchema = z.enum(OUTCOME_KIND_CODES);
/** Trajectory phases as the sources register them: TNO 2013 table 10 (assessment, proefplaatsing, plaatsing). */
export const OutcomePhaseSchema = z.enum(OUTCOME_PHASE_CODES);
/** Reasons for ending, in the categories the sources registered (TNO 2013 tables 11, 17, 18; pilot loondispensatie table 3.8). */
export const OutcomeReasonSchema = z.enum(OUTCOME_REASON_CODES);
export type { OutcomeKind, OutcomePhase, OutcomeReason };

export const OutcomeSchema = z
  .strictObject({
    id: recordId,
    clientKey: ClientKeySchema,
    /** The intake this outcome follows, when known (for local calibration of the models). */
    intakeId: z.nullable(recordId),
    kind: OutcomeKindSchema,
    /** When it happened. */
    date: calendarDate,
    phase: z.nullable(OutcomePhaseSchema),
    reasons: z.array(OutcomeReasonSchema).check(z.maxLength(OUTCOME_REASON_CODES.length)),
    recordedAt: timestamp,
  })
  .check(
    z.refine((outcome) => outcome.kind !== 'dropped-out' || outcome.reasons.length > 0, {
      path: ['reasons'],
      message: issueKey('issue.dropoutReason'),
    }),
    z.refine((outcome) => new Set(outcome.reasons).size === outcome.reasons.length, { path: ['reasons'], message: issueKey('issue.duplicateReason') }),
  );
export type OutcomeRecord = z.infer<typeof OutcomeSchema>;

// ---------------------------------------------------------------------------------------------------------
// adapters — keyPath `id`. Added in v3. How Trede reads the caseworker's own system (src/adapters/schema.ts).

export const AdapterRecordSchema = z
  .strictObject({
    id: z.string(),
    adapter: AdapterSchema,
    savedAt: timestamp,
  })
  .check(z.refine((record) => record.id === record.adapter.id, { path: ['id'], message: issueKey('issue.adapterId') }));
export type AdapterRecord = z.infer<typeof AdapterRecordSchema>;

// ---------------------------------------------------------------------------------------------------------
// audit — autoIncrement keyPath `id`; index by-client

export const AuditActionSchema = z.enum([
  'client-created',
  'client-labelled',
  'intake-completed',
  'draft-discarded',
  'override-recorded',
  'outcome-recorded',
  'settings-changed',
  'adapter-saved',
  'adapter-removed',
  'intake-rescored',
  // The client's rights and data leaving Trede (SECURITY.md, "Audit trail")
  'client-exported',
  'client-printed',
  'client-erased',
  'retention-erased',
  'summary-copied',
  'summary-printed',
  'summary-inserted',
  'audit-exported',
  'adapters-imported',
  'adapters-exported',
  // A record that could not be read was moved to the quarantine store instead of being overwritten
  'record-set-aside',
]);
export type AuditAction = z.infer<typeof AuditActionSchema>;

const AuditDetailValue = z.union([z.string().check(z.maxLength(200)), z.number(), z.boolean(), z.null()]);

export const AuditSchema = z.strictObject({
  /** Assigned by IndexedDB; absent before the first write. */
  id: z.optional(z.int().check(z.positive())),
  at: timestamp,
  action: AuditActionSchema,
  /** The caseworker's initials from the settings when the entry was written; null before they were set. */
  actor: z._default(z.nullable(InitialsSchema), null),
  clientKey: z.nullable(ClientKeySchema),
  /** Ids, versions and codes only: never free text about the client. */
  detail: z.record(z.string(), AuditDetailValue),
});
export type AuditRecord = z.infer<typeof AuditSchema>;

/**
 * What a new entry's detail may hold: these names only, and as text only codes (ids, versions, origins,
 * comma-separated codes), no spaces. So an answer, a reason, a nickname or a sentence cannot end up in the
 * trail by accident: the write is refused, naming the field. Entries already stored are read as they are.
 */
export const AUDIT_DETAIL_KEYS = [
  'fields', 'cleared', 'actorBefore',
  'intakeId', 'engineVersion', 'referenceGroup', 'approach', 'moment', 'band', 'modelBand',
  'outcomeId', 'kind', 'phase', 'reasonCount',
  'adapterId', 'origin', 'count', 'format',
  'fromEngine', 'toEngine', 'fromSchema', 'toSchema', 'overridesTranslated',
  'clients', 'drafts', 'intakes', 'outcomes', 'auditEntries', 'sessions', 'quarantine', 'months', 'trigger',
  'sessionId', 'store', 'recordKey', 'quarantineId',
] as const;
const AUDIT_CODE = /^[\p{L}\p{N}._:/,+@-]*$/u;
export const AuditWriteSchema = z.extend(AuditSchema, {
  detail: z.partialRecord(
    z.enum(AUDIT_DETAIL_KEYS, issueKey('issue.auditDetailKey')),
    z.union([z.string().check(z.maxLength(200), z.regex(AUDIT_CODE, issueKey('issue.auditDetailText'))), z.number(), z.boolean(), z.null()]),
  ),
});

// ---------------------------------------------------------------------------------------------------------
// sessions — keyPath `id`; index by-client. Added in v5. Intake sessions that have ended (ids and times only).

export const SessionEndingSchema = z.enum(['discarded', 'completed']);
export type SessionEnding = z.infer<typeof SessionEndingSchema>;

export const EndedSessionSchema = z.strictObject({
  id: recordId,
  clientKey: ClientKeySchema,
  ending: SessionEndingSchema,
  endedAt: timestamp,
  /** The intake the session became, when it was completed. */
  intakeId: z.nullable(recordId),
});
export type EndedSessionRecord = z.infer<typeof EndedSessionSchema>;

// ---------------------------------------------------------------------------------------------------------
// quarantine — autoIncrement keyPath `id`; index by-client. Added in v5.

/** Stores whose records a write may set aside when the record there cannot be read. */
export const QuarantinedStoreSchema = z.enum(['settings', 'clients', 'drafts']);

/**
 * A record that failed its schema and stood in the way of a write (a corrupt draft under the next answer, a
 * corrupt client or settings record): moved here exactly as it was, instead of being overwritten, so it can
 * still be inspected or exported. `record` is deliberately not checked: it is what could not be read.
 */
export const QuarantineSchema = z.strictObject({
  id: z.optional(z.int().check(z.positive())),
  store: QuarantinedStoreSchema,
  /** Its key in that store. */
  key: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The client it belongs to, when its store is keyed by client (so erasing a client removes it too). */
  clientKey: z.nullable(ClientKeySchema),
  movedAt: timestamp,
  record: z.unknown(),
});
export type QuarantineRecord = z.infer<typeof QuarantineSchema>;

// ---------------------------------------------------------------------------------------------------------
// vault — one record under the key 'state'. Added in v6. Encryption at rest (src/store/vault.ts, lock.ts).

export const VAULT_STATE_KEY = 'state';

/**
 * The caseworker's choice, made once per install: no encryption, or a vault. With a vault: its header (salt,
 * iterations, the wrapped data key), the client-key secret sealed under the data key, and whether the
 * records stored before the vault existed have all been sealed yet ('pending' until the last one is).
 */
export const VaultStateSchema = z.union([
  z.strictObject({ mode: z.literal('off'), chosenAt: timestamp }),
  z.strictObject({
    mode: z.literal('on'),
    header: VaultHeaderSchema,
    clientSecret: SealedSchema,
    sealing: z.enum(['pending', 'done']),
    since: timestamp,
    passphraseChangedAt: z.nullable(timestamp),
  }),
]);
export type VaultState = z.infer<typeof VaultStateSchema>;

/**
 * The stores whose records are sealed when the vault is on, and the fields that stay readable beside the
 * sealed record: the keys IndexedDB indexes by (record id, the pseudonymous client key, the completion time
 * for history order) and the times retention needs to find expired clients without the passphrase. Nothing
 * else — answers, results, nicknames, reasons, outcomes, audit details — is readable without it.
 * The other stores hold no client content and stay as they are: settings, secrets (a non-extractable key
 * that is useless without the sealed one), adapters, sessions (ids and times) and the vault itself.
 */
export const SEALED_FIELDS = {
  clients: ['key', 'createdAt', 'lastIntakeAt'],
  drafts: ['clientKey', 'updatedAt'],
  intakes: ['id', 'clientKey', 'completedAt'],
  outcomes: ['id', 'clientKey', 'recordedAt'],
  audit: ['id', 'clientKey', 'at'],
  quarantine: ['id', 'clientKey', 'movedAt'],
} as const;
export type SealedStore = keyof typeof SEALED_FIELDS;
export const isSealedStore = (store: string): store is SealedStore => Object.hasOwn(SEALED_FIELDS, store);

// ---------------------------------------------------------------------------------------------------------
// The database

export interface TredeDB extends DBSchema {
  settings: { key: string; value: Settings };
  secrets: { key: string; value: SecretRecord };
  clients: { key: string; value: ClientRecord };
  drafts: { key: string; value: DraftRecord };
  intakes: { key: string; value: IntakeRecord; indexes: { 'by-client': string; 'by-client-completed': [string, string] } };
  outcomes: { key: string; value: OutcomeRecord; indexes: { 'by-client': string } };
  audit: { key: number; value: AuditRecord; indexes: { 'by-client': string } };
  adapters: { key: string; value: AdapterRecord };
  sessions: { key: string; value: EndedSessionRecord; indexes: { 'by-client': string } };
  quarantine: { key: number; value: QuarantineRecord; indexes: { 'by-client': string } };
  vault: { key: string; value: VaultState };
}
export type StoreName = StoreNames<TredeDB>;

/** The schema every record of a store is checked against, on write and on read. */
export const RECORD_SCHEMAS = {
  settings: SettingsSchema,
  secrets: SecretSchema,
  clients: ClientSchema,
  drafts: DraftSchema,
  intakes: IntakeSchema,
  outcomes: OutcomeSchema,
  audit: AuditSchema,
  adapters: AdapterRecordSchema,
  sessions: EndedSessionSchema,
  quarantine: QuarantineSchema,
  vault: VaultStateSchema,
} as const satisfies Record<StoreName, z.ZodMiniType>;

/**
 * Where each store keeps a client's records: under the client key itself ('key'), through its `by-client`
 * index, or nowhere (null: no client data). Export, erasure and retention (src/store/client-rights.ts,
 * retention.ts) go by this table, so a new store must say here whether it holds client data.
 */
export const CLIENT_LOOKUP = {
  settings: null,
  secrets: null,
  adapters: null,
  clients: 'key',
  drafts: 'key',
  intakes: 'by-client',
  outcomes: 'by-client',
  audit: 'by-client',
  sessions: 'by-client',
  quarantine: 'by-client',
  vault: null,
} as const satisfies Record<StoreName, 'key' | 'by-client' | null>;

export type UpgradeTransaction = IDBPTransaction<TredeDB, StoreName[], 'versionchange'>;

/**
 * What a migration may need besides the database. They are prepared before the upgrade starts, because a
 * versionchange transaction commits as soon as it waits for anything but IndexedDB (such as an import()).
 */
export interface MigrationTools {
  /** Scores intakes of an earlier engine again, with core's scorer; only loaded when a migration that uses it will run. */
  upgradeIntake: IntakeUpgrader | null;
  now: () => Date;
}

export interface Migration {
  /** The database version this migration brings the database to. */
  version: number;
  description: string;
  /** It scores stored intakes again: the opener loads the scorer first (src/store/repo.ts). */
  usesRescorer?: boolean;
  /** Runs inside the versionchange transaction; may await IndexedDB requests, nothing else. */
  migrate(db: IDBPDatabase<TredeDB>, tx: UpgradeTransaction, tools: MigrationTools): void | Promise<void>;
}

/**
 * Migration 4: every intake whose result is not the current engine's is scored again from its stored
 * response, its overrides translated into the current bands (src/store/legacy-intake.ts), and the change
 * audited. An intake that can no longer be scored, or whose new record would not validate, is left exactly
 * as it was: reads then report it as an unreadable record, and nothing is deleted.
 */
async function rescoreStoredIntakes(tx: UpgradeTransaction, tools: MigrationTools): Promise<void> {
  const audit = tx.objectStore('audit');
  let cursor = await tx.objectStore('intakes').openCursor();
  while (cursor) {
    const stored: unknown = cursor.value;
    if (needsRescoring(stored)) {
      // Without the scorer nothing may change: the upgrade aborts and the next open loads it.
      if (!tools.upgradeIntake) throw new TredeError('error.store.upgradeWithoutScorer');
      const rescored = tools.upgradeIntake(stored);
      const record = rescored ? IntakeSchema.safeParse(rescored.record) : null;
      if (rescored && record?.success) {
        await cursor.update(record.data);
        const entry = AuditSchema.safeParse({
          at: tools.now().toISOString(),
          action: 'intake-rescored',
          clientKey: record.data.clientKey,
          detail: {
            intakeId: record.data.id,
            fromEngine: rescored.from.engineVersion,
            toEngine: rescored.to.engineVersion,
            fromSchema: rescored.from.schema,
            toSchema: rescored.to.schema,
            overridesTranslated: rescored.overridesMapped,
          },
        });
        // Built from a record that just validated, so it passes; should it not, the rescored intake matters
        // more than its audit line, and throwing here would abort the upgrade of every intake.
        if (entry.success) await audit.add(entry.data);
      }
    }
    cursor = await cursor.continue();
  }
}

/**
 * Migration 5: each stored draft becomes the first save of a session of its own. A draft that does not read
 * as one even then is left exactly as it was: the next save sets it aside (quarantine) instead.
 */
async function giveDraftsASession(tx: UpgradeTransaction): Promise<void> {
  let cursor = await tx.objectStore('drafts').openCursor();
  while (cursor) {
    const stored: unknown = cursor.value;
    if (stored && typeof stored === 'object' && !('sessionId' in stored)) {
      const draft = DraftSchema.safeParse({ ...stored, sessionId: crypto.randomUUID(), revision: 0 });
      if (draft.success) await cursor.update(draft.data);
    }
    cursor = await cursor.continue();
  }
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'settings, secrets, clients, drafts, intakes (by client) and the audit trail',
    migrate(db) {
      db.createObjectStore('settings');
      db.createObjectStore('secrets');
      db.createObjectStore('clients', { keyPath: 'key' });
      db.createObjectStore('drafts', { keyPath: 'clientKey' });
      const intakes = db.createObjectStore('intakes', { keyPath: 'id' });
      intakes.createIndex('by-client', 'clientKey');
      const audit = db.createObjectStore('audit', { keyPath: 'id', autoIncrement: true });
      audit.createIndex('by-client', 'clientKey');
    },
  },
  {
    version: 2,
    description: 'outcomes store (by client); intakes indexed by [clientKey, completedAt] for history and latest',
    migrate(db, tx) {
      const outcomes = db.createObjectStore('outcomes', { keyPath: 'id' });
      outcomes.createIndex('by-client', 'clientKey');
      // Existing intakes are indexed by IndexedDB itself when the index is created.
      tx.objectStore('intakes').createIndex('by-client-completed', ['clientKey', 'completedAt']);
    },
  },
  {
    version: 3,
    description: 'adapters store: how Trede reads the caseworker’s own system (overlay)',
    migrate(db) {
      db.createObjectStore('adapters', { keyPath: 'id' });
    },
  },
  {
    version: 4,
    description: 'intakes of engine 0.1.0 scored again with the current engine; overrides in the new bands, the old word kept',
    usesRescorer: true,
    migrate(_db, tx, tools) {
      return rescoreStoredIntakes(tx, tools);
    },
  },
  {
    version: 5,
    description: 'ended intake sessions and a quarantine for unreadable records; every draft gets a session id and a revision',
    migrate(db, tx) {
      db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('by-client', 'clientKey');
      db.createObjectStore('quarantine', { keyPath: 'id', autoIncrement: true }).createIndex('by-client', 'clientKey');
      return giveDraftsASession(tx);
    },
  },
  {
    version: 6,
    description: 'vault store: encryption at rest (the choice, the wrapped data key, the sealed client-key secret)',
    migrate(db) {
      db.createObjectStore('vault');
    },
  },
];

export const DB_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** The migrations after `oldVersion` up to and including `newVersion`, in order. */
export function pendingMigrations(oldVersion: number, newVersion: number): Migration[] {
  return MIGRATIONS.filter((migration) => migration.version > oldVersion && migration.version <= newVersion);
}

/** Runs the migrations after `oldVersion` up to and including `newVersion`, in order. */
export async function runMigrations(
  db: IDBPDatabase<TredeDB>,
  tx: UpgradeTransaction,
  oldVersion: number,
  newVersion: number,
  tools: MigrationTools = { upgradeIntake: null, now: () => new Date() },
): Promise<void> {
  for (const migration of pendingMigrations(oldVersion, newVersion)) await migration.migrate(db, tx, tools);
}
