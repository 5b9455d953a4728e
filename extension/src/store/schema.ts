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
  DEFAULT_CATALOGUE,
  IntakeResponseSchema,
  IntakeResultSchema,
  MomentSchema,
  NormGroupSchema,
  OverrideSchema,
  type Citation,
} from '@trede/core';
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import * as z from 'zod/mini';
import { AdapterSchema } from '../adapters/schema';
import { containsBsn } from '../client-key';
import type { MessageKey } from '../i18n/messages';

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

const instrumentIds = DEFAULT_CATALOGUE.instruments.map((instrument) => instrument.id) as [string, ...string[]];
export const InstrumentIdSchema = z.enum(instrumentIds);

/** The versions of every instrument in the catalogue, as records keep them. */
export const CATALOGUE_VERSIONS: Readonly<Record<string, string>> = Object.fromEntries(
  DEFAULT_CATALOGUE.instruments.map((instrument) => [instrument.id, instrument.version]),
);

// ---------------------------------------------------------------------------------------------------------
// settings — one record under the key 'settings'

export const SETTINGS_KEY = 'settings';
export const LanguageSchema = z.enum(['nl', 'en']);

/**
 * The TNO 2013 intake set (EVIDENCE.md §1) plus the ladder. The full DASS-21 (an alternative to the 4+4 item
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

export const SettingsSchema = z.strictObject({
  language: LanguageSchema,
  /** The organisation's way of working; picks the during-trajectory risk model (TNO 2013 tables 12 / 14). */
  approach: ApproachSchema,
  /** Study group to compare scores with (TNO 2013 appendix 3). */
  referenceGroup: NormGroupSchema,
  /** Instruments the intake presents, by id. */
  instruments: z.array(InstrumentIdSchema),
  updatedAt: z.nullable(timestamp),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'nl',
  approach: 'integrated',
  referenceGroup: 'total',
  instruments: [...DEFAULT_INSTRUMENTS],
  updatedAt: null,
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

export const ClientLabelSchema = z.string().check(
  z.trim(),
  z.minLength(1),
  z.maxLength(60),
  z.refine((label) => !containsBsn(label), issueKey('issue.labelHasBsn')),
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
    overrides: z.partialRecord(MomentSchema, z.array(OverrideSchema)),
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

export const OutcomeKindSchema = z.enum(['started', 'dropped-out', 'work-or-study']);
export type OutcomeKind = z.infer<typeof OutcomeKindSchema>;

/** Trajectory phases as the sources register them: TNO 2013 table 10 (assessment, proefplaatsing, plaatsing). */
export const OutcomePhaseSchema = z.enum(['before-start', 'assessment', 'trial-placement', 'placement', 'trajectory', 'after-placement']);
export type OutcomePhase = z.infer<typeof OutcomePhaseSchema>;

/**
 * Reasons for ending, in the categories the sources registered (EVIDENCE.md §5, §6). Where two sources name
 * the same thing (motivation; work found), one code cites both. Labels are in src/i18n/messages.ts.
 */
export const OUTCOME_REASONS = {
  'care-advice': [{ source: 'tno2013', where: 'tables 11 and 17 (advies zorg)' }],
  motivation: [
    { source: 'tno2013', where: 'tables 11 and 17 (motivatie/houding)' },
    { source: 'loondispensatie2012', where: 'table 3.8 (motivatie/medewerking)' },
  ],
  'no-interest': [{ source: 'tno2013', where: 'tables 11 and 17 (geen interesse/gestopt op eigen verzoek)' }],
  'not-eligible': [{ source: 'tno2013', where: 'table 17 (voldoet niet aan criteria)' }],
  'left-trajectory': [{ source: 'tno2013', where: 'table 18 (uit het traject)' }],
  'active-internship': [{ source: 'tno2013', where: 'table 18 (actiefstage)' }],
  'referred-back': [{ source: 'tno2013', where: 'table 18 (teruggemeld naar de gemeente)' }],
  'limitations-too-great': [{ source: 'loondispensatie2012', where: 'table 3.8 (beperkingen te groot)' }],
  'other-trajectory': [{ source: 'loondispensatie2012', where: 'table 3.8 (ander traject meer geschikt)' }],
  'mediation-time-expired': [{ source: 'loondispensatie2012', where: 'table 3.8 (bemiddelingstijd voorbij)' }],
  'found-work': [
    { source: 'tno2013', where: 'tables 17 and 18 (regulier werk gevonden)' },
    { source: 'loondispensatie2012', where: 'table 3.8 (zelf werk gevonden)' },
  ],
  'contract-ended': [{ source: 'tno2013', where: 'table 11 (einde contract, geen verlenging)' }],
  other: [{ source: 'tno2013', where: 'tables 11, 17 and 18 (anders)' }],
  unknown: [{ source: 'tno2013', where: 'table 17 (onbekend)' }],
} as const satisfies Record<string, readonly Citation[]>;
export type OutcomeReason = keyof typeof OUTCOME_REASONS;
export const OutcomeReasonSchema = z.enum(Object.keys(OUTCOME_REASONS) as [OutcomeReason, ...OutcomeReason[]]);

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
    reasons: z.array(OutcomeReasonSchema).check(z.maxLength(Object.keys(OUTCOME_REASONS).length)),
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
]);
export type AuditAction = z.infer<typeof AuditActionSchema>;

export const AuditSchema = z.strictObject({
  /** Assigned by IndexedDB; absent before the first write. */
  id: z.optional(z.int().check(z.positive())),
  at: timestamp,
  action: AuditActionSchema,
  clientKey: z.nullable(ClientKeySchema),
  /** Ids, versions and codes only: never free text about the client. */
  detail: z.record(z.string(), z.union([z.string().check(z.maxLength(200)), z.number(), z.boolean(), z.null()])),
});
export type AuditRecord = z.infer<typeof AuditSchema>;

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
} as const satisfies Record<StoreName, z.ZodMiniType>;

export type UpgradeTransaction = IDBPTransaction<TredeDB, StoreName[], 'versionchange'>;

export interface Migration {
  /** The database version this migration brings the database to. */
  version: number;
  description: string;
  /** Runs inside the versionchange transaction; may await IndexedDB requests, nothing else. */
  migrate(db: IDBPDatabase<TredeDB>, tx: UpgradeTransaction): void | Promise<void>;
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
];

export const DB_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Runs the migrations after `oldVersion` up to and including `newVersion`, in order. */
export async function runMigrations(db: IDBPDatabase<TredeDB>, tx: UpgradeTransaction, oldVersion: number, newVersion: number): Promise<void> {
  for (const migration of MIGRATIONS) {
    if (migration.version > oldVersion && migration.version <= newVersion) await migration.migrate(db, tx);
  }
}
