import { describeSchemaIssue } from '@trede/core';
import type * as z from 'zod/mini';
import { TredeError } from '../errors';
import { messages, type MessageKey } from '../i18n/messages';
import { t, type Lang } from '../i18n/t';
import type { StoreName } from './schema';

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

export class NotFoundError extends TredeError {
  constructor(
    readonly store: StoreName,
    readonly recordKey: string,
  ) {
    super('error.store.notFound', { store, key: recordKey });
    this.name = 'NotFoundError';
  }
}
