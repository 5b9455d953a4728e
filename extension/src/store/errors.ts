import type * as z from 'zod/mini';
import { TredeError } from '../errors';
import { messages, type MessageKey } from '../i18n/messages';
import { t, type Lang } from '../i18n/t';
import type { StoreName } from './schema';

type Issue = z.core.$ZodIssue;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function list(values: readonly unknown[]): string {
  const shown = values.slice(0, 8).map((v) => JSON.stringify(v));
  return values.length > 8 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** What is wrong with one field, in one language. */
export function describeIssue(issue: Issue, record: unknown, lang: Lang): string {
  if (issue.message.startsWith('issue.') && issue.message in messages) return t(issue.message as MessageKey, lang);
  switch (issue.code) {
    case 'invalid_type': {
      const found = valueAt(record, issue.path);
      return found === undefined ? t('issue.missing', lang) : t('issue.type', lang, { expected: issue.expected, received: typeName(found) });
    }
    case 'too_small':
      return t('issue.tooSmall', lang, { minimum: String(issue.minimum) });
    case 'too_big':
      return t('issue.tooBig', lang, { maximum: String(issue.maximum) });
    case 'invalid_value':
      return t('issue.value', lang, { values: list(issue.values) });
    case 'invalid_format':
      return t('issue.format', lang, { format: issue.format });
    case 'unrecognized_keys':
      return t('issue.keys', lang, { keys: issue.keys.join(', ') });
    case 'invalid_union':
      return t('issue.union', lang);
    default:
      return t('issue.other', lang, { code: issue.code });
  }
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
