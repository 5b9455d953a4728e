/**
 * What is wrong with one value, according to a zod schema, in Dutch and English. zod's own messages are
 * English only (and zod/mini carries none); Trede's users get both languages, here for core's contracts and,
 * through the export, for the extension's stored records too.
 */
import type * as z from 'zod/mini';
import type { Text } from './text.js';

/** An issue zod reports for a value that does not fit a schema; describeSchemaIssue words it. */
export type SchemaIssue = z.core.$ZodIssue;

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

const both = (nl: string, en: string): Text => ({ nl, en });

/** The issue in words; `root` is the value that was checked, so a missing field can be told from a wrong one. */
export function describeSchemaIssue(issue: SchemaIssue, root: unknown): Text {
  switch (issue.code) {
    case 'invalid_type': {
      const found = valueAt(root, issue.path);
      if (found === undefined) return both('ontbreekt', 'is missing');
      const received = typeName(found);
      return both(`verwacht ${issue.expected}, gevonden ${received}`, `expected ${issue.expected}, found ${received}`);
    }
    case 'too_small':
      return both(`te klein of te kort (minimaal ${String(issue.minimum)})`, `too small or too short (minimum ${String(issue.minimum)})`);
    case 'too_big':
      return both(`te groot of te lang (maximaal ${String(issue.maximum)})`, `too large or too long (maximum ${String(issue.maximum)})`);
    case 'invalid_value':
      return both(`niet toegestaan; toegestaan: ${list(issue.values)}`, `not allowed; allowed: ${list(issue.values)}`);
    case 'invalid_format':
      return both(`geen geldige ${issue.format}`, `not a valid ${issue.format}`);
    case 'unrecognized_keys':
      return both(`onbekende velden: ${issue.keys.join(', ')}`, `unknown fields: ${issue.keys.join(', ')}`);
    case 'invalid_union':
      return both('past bij geen van de toegestane vormen', 'matches none of the allowed shapes');
    default:
      return both(`ongeldig (${issue.code})`, `invalid (${issue.code})`);
  }
}
