import { describeSchemaIssue } from '@trede/core';
import type * as z from 'zod/mini';
import { reasonOf, TredeError } from '../errors';
import { messages, type MessageKey } from '../i18n/messages';
import { t, type Lang } from '../i18n/t';
import type { SessionEnding, StoreName } from './schema';

type Issue = z.core.$ZodIssue;

/** What is wrong with one field, in one language: Trede's own checks by message key, the rest as core words them. */
export function describeIssue(issue: Issue, record: unknown, lang: Lang): string {
  if (issue.message.startsWith('issue.') && issue.message in messages) return t(issue.message as MessageKey, lang);
  return describeSchemaIssue(issue, record)[lang];
}

export function fieldOf(issue: Issue): string {
  return issue.path.length ? issue.path.map(String).join('.') : '(record)';
}

/**
 * A record that does not match its store's schema. On write nothing is stored; on read the record is left
 * exactly as it is (never deleted or repaired), so it can be inspected or exported.
 */
export class StoreRecordError extends TredeError {
  /** The first field at fault; `issues` has them all. */
  readonly field: string;
  constructor(
    readonly operation: 'read' | 'write',
    readonly store: StoreName,
    readonly recordKey: string,
    readonly issues: readonly Issue[],
    record: unknown,
  ) {
    const first = issues[0];
    const field = first ? fieldOf(first) : '(record)';
    const more = issues.length > 1 ? ` (+${issues.length - 1})` : '';
    super(operation === 'read' ? 'error.store.read' : 'error.store.write', (lang) => ({
      store,
      key: recordKey,
      field,
      detail: (first ? describeIssue(first, record, lang) : '') + more,
    }));
    this.name = 'StoreRecordError';
    this.field = field;
  }
}

/** Why the browser refused a read or write, in words a caseworker can act on: the DOMException's name picks the text. */
const STORAGE_REASONS: Readonly<Record<string, 'full' | 'closed' | 'aborted'>> = {
  QuotaExceededError: 'full',
  InvalidStateError: 'closed',
  TransactionInactiveError: 'aborted',
  AbortError: 'aborted',
};

/**
 * IndexedDB refused a read or a write (storage full, the connection closed by a newer Trede, an aborted
 * transaction…). Says which it was, whether it was reading or saving, the browser's reason, and what to do;
 * on a write it also says that nothing was changed (a transaction is all or nothing).
 */
export class StorageError extends TredeError {
  readonly reason: 'full' | 'closed' | 'aborted' | 'other';
  constructor(
    readonly operation: 'read' | 'write',
    override readonly cause: unknown,
  ) {
    const name = cause && typeof cause === 'object' && 'name' in cause ? String((cause as { name: unknown }).name) : '';
    const reason = STORAGE_REASONS[name] ?? 'other';
    super(`error.storage.${reason}`, (lang) => ({ action: t(`error.storage.${operation}`, lang), reason: reasonOf(cause) }));
    this.name = 'StorageError';
    this.reason = reason;
  }
}

/** A failure of the browser's storage itself (IndexedDB reports them as DOMExceptions), not of Trede's checks. */
function isStorageFailure(error: unknown): boolean {
  return typeof DOMException !== 'undefined' && error instanceof DOMException;
}

/** What the browser's storage threw while reading or writing, as a StorageError; every other error as it is. */
export function storageFailure(operation: 'read' | 'write', error: unknown): unknown {
  return isStorageFailure(error) ? new StorageError(operation, error) : error;
}

/**
 * A panel wrote to, or finished, an intake session that has ended: it was discarded, or finished (in this or
 * another window). Nothing was saved: the draft does not come back, and one session never becomes two intakes.
 */
export class SessionEndedError extends TredeError {
  constructor(
    readonly ending: SessionEnding,
    /** The intake the session became, when it was completed: the panel links to its results. */
    readonly intakeId: string | null,
  ) {
    super(ending === 'completed' ? 'error.draft.sessionCompleted' : 'error.draft.sessionDiscarded');
    this.name = 'SessionEndedError';
  }
}

/** Finishing found answers saved by another window since this one last read the draft: read them first. */
export class DraftChangedError extends TredeError {
  constructor() {
    super('error.draft.changedElsewhere');
    this.name = 'DraftChangedError';
  }
}

/**
 * The database needs an upgrade that another open Trede page (of an older version, or one that does not
 * answer) is holding up. Nothing is lost; the upgrade runs once the other pages are closed.
 */
export class UpgradeBlockedError extends TredeError {
  constructor() {
    super('error.store.upgradeBlocked');
    this.name = 'UpgradeBlockedError';
  }
}

export class NotFoundError extends TredeError {
  constructor(
    readonly store: StoreName,
    readonly recordKey: string,
  ) {
    super('error.store.notFound', { store, key: recordKey });
    this.name = 'NotFoundError';
  }
}
